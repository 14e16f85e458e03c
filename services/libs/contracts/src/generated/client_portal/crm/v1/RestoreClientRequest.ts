// Original file: proto/crm/v1/crm.proto


export interface RestoreClientRequest {
  'clientId'?: (string);
  'expectedVersion'?: (number);
}

export interface RestoreClientRequest__Output {
  'clientId': (string);
  'expectedVersion': (number);
}
