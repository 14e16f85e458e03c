// Original file: proto/notification/v1/preferences.proto


export interface UnsubscribeView {
  /**
   * The kind switched off, or digest:hourly / digest:daily for every kind of that digest.
   */
  'target'?: (string);
}

export interface UnsubscribeView__Output {
  /**
   * The kind switched off, or digest:hourly / digest:daily for every kind of that digest.
   */
  'target': (string);
}
