// Original file: proto/notification/v1/webhooks.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateWebhookEndpointRequest as _client_portal_notification_v1_CreateWebhookEndpointRequest, CreateWebhookEndpointRequest__Output as _client_portal_notification_v1_CreateWebhookEndpointRequest__Output } from '../../../client_portal/notification/v1/CreateWebhookEndpointRequest.js';
import type { DeleteWebhookEndpointRequest as _client_portal_notification_v1_DeleteWebhookEndpointRequest, DeleteWebhookEndpointRequest__Output as _client_portal_notification_v1_DeleteWebhookEndpointRequest__Output } from '../../../client_portal/notification/v1/DeleteWebhookEndpointRequest.js';
import type { DeleteWebhookEndpointResponse as _client_portal_notification_v1_DeleteWebhookEndpointResponse, DeleteWebhookEndpointResponse__Output as _client_portal_notification_v1_DeleteWebhookEndpointResponse__Output } from '../../../client_portal/notification/v1/DeleteWebhookEndpointResponse.js';
import type { ListWebhookDeliveriesRequest as _client_portal_notification_v1_ListWebhookDeliveriesRequest, ListWebhookDeliveriesRequest__Output as _client_portal_notification_v1_ListWebhookDeliveriesRequest__Output } from '../../../client_portal/notification/v1/ListWebhookDeliveriesRequest.js';
import type { ListWebhookDeliveriesResponse as _client_portal_notification_v1_ListWebhookDeliveriesResponse, ListWebhookDeliveriesResponse__Output as _client_portal_notification_v1_ListWebhookDeliveriesResponse__Output } from '../../../client_portal/notification/v1/ListWebhookDeliveriesResponse.js';
import type { ListWebhookEndpointsRequest as _client_portal_notification_v1_ListWebhookEndpointsRequest, ListWebhookEndpointsRequest__Output as _client_portal_notification_v1_ListWebhookEndpointsRequest__Output } from '../../../client_portal/notification/v1/ListWebhookEndpointsRequest.js';
import type { ListWebhookEndpointsResponse as _client_portal_notification_v1_ListWebhookEndpointsResponse, ListWebhookEndpointsResponse__Output as _client_portal_notification_v1_ListWebhookEndpointsResponse__Output } from '../../../client_portal/notification/v1/ListWebhookEndpointsResponse.js';
import type { ResendWebhookDeliveryRequest as _client_portal_notification_v1_ResendWebhookDeliveryRequest, ResendWebhookDeliveryRequest__Output as _client_portal_notification_v1_ResendWebhookDeliveryRequest__Output } from '../../../client_portal/notification/v1/ResendWebhookDeliveryRequest.js';
import type { RotateWebhookSecretRequest as _client_portal_notification_v1_RotateWebhookSecretRequest, RotateWebhookSecretRequest__Output as _client_portal_notification_v1_RotateWebhookSecretRequest__Output } from '../../../client_portal/notification/v1/RotateWebhookSecretRequest.js';
import type { SendWebhookPingRequest as _client_portal_notification_v1_SendWebhookPingRequest, SendWebhookPingRequest__Output as _client_portal_notification_v1_SendWebhookPingRequest__Output } from '../../../client_portal/notification/v1/SendWebhookPingRequest.js';
import type { UpdateWebhookEndpointRequest as _client_portal_notification_v1_UpdateWebhookEndpointRequest, UpdateWebhookEndpointRequest__Output as _client_portal_notification_v1_UpdateWebhookEndpointRequest__Output } from '../../../client_portal/notification/v1/UpdateWebhookEndpointRequest.js';
import type { WebhookDelivery as _client_portal_notification_v1_WebhookDelivery, WebhookDelivery__Output as _client_portal_notification_v1_WebhookDelivery__Output } from '../../../client_portal/notification/v1/WebhookDelivery.js';
import type { WebhookEndpoint as _client_portal_notification_v1_WebhookEndpoint, WebhookEndpoint__Output as _client_portal_notification_v1_WebhookEndpoint__Output } from '../../../client_portal/notification/v1/WebhookEndpoint.js';
import type { WebhookEndpointWithSecret as _client_portal_notification_v1_WebhookEndpointWithSecret, WebhookEndpointWithSecret__Output as _client_portal_notification_v1_WebhookEndpointWithSecret__Output } from '../../../client_portal/notification/v1/WebhookEndpointWithSecret.js';

export interface WebhookServiceClient extends grpc.Client {
  /**
   * Subscribes a URL. Refused naming the field: url (not https, unparsable, a private/loopback/
   * link-local/metadata address unless the deployment allows private targets), event_types (empty,
   * unknown), description (too long). The signing secret is in the answer, and only there.
   */
  CreateWebhookEndpoint(argument: _client_portal_notification_v1_CreateWebhookEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  CreateWebhookEndpoint(argument: _client_portal_notification_v1_CreateWebhookEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  CreateWebhookEndpoint(argument: _client_portal_notification_v1_CreateWebhookEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  CreateWebhookEndpoint(argument: _client_portal_notification_v1_CreateWebhookEndpointRequest, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  /**
   * Subscribes a URL. Refused naming the field: url (not https, unparsable, a private/loopback/
   * link-local/metadata address unless the deployment allows private targets), event_types (empty,
   * unknown), description (too long). The signing secret is in the answer, and only there.
   */
  createWebhookEndpoint(argument: _client_portal_notification_v1_CreateWebhookEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  createWebhookEndpoint(argument: _client_portal_notification_v1_CreateWebhookEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  createWebhookEndpoint(argument: _client_portal_notification_v1_CreateWebhookEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  createWebhookEndpoint(argument: _client_portal_notification_v1_CreateWebhookEndpointRequest, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes the endpoint; deliveries not yet made are abandoned.
   */
  DeleteWebhookEndpoint(argument: _client_portal_notification_v1_DeleteWebhookEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_DeleteWebhookEndpointResponse__Output>): grpc.ClientUnaryCall;
  DeleteWebhookEndpoint(argument: _client_portal_notification_v1_DeleteWebhookEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_DeleteWebhookEndpointResponse__Output>): grpc.ClientUnaryCall;
  DeleteWebhookEndpoint(argument: _client_portal_notification_v1_DeleteWebhookEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_DeleteWebhookEndpointResponse__Output>): grpc.ClientUnaryCall;
  DeleteWebhookEndpoint(argument: _client_portal_notification_v1_DeleteWebhookEndpointRequest, callback: grpc.requestCallback<_client_portal_notification_v1_DeleteWebhookEndpointResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Removes the endpoint; deliveries not yet made are abandoned.
   */
  deleteWebhookEndpoint(argument: _client_portal_notification_v1_DeleteWebhookEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_DeleteWebhookEndpointResponse__Output>): grpc.ClientUnaryCall;
  deleteWebhookEndpoint(argument: _client_portal_notification_v1_DeleteWebhookEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_DeleteWebhookEndpointResponse__Output>): grpc.ClientUnaryCall;
  deleteWebhookEndpoint(argument: _client_portal_notification_v1_DeleteWebhookEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_DeleteWebhookEndpointResponse__Output>): grpc.ClientUnaryCall;
  deleteWebhookEndpoint(argument: _client_portal_notification_v1_DeleteWebhookEndpointRequest, callback: grpc.requestCallback<_client_portal_notification_v1_DeleteWebhookEndpointResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The delivery log of one endpoint, newest first, with every attempt.
   */
  ListWebhookDeliveries(argument: _client_portal_notification_v1_ListWebhookDeliveriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookDeliveries(argument: _client_portal_notification_v1_ListWebhookDeliveriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookDeliveries(argument: _client_portal_notification_v1_ListWebhookDeliveriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookDeliveries(argument: _client_portal_notification_v1_ListWebhookDeliveriesRequest, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The delivery log of one endpoint, newest first, with every attempt.
   */
  listWebhookDeliveries(argument: _client_portal_notification_v1_ListWebhookDeliveriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listWebhookDeliveries(argument: _client_portal_notification_v1_ListWebhookDeliveriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listWebhookDeliveries(argument: _client_portal_notification_v1_ListWebhookDeliveriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listWebhookDeliveries(argument: _client_portal_notification_v1_ListWebhookDeliveriesRequest, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The tenant's endpoints, newest first, and the event types one may subscribe to.
   */
  ListWebhookEndpoints(argument: _client_portal_notification_v1_ListWebhookEndpointsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookEndpointsResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookEndpoints(argument: _client_portal_notification_v1_ListWebhookEndpointsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookEndpointsResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookEndpoints(argument: _client_portal_notification_v1_ListWebhookEndpointsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookEndpointsResponse__Output>): grpc.ClientUnaryCall;
  ListWebhookEndpoints(argument: _client_portal_notification_v1_ListWebhookEndpointsRequest, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookEndpointsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The tenant's endpoints, newest first, and the event types one may subscribe to.
   */
  listWebhookEndpoints(argument: _client_portal_notification_v1_ListWebhookEndpointsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookEndpointsResponse__Output>): grpc.ClientUnaryCall;
  listWebhookEndpoints(argument: _client_portal_notification_v1_ListWebhookEndpointsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookEndpointsResponse__Output>): grpc.ClientUnaryCall;
  listWebhookEndpoints(argument: _client_portal_notification_v1_ListWebhookEndpointsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookEndpointsResponse__Output>): grpc.ClientUnaryCall;
  listWebhookEndpoints(argument: _client_portal_notification_v1_ListWebhookEndpointsRequest, callback: grpc.requestCallback<_client_portal_notification_v1_ListWebhookEndpointsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * A new attempt of a delivery now (same event id, so a receiver de-duplicating by it sees one event).
   */
  ResendWebhookDelivery(argument: _client_portal_notification_v1_ResendWebhookDeliveryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  ResendWebhookDelivery(argument: _client_portal_notification_v1_ResendWebhookDeliveryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  ResendWebhookDelivery(argument: _client_portal_notification_v1_ResendWebhookDeliveryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  ResendWebhookDelivery(argument: _client_portal_notification_v1_ResendWebhookDeliveryRequest, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  /**
   * A new attempt of a delivery now (same event id, so a receiver de-duplicating by it sees one event).
   */
  resendWebhookDelivery(argument: _client_portal_notification_v1_ResendWebhookDeliveryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  resendWebhookDelivery(argument: _client_portal_notification_v1_ResendWebhookDeliveryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  resendWebhookDelivery(argument: _client_portal_notification_v1_ResendWebhookDeliveryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  resendWebhookDelivery(argument: _client_portal_notification_v1_ResendWebhookDeliveryRequest, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  
  /**
   * A new signing secret; the old one stops signing at once. The secret is in the answer only.
   */
  RotateWebhookSecret(argument: _client_portal_notification_v1_RotateWebhookSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  RotateWebhookSecret(argument: _client_portal_notification_v1_RotateWebhookSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  RotateWebhookSecret(argument: _client_portal_notification_v1_RotateWebhookSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  RotateWebhookSecret(argument: _client_portal_notification_v1_RotateWebhookSecretRequest, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  /**
   * A new signing secret; the old one stops signing at once. The secret is in the answer only.
   */
  rotateWebhookSecret(argument: _client_portal_notification_v1_RotateWebhookSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  rotateWebhookSecret(argument: _client_portal_notification_v1_RotateWebhookSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  rotateWebhookSecret(argument: _client_portal_notification_v1_RotateWebhookSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  rotateWebhookSecret(argument: _client_portal_notification_v1_RotateWebhookSecretRequest, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpointWithSecret__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sends a `webhook.ping` event to the endpoint (logged like any delivery).
   */
  SendWebhookPing(argument: _client_portal_notification_v1_SendWebhookPingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  SendWebhookPing(argument: _client_portal_notification_v1_SendWebhookPingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  SendWebhookPing(argument: _client_portal_notification_v1_SendWebhookPingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  SendWebhookPing(argument: _client_portal_notification_v1_SendWebhookPingRequest, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  /**
   * Sends a `webhook.ping` event to the endpoint (logged like any delivery).
   */
  sendWebhookPing(argument: _client_portal_notification_v1_SendWebhookPingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  sendWebhookPing(argument: _client_portal_notification_v1_SendWebhookPingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  sendWebhookPing(argument: _client_portal_notification_v1_SendWebhookPingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  sendWebhookPing(argument: _client_portal_notification_v1_SendWebhookPingRequest, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookDelivery__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes the URL, event types, description or active switch (re-enabling a disabled endpoint).
   * FAILED_PRECONDITION when changed since expected_version was read.
   */
  UpdateWebhookEndpoint(argument: _client_portal_notification_v1_UpdateWebhookEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpoint__Output>): grpc.ClientUnaryCall;
  UpdateWebhookEndpoint(argument: _client_portal_notification_v1_UpdateWebhookEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpoint__Output>): grpc.ClientUnaryCall;
  UpdateWebhookEndpoint(argument: _client_portal_notification_v1_UpdateWebhookEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpoint__Output>): grpc.ClientUnaryCall;
  UpdateWebhookEndpoint(argument: _client_portal_notification_v1_UpdateWebhookEndpointRequest, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpoint__Output>): grpc.ClientUnaryCall;
  /**
   * Changes the URL, event types, description or active switch (re-enabling a disabled endpoint).
   * FAILED_PRECONDITION when changed since expected_version was read.
   */
  updateWebhookEndpoint(argument: _client_portal_notification_v1_UpdateWebhookEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpoint__Output>): grpc.ClientUnaryCall;
  updateWebhookEndpoint(argument: _client_portal_notification_v1_UpdateWebhookEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpoint__Output>): grpc.ClientUnaryCall;
  updateWebhookEndpoint(argument: _client_portal_notification_v1_UpdateWebhookEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpoint__Output>): grpc.ClientUnaryCall;
  updateWebhookEndpoint(argument: _client_portal_notification_v1_UpdateWebhookEndpointRequest, callback: grpc.requestCallback<_client_portal_notification_v1_WebhookEndpoint__Output>): grpc.ClientUnaryCall;
  
}

export interface WebhookServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Subscribes a URL. Refused naming the field: url (not https, unparsable, a private/loopback/
   * link-local/metadata address unless the deployment allows private targets), event_types (empty,
   * unknown), description (too long). The signing secret is in the answer, and only there.
   */
  CreateWebhookEndpoint: grpc.handleUnaryCall<_client_portal_notification_v1_CreateWebhookEndpointRequest__Output, _client_portal_notification_v1_WebhookEndpointWithSecret>;
  
  /**
   * Removes the endpoint; deliveries not yet made are abandoned.
   */
  DeleteWebhookEndpoint: grpc.handleUnaryCall<_client_portal_notification_v1_DeleteWebhookEndpointRequest__Output, _client_portal_notification_v1_DeleteWebhookEndpointResponse>;
  
  /**
   * The delivery log of one endpoint, newest first, with every attempt.
   */
  ListWebhookDeliveries: grpc.handleUnaryCall<_client_portal_notification_v1_ListWebhookDeliveriesRequest__Output, _client_portal_notification_v1_ListWebhookDeliveriesResponse>;
  
  /**
   * The tenant's endpoints, newest first, and the event types one may subscribe to.
   */
  ListWebhookEndpoints: grpc.handleUnaryCall<_client_portal_notification_v1_ListWebhookEndpointsRequest__Output, _client_portal_notification_v1_ListWebhookEndpointsResponse>;
  
  /**
   * A new attempt of a delivery now (same event id, so a receiver de-duplicating by it sees one event).
   */
  ResendWebhookDelivery: grpc.handleUnaryCall<_client_portal_notification_v1_ResendWebhookDeliveryRequest__Output, _client_portal_notification_v1_WebhookDelivery>;
  
  /**
   * A new signing secret; the old one stops signing at once. The secret is in the answer only.
   */
  RotateWebhookSecret: grpc.handleUnaryCall<_client_portal_notification_v1_RotateWebhookSecretRequest__Output, _client_portal_notification_v1_WebhookEndpointWithSecret>;
  
  /**
   * Sends a `webhook.ping` event to the endpoint (logged like any delivery).
   */
  SendWebhookPing: grpc.handleUnaryCall<_client_portal_notification_v1_SendWebhookPingRequest__Output, _client_portal_notification_v1_WebhookDelivery>;
  
  /**
   * Changes the URL, event types, description or active switch (re-enabling a disabled endpoint).
   * FAILED_PRECONDITION when changed since expected_version was read.
   */
  UpdateWebhookEndpoint: grpc.handleUnaryCall<_client_portal_notification_v1_UpdateWebhookEndpointRequest__Output, _client_portal_notification_v1_WebhookEndpoint>;
  
}

export interface WebhookServiceDefinition extends grpc.ServiceDefinition {
  CreateWebhookEndpoint: MethodDefinition<_client_portal_notification_v1_CreateWebhookEndpointRequest, _client_portal_notification_v1_WebhookEndpointWithSecret, _client_portal_notification_v1_CreateWebhookEndpointRequest__Output, _client_portal_notification_v1_WebhookEndpointWithSecret__Output>
  DeleteWebhookEndpoint: MethodDefinition<_client_portal_notification_v1_DeleteWebhookEndpointRequest, _client_portal_notification_v1_DeleteWebhookEndpointResponse, _client_portal_notification_v1_DeleteWebhookEndpointRequest__Output, _client_portal_notification_v1_DeleteWebhookEndpointResponse__Output>
  ListWebhookDeliveries: MethodDefinition<_client_portal_notification_v1_ListWebhookDeliveriesRequest, _client_portal_notification_v1_ListWebhookDeliveriesResponse, _client_portal_notification_v1_ListWebhookDeliveriesRequest__Output, _client_portal_notification_v1_ListWebhookDeliveriesResponse__Output>
  ListWebhookEndpoints: MethodDefinition<_client_portal_notification_v1_ListWebhookEndpointsRequest, _client_portal_notification_v1_ListWebhookEndpointsResponse, _client_portal_notification_v1_ListWebhookEndpointsRequest__Output, _client_portal_notification_v1_ListWebhookEndpointsResponse__Output>
  ResendWebhookDelivery: MethodDefinition<_client_portal_notification_v1_ResendWebhookDeliveryRequest, _client_portal_notification_v1_WebhookDelivery, _client_portal_notification_v1_ResendWebhookDeliveryRequest__Output, _client_portal_notification_v1_WebhookDelivery__Output>
  RotateWebhookSecret: MethodDefinition<_client_portal_notification_v1_RotateWebhookSecretRequest, _client_portal_notification_v1_WebhookEndpointWithSecret, _client_portal_notification_v1_RotateWebhookSecretRequest__Output, _client_portal_notification_v1_WebhookEndpointWithSecret__Output>
  SendWebhookPing: MethodDefinition<_client_portal_notification_v1_SendWebhookPingRequest, _client_portal_notification_v1_WebhookDelivery, _client_portal_notification_v1_SendWebhookPingRequest__Output, _client_portal_notification_v1_WebhookDelivery__Output>
  UpdateWebhookEndpoint: MethodDefinition<_client_portal_notification_v1_UpdateWebhookEndpointRequest, _client_portal_notification_v1_WebhookEndpoint, _client_portal_notification_v1_UpdateWebhookEndpointRequest__Output, _client_portal_notification_v1_WebhookEndpoint__Output>
}
