// Original file: proto/crm/v1/crm.proto


export interface ImportClientsRequest {
  'csv'?: (string);
}

export interface ImportClientsRequest__Output {
  'csv': (string);
}
