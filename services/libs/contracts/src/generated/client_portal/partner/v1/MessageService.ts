// Original file: proto/partner/v1/messages.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListMessagesRequest as _client_portal_partner_v1_ListMessagesRequest, ListMessagesRequest__Output as _client_portal_partner_v1_ListMessagesRequest__Output } from '../../../client_portal/partner/v1/ListMessagesRequest.js';
import type { ListMessagesResponse as _client_portal_partner_v1_ListMessagesResponse, ListMessagesResponse__Output as _client_portal_partner_v1_ListMessagesResponse__Output } from '../../../client_portal/partner/v1/ListMessagesResponse.js';
import type { Message as _client_portal_partner_v1_Message, Message__Output as _client_portal_partner_v1_Message__Output } from '../../../client_portal/partner/v1/Message.js';
import type { PostMessageRequest as _client_portal_partner_v1_PostMessageRequest, PostMessageRequest__Output as _client_portal_partner_v1_PostMessageRequest__Output } from '../../../client_portal/partner/v1/PostMessageRequest.js';

/**
 * The messages of a workspace's client-visible conversations. Internal discussions of the team are never
 * part of this API.
 */
export interface MessageServiceClient extends grpc.Client {
  /**
   * Scope: `messages:read`. A workspace's messages, oldest change first.
   */
  ListMessages(argument: _client_portal_partner_v1_ListMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _client_portal_partner_v1_ListMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _client_portal_partner_v1_ListMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _client_portal_partner_v1_ListMessagesRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `messages:read`. A workspace's messages, oldest change first.
   */
  listMessages(argument: _client_portal_partner_v1_ListMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _client_portal_partner_v1_ListMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _client_portal_partner_v1_ListMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _client_portal_partner_v1_ListMessagesRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `messages:write`. Posts in a workspace's conversation as the application (its name is shown as
   * the author); the client's users are notified as for any team message.
   */
  PostMessage(argument: _client_portal_partner_v1_PostMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Message__Output>): grpc.ClientUnaryCall;
  PostMessage(argument: _client_portal_partner_v1_PostMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Message__Output>): grpc.ClientUnaryCall;
  PostMessage(argument: _client_portal_partner_v1_PostMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Message__Output>): grpc.ClientUnaryCall;
  PostMessage(argument: _client_portal_partner_v1_PostMessageRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Message__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `messages:write`. Posts in a workspace's conversation as the application (its name is shown as
   * the author); the client's users are notified as for any team message.
   */
  postMessage(argument: _client_portal_partner_v1_PostMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Message__Output>): grpc.ClientUnaryCall;
  postMessage(argument: _client_portal_partner_v1_PostMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Message__Output>): grpc.ClientUnaryCall;
  postMessage(argument: _client_portal_partner_v1_PostMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Message__Output>): grpc.ClientUnaryCall;
  postMessage(argument: _client_portal_partner_v1_PostMessageRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Message__Output>): grpc.ClientUnaryCall;
  
}

/**
 * The messages of a workspace's client-visible conversations. Internal discussions of the team are never
 * part of this API.
 */
export interface MessageServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Scope: `messages:read`. A workspace's messages, oldest change first.
   */
  ListMessages: grpc.handleUnaryCall<_client_portal_partner_v1_ListMessagesRequest__Output, _client_portal_partner_v1_ListMessagesResponse>;
  
  /**
   * Scope: `messages:write`. Posts in a workspace's conversation as the application (its name is shown as
   * the author); the client's users are notified as for any team message.
   */
  PostMessage: grpc.handleUnaryCall<_client_portal_partner_v1_PostMessageRequest__Output, _client_portal_partner_v1_Message>;
  
}

export interface MessageServiceDefinition extends grpc.ServiceDefinition {
  ListMessages: MethodDefinition<_client_portal_partner_v1_ListMessagesRequest, _client_portal_partner_v1_ListMessagesResponse, _client_portal_partner_v1_ListMessagesRequest__Output, _client_portal_partner_v1_ListMessagesResponse__Output>
  PostMessage: MethodDefinition<_client_portal_partner_v1_PostMessageRequest, _client_portal_partner_v1_Message, _client_portal_partner_v1_PostMessageRequest__Output, _client_portal_partner_v1_Message__Output>
}
