// Original file: proto/crm/v1/activity.proto


export interface GetClientMetricsRequest {
  'clientId'?: (string);
}

export interface GetClientMetricsRequest__Output {
  'clientId': (string);
}
