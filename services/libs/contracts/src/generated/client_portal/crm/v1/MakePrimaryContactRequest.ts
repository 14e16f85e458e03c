// Original file: proto/crm/v1/crm.proto


export interface MakePrimaryContactRequest {
  'clientId'?: (string);
  'expectedVersion'?: (number);
  'contactId'?: (string);
}

export interface MakePrimaryContactRequest__Output {
  'clientId': (string);
  'expectedVersion': (number);
  'contactId': (string);
}
