// Original file: proto/crm/v1/crm.proto


export interface ImportClientsResponse {
  'importId'?: (string);
  'clientCount'?: (number);
  'contactCount'?: (number);
}

export interface ImportClientsResponse__Output {
  'importId': (string);
  'clientCount': (number);
  'contactCount': (number);
}
