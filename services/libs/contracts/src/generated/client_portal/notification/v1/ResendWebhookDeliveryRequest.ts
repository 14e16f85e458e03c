// Original file: proto/notification/v1/webhooks.proto


export interface ResendWebhookDeliveryRequest {
  'id'?: (string);
}

export interface ResendWebhookDeliveryRequest__Output {
  'id': (string);
}
