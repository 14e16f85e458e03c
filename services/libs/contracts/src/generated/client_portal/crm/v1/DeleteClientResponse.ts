// Original file: proto/crm/v1/crm.proto


export interface DeleteClientResponse {
  'clientId'?: (string);
}

export interface DeleteClientResponse__Output {
  'clientId': (string);
}
