// Original file: proto/notification/v1/webhooks.proto


export interface WebhookEventType {
  'type'?: (string);
  'description'?: (string);
}

export interface WebhookEventType__Output {
  'type': (string);
  'description': (string);
}
