// Original file: proto/crm/v1/crm.proto


export interface DeleteClientRequest {
  'clientId'?: (string);
  'expectedVersion'?: (number);
}

export interface DeleteClientRequest__Output {
  'clientId': (string);
  'expectedVersion': (number);
}
