// Original file: proto/crm/v1/activity.proto


export interface RevenuePoint {
  /**
   * YYYY-MM for the monthly series, the client id for the per-client one.
   */
  'key'?: (string);
  'label'?: (string);
  'totalMinor'?: (string);
}

export interface RevenuePoint__Output {
  /**
   * YYYY-MM for the monthly series, the client id for the per-client one.
   */
  'key': (string);
  'label': (string);
  'totalMinor': (string);
}
