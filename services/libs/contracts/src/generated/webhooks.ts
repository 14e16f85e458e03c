import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateWebhookEndpointRequest as _client_portal_notification_v1_CreateWebhookEndpointRequest, CreateWebhookEndpointRequest__Output as _client_portal_notification_v1_CreateWebhookEndpointRequest__Output } from './client_portal/notification/v1/CreateWebhookEndpointRequest.js';
import type { DeleteWebhookEndpointRequest as _client_portal_notification_v1_DeleteWebhookEndpointRequest, DeleteWebhookEndpointRequest__Output as _client_portal_notification_v1_DeleteWebhookEndpointRequest__Output } from './client_portal/notification/v1/DeleteWebhookEndpointRequest.js';
import type { DeleteWebhookEndpointResponse as _client_portal_notification_v1_DeleteWebhookEndpointResponse, DeleteWebhookEndpointResponse__Output as _client_portal_notification_v1_DeleteWebhookEndpointResponse__Output } from './client_portal/notification/v1/DeleteWebhookEndpointResponse.js';
import type { ListWebhookDeliveriesRequest as _client_portal_notification_v1_ListWebhookDeliveriesRequest, ListWebhookDeliveriesRequest__Output as _client_portal_notification_v1_ListWebhookDeliveriesRequest__Output } from './client_portal/notification/v1/ListWebhookDeliveriesRequest.js';
import type { ListWebhookDeliveriesResponse as _client_portal_notification_v1_ListWebhookDeliveriesResponse, ListWebhookDeliveriesResponse__Output as _client_portal_notification_v1_ListWebhookDeliveriesResponse__Output } from './client_portal/notification/v1/ListWebhookDeliveriesResponse.js';
import type { ListWebhookEndpointsRequest as _client_portal_notification_v1_ListWebhookEndpointsRequest, ListWebhookEndpointsRequest__Output as _client_portal_notification_v1_ListWebhookEndpointsRequest__Output } from './client_portal/notification/v1/ListWebhookEndpointsRequest.js';
import type { ListWebhookEndpointsResponse as _client_portal_notification_v1_ListWebhookEndpointsResponse, ListWebhookEndpointsResponse__Output as _client_portal_notification_v1_ListWebhookEndpointsResponse__Output } from './client_portal/notification/v1/ListWebhookEndpointsResponse.js';
import type { ResendWebhookDeliveryRequest as _client_portal_notification_v1_ResendWebhookDeliveryRequest, ResendWebhookDeliveryRequest__Output as _client_portal_notification_v1_ResendWebhookDeliveryRequest__Output } from './client_portal/notification/v1/ResendWebhookDeliveryRequest.js';
import type { RotateWebhookSecretRequest as _client_portal_notification_v1_RotateWebhookSecretRequest, RotateWebhookSecretRequest__Output as _client_portal_notification_v1_RotateWebhookSecretRequest__Output } from './client_portal/notification/v1/RotateWebhookSecretRequest.js';
import type { SendWebhookPingRequest as _client_portal_notification_v1_SendWebhookPingRequest, SendWebhookPingRequest__Output as _client_portal_notification_v1_SendWebhookPingRequest__Output } from './client_portal/notification/v1/SendWebhookPingRequest.js';
import type { UpdateWebhookEndpointRequest as _client_portal_notification_v1_UpdateWebhookEndpointRequest, UpdateWebhookEndpointRequest__Output as _client_portal_notification_v1_UpdateWebhookEndpointRequest__Output } from './client_portal/notification/v1/UpdateWebhookEndpointRequest.js';
import type { WebhookAttempt as _client_portal_notification_v1_WebhookAttempt, WebhookAttempt__Output as _client_portal_notification_v1_WebhookAttempt__Output } from './client_portal/notification/v1/WebhookAttempt.js';
import type { WebhookDelivery as _client_portal_notification_v1_WebhookDelivery, WebhookDelivery__Output as _client_portal_notification_v1_WebhookDelivery__Output } from './client_portal/notification/v1/WebhookDelivery.js';
import type { WebhookEndpoint as _client_portal_notification_v1_WebhookEndpoint, WebhookEndpoint__Output as _client_portal_notification_v1_WebhookEndpoint__Output } from './client_portal/notification/v1/WebhookEndpoint.js';
import type { WebhookEndpointWithSecret as _client_portal_notification_v1_WebhookEndpointWithSecret, WebhookEndpointWithSecret__Output as _client_portal_notification_v1_WebhookEndpointWithSecret__Output } from './client_portal/notification/v1/WebhookEndpointWithSecret.js';
import type { WebhookEventType as _client_portal_notification_v1_WebhookEventType, WebhookEventType__Output as _client_portal_notification_v1_WebhookEventType__Output } from './client_portal/notification/v1/WebhookEventType.js';
import type { WebhookServiceClient as _client_portal_notification_v1_WebhookServiceClient, WebhookServiceDefinition as _client_portal_notification_v1_WebhookServiceDefinition } from './client_portal/notification/v1/WebhookService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    notification: {
      v1: {
        CreateWebhookEndpointRequest: MessageTypeDefinition<_client_portal_notification_v1_CreateWebhookEndpointRequest, _client_portal_notification_v1_CreateWebhookEndpointRequest__Output>
        DeleteWebhookEndpointRequest: MessageTypeDefinition<_client_portal_notification_v1_DeleteWebhookEndpointRequest, _client_portal_notification_v1_DeleteWebhookEndpointRequest__Output>
        DeleteWebhookEndpointResponse: MessageTypeDefinition<_client_portal_notification_v1_DeleteWebhookEndpointResponse, _client_portal_notification_v1_DeleteWebhookEndpointResponse__Output>
        ListWebhookDeliveriesRequest: MessageTypeDefinition<_client_portal_notification_v1_ListWebhookDeliveriesRequest, _client_portal_notification_v1_ListWebhookDeliveriesRequest__Output>
        ListWebhookDeliveriesResponse: MessageTypeDefinition<_client_portal_notification_v1_ListWebhookDeliveriesResponse, _client_portal_notification_v1_ListWebhookDeliveriesResponse__Output>
        ListWebhookEndpointsRequest: MessageTypeDefinition<_client_portal_notification_v1_ListWebhookEndpointsRequest, _client_portal_notification_v1_ListWebhookEndpointsRequest__Output>
        ListWebhookEndpointsResponse: MessageTypeDefinition<_client_portal_notification_v1_ListWebhookEndpointsResponse, _client_portal_notification_v1_ListWebhookEndpointsResponse__Output>
        ResendWebhookDeliveryRequest: MessageTypeDefinition<_client_portal_notification_v1_ResendWebhookDeliveryRequest, _client_portal_notification_v1_ResendWebhookDeliveryRequest__Output>
        RotateWebhookSecretRequest: MessageTypeDefinition<_client_portal_notification_v1_RotateWebhookSecretRequest, _client_portal_notification_v1_RotateWebhookSecretRequest__Output>
        SendWebhookPingRequest: MessageTypeDefinition<_client_portal_notification_v1_SendWebhookPingRequest, _client_portal_notification_v1_SendWebhookPingRequest__Output>
        UpdateWebhookEndpointRequest: MessageTypeDefinition<_client_portal_notification_v1_UpdateWebhookEndpointRequest, _client_portal_notification_v1_UpdateWebhookEndpointRequest__Output>
        WebhookAttempt: MessageTypeDefinition<_client_portal_notification_v1_WebhookAttempt, _client_portal_notification_v1_WebhookAttempt__Output>
        WebhookDelivery: MessageTypeDefinition<_client_portal_notification_v1_WebhookDelivery, _client_portal_notification_v1_WebhookDelivery__Output>
        WebhookEndpoint: MessageTypeDefinition<_client_portal_notification_v1_WebhookEndpoint, _client_portal_notification_v1_WebhookEndpoint__Output>
        WebhookEndpointWithSecret: MessageTypeDefinition<_client_portal_notification_v1_WebhookEndpointWithSecret, _client_portal_notification_v1_WebhookEndpointWithSecret__Output>
        WebhookEventType: MessageTypeDefinition<_client_portal_notification_v1_WebhookEventType, _client_portal_notification_v1_WebhookEventType__Output>
        WebhookService: SubtypeConstructor<typeof grpc.Client, _client_portal_notification_v1_WebhookServiceClient> & { service: _client_portal_notification_v1_WebhookServiceDefinition }
      }
    }
  }
}

