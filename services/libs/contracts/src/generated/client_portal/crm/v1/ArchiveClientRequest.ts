// Original file: proto/crm/v1/crm.proto


export interface ArchiveClientRequest {
  'clientId'?: (string);
  'expectedVersion'?: (number);
}

export interface ArchiveClientRequest__Output {
  'clientId': (string);
  'expectedVersion': (number);
}
