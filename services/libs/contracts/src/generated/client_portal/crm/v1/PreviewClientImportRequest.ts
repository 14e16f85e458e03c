// Original file: proto/crm/v1/crm.proto


/**
 * A CSV as text (see docs/client-list.md for its columns).
 */
export interface PreviewClientImportRequest {
  'csv'?: (string);
}

/**
 * A CSV as text (see docs/client-list.md for its columns).
 */
export interface PreviewClientImportRequest__Output {
  'csv': (string);
}
