// Original file: proto/notification/v1/webhooks.proto


export interface UpdateWebhookEndpointRequest {
  'id'?: (string);
  'url'?: (string);
  'eventTypes'?: (string)[];
  'description'?: (string);
  'active'?: (boolean);
  'expectedVersion'?: (number);
}

export interface UpdateWebhookEndpointRequest__Output {
  'id': (string);
  'url': (string);
  'eventTypes': (string)[];
  'description': (string);
  'active': (boolean);
  'expectedVersion': (number);
}
