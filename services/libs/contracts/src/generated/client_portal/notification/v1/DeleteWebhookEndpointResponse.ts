// Original file: proto/notification/v1/webhooks.proto


export interface DeleteWebhookEndpointResponse {
}

export interface DeleteWebhookEndpointResponse__Output {
}
