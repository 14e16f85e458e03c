// Original file: proto/crm/v1/crm.proto


export interface GetClientRequest {
  'clientId'?: (string);
}

export interface GetClientRequest__Output {
  'clientId': (string);
}
