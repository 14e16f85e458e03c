// Original file: proto/crm/v1/crm.proto


export interface ExportClientsResponse {
  /**
   * CSV text; the first chunk starts with the header line.
   */
  'csv'?: (string);
  'nextPageToken'?: (string);
  'rowCount'?: (number);
}

export interface ExportClientsResponse__Output {
  /**
   * CSV text; the first chunk starts with the header line.
   */
  'csv': (string);
  'nextPageToken': (string);
  'rowCount': (number);
}
