// Original file: proto/crm/v1/crm.proto


export interface RemoveContactRequest {
  'clientId'?: (string);
  'expectedVersion'?: (number);
  'contactId'?: (string);
  /**
   * Required when the removed contact is the primary one: who becomes primary instead.
   */
  'successorContactId'?: (string);
}

export interface RemoveContactRequest__Output {
  'clientId': (string);
  'expectedVersion': (number);
  'contactId': (string);
  /**
   * Required when the removed contact is the primary one: who becomes primary instead.
   */
  'successorContactId': (string);
}
