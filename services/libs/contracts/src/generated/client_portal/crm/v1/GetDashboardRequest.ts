// Original file: proto/crm/v1/activity.proto


export interface GetDashboardRequest {
  /**
   * The calendar's month, YYYY-MM; empty for the current month (UTC).
   */
  'month'?: (string);
}

export interface GetDashboardRequest__Output {
  /**
   * The calendar's month, YYYY-MM; empty for the current month (UTC).
   */
  'month': (string);
}
