// Original file: proto/notification/v1/webhooks.proto


export interface CreateWebhookEndpointRequest {
  'url'?: (string);
  'eventTypes'?: (string)[];
  'description'?: (string);
}

export interface CreateWebhookEndpointRequest__Output {
  'url': (string);
  'eventTypes': (string)[];
  'description': (string);
}
