// Original file: proto/notification/v1/webhooks.proto


export interface ListWebhookDeliveriesRequest {
  'endpointId'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListWebhookDeliveriesRequest__Output {
  'endpointId': (string);
  'pageSize': (number);
  'pageToken': (string);
}
