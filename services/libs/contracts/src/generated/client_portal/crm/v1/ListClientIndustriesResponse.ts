// Original file: proto/crm/v1/crm.proto


export interface ListClientIndustriesResponse {
  'industries'?: (string)[];
}

export interface ListClientIndustriesResponse__Output {
  'industries': (string)[];
}
