// Original file: proto/notification/v1/webhooks.proto


export interface SendWebhookPingRequest {
  'endpointId'?: (string);
}

export interface SendWebhookPingRequest__Output {
  'endpointId': (string);
}
