// Original file: proto/notification/v1/webhooks.proto


export interface DeleteWebhookEndpointRequest {
  'id'?: (string);
}

export interface DeleteWebhookEndpointRequest__Output {
  'id': (string);
}
