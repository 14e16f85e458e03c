// Original file: proto/portal/v1/settings.proto


export interface RecordViewAsClientResponse {
  'recorded'?: (number);
}

export interface RecordViewAsClientResponse__Output {
  'recorded': (number);
}
