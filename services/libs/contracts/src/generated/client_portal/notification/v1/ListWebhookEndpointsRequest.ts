// Original file: proto/notification/v1/webhooks.proto


export interface ListWebhookEndpointsRequest {
}

export interface ListWebhookEndpointsRequest__Output {
}
