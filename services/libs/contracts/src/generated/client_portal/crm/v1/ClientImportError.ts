// Original file: proto/crm/v1/crm.proto


export interface ClientImportError {
  /**
   * 1-based line of the CSV (the header is line 1).
   */
  'row'?: (number);
  'column'?: (string);
  'message'?: (string);
  /**
   * required, invalid_format, invalid_value, not_unique, too_long, ...
   */
  'code'?: (string);
}

export interface ClientImportError__Output {
  /**
   * 1-based line of the CSV (the header is line 1).
   */
  'row': (number);
  'column': (string);
  'message': (string);
  /**
   * required, invalid_format, invalid_value, not_unique, too_long, ...
   */
  'code': (string);
}
