// Original file: proto/messaging/v1/messaging.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListMessagesRequest as _client_portal_messaging_v1_ListMessagesRequest, ListMessagesRequest__Output as _client_portal_messaging_v1_ListMessagesRequest__Output } from '../../../client_portal/messaging/v1/ListMessagesRequest.js';
import type { ListMessagesResponse as _client_portal_messaging_v1_ListMessagesResponse, ListMessagesResponse__Output as _client_portal_messaging_v1_ListMessagesResponse__Output } from '../../../client_portal/messaging/v1/ListMessagesResponse.js';
import type { ListUnreadRequest as _client_portal_messaging_v1_ListUnreadRequest, ListUnreadRequest__Output as _client_portal_messaging_v1_ListUnreadRequest__Output } from '../../../client_portal/messaging/v1/ListUnreadRequest.js';
import type { ListUnreadResponse as _client_portal_messaging_v1_ListUnreadResponse, ListUnreadResponse__Output as _client_portal_messaging_v1_ListUnreadResponse__Output } from '../../../client_portal/messaging/v1/ListUnreadResponse.js';
import type { MarkReadRequest as _client_portal_messaging_v1_MarkReadRequest, MarkReadRequest__Output as _client_portal_messaging_v1_MarkReadRequest__Output } from '../../../client_portal/messaging/v1/MarkReadRequest.js';
import type { MarkReadResponse as _client_portal_messaging_v1_MarkReadResponse, MarkReadResponse__Output as _client_portal_messaging_v1_MarkReadResponse__Output } from '../../../client_portal/messaging/v1/MarkReadResponse.js';
import type { Message as _client_portal_messaging_v1_Message, Message__Output as _client_portal_messaging_v1_Message__Output } from '../../../client_portal/messaging/v1/Message.js';
import type { PostMessageRequest as _client_portal_messaging_v1_PostMessageRequest, PostMessageRequest__Output as _client_portal_messaging_v1_PostMessageRequest__Output } from '../../../client_portal/messaging/v1/PostMessageRequest.js';

export interface MessagingServiceClient extends grpc.Client {
  /**
   * Same access as PostMessage. Chronological from the start of the conversation: the first page holds
   * the oldest messages and next_page_token leads to newer ones. by_update: ordered by (updated_at, id)
   * instead, optionally from updated_since (the partner API's sync).
   */
  ListMessages(argument: _client_portal_messaging_v1_ListMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _client_portal_messaging_v1_ListMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _client_portal_messaging_v1_ListMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  ListMessages(argument: _client_portal_messaging_v1_ListMessagesRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Same access as PostMessage. Chronological from the start of the conversation: the first page holds
   * the oldest messages and next_page_token leads to newer ones. by_update: ordered by (updated_at, id)
   * instead, optionally from updated_since (the partner API's sync).
   */
  listMessages(argument: _client_portal_messaging_v1_ListMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _client_portal_messaging_v1_ListMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _client_portal_messaging_v1_ListMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  listMessages(argument: _client_portal_messaging_v1_ListMessagesRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_ListMessagesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Issue 10 (home): per workspace the caller takes part in (client users: theirs; staff: the ones
   * named), how many messages by others arrived after their marker. Workspaces without any are left out.
   */
  ListUnread(argument: _client_portal_messaging_v1_ListUnreadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ListUnreadResponse__Output>): grpc.ClientUnaryCall;
  ListUnread(argument: _client_portal_messaging_v1_ListUnreadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_ListUnreadResponse__Output>): grpc.ClientUnaryCall;
  ListUnread(argument: _client_portal_messaging_v1_ListUnreadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ListUnreadResponse__Output>): grpc.ClientUnaryCall;
  ListUnread(argument: _client_portal_messaging_v1_ListUnreadRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_ListUnreadResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Issue 10 (home): per workspace the caller takes part in (client users: theirs; staff: the ones
   * named), how many messages by others arrived after their marker. Workspaces without any are left out.
   */
  listUnread(argument: _client_portal_messaging_v1_ListUnreadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ListUnreadResponse__Output>): grpc.ClientUnaryCall;
  listUnread(argument: _client_portal_messaging_v1_ListUnreadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_ListUnreadResponse__Output>): grpc.ClientUnaryCall;
  listUnread(argument: _client_portal_messaging_v1_ListUnreadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ListUnreadResponse__Output>): grpc.ClientUnaryCall;
  listUnread(argument: _client_portal_messaging_v1_ListUnreadRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_ListUnreadResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Issue 10 (home): the caller has read the workspace's conversation up to now (same access as
   * ListMessages). One marker per user and workspace; messages by others after it are unread.
   */
  MarkRead(argument: _client_portal_messaging_v1_MarkReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  MarkRead(argument: _client_portal_messaging_v1_MarkReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  MarkRead(argument: _client_portal_messaging_v1_MarkReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  MarkRead(argument: _client_portal_messaging_v1_MarkReadRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Issue 10 (home): the caller has read the workspace's conversation up to now (same access as
   * ListMessages). One marker per user and workspace; messages by others after it are unread.
   */
  markRead(argument: _client_portal_messaging_v1_MarkReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  markRead(argument: _client_portal_messaging_v1_MarkReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  markRead(argument: _client_portal_messaging_v1_MarkReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  markRead(argument: _client_portal_messaging_v1_MarkReadRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkReadResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff of the tenant, or a client user of the workspace's client invited to it; anyone else (and a
   * workspace messaging has not yet heard of from portal) gets NOT_FOUND. Publishes
   * messaging.message.posted.
   */
  PostMessage(argument: _client_portal_messaging_v1_PostMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  PostMessage(argument: _client_portal_messaging_v1_PostMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  PostMessage(argument: _client_portal_messaging_v1_PostMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  PostMessage(argument: _client_portal_messaging_v1_PostMessageRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  /**
   * Staff of the tenant, or a client user of the workspace's client invited to it; anyone else (and a
   * workspace messaging has not yet heard of from portal) gets NOT_FOUND. Publishes
   * messaging.message.posted.
   */
  postMessage(argument: _client_portal_messaging_v1_PostMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  postMessage(argument: _client_portal_messaging_v1_PostMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  postMessage(argument: _client_portal_messaging_v1_PostMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  postMessage(argument: _client_portal_messaging_v1_PostMessageRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_Message__Output>): grpc.ClientUnaryCall;
  
}

export interface MessagingServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Same access as PostMessage. Chronological from the start of the conversation: the first page holds
   * the oldest messages and next_page_token leads to newer ones. by_update: ordered by (updated_at, id)
   * instead, optionally from updated_since (the partner API's sync).
   */
  ListMessages: grpc.handleUnaryCall<_client_portal_messaging_v1_ListMessagesRequest__Output, _client_portal_messaging_v1_ListMessagesResponse>;
  
  /**
   * Issue 10 (home): per workspace the caller takes part in (client users: theirs; staff: the ones
   * named), how many messages by others arrived after their marker. Workspaces without any are left out.
   */
  ListUnread: grpc.handleUnaryCall<_client_portal_messaging_v1_ListUnreadRequest__Output, _client_portal_messaging_v1_ListUnreadResponse>;
  
  /**
   * Issue 10 (home): the caller has read the workspace's conversation up to now (same access as
   * ListMessages). One marker per user and workspace; messages by others after it are unread.
   */
  MarkRead: grpc.handleUnaryCall<_client_portal_messaging_v1_MarkReadRequest__Output, _client_portal_messaging_v1_MarkReadResponse>;
  
  /**
   * Staff of the tenant, or a client user of the workspace's client invited to it; anyone else (and a
   * workspace messaging has not yet heard of from portal) gets NOT_FOUND. Publishes
   * messaging.message.posted.
   */
  PostMessage: grpc.handleUnaryCall<_client_portal_messaging_v1_PostMessageRequest__Output, _client_portal_messaging_v1_Message>;
  
}

export interface MessagingServiceDefinition extends grpc.ServiceDefinition {
  ListMessages: MethodDefinition<_client_portal_messaging_v1_ListMessagesRequest, _client_portal_messaging_v1_ListMessagesResponse, _client_portal_messaging_v1_ListMessagesRequest__Output, _client_portal_messaging_v1_ListMessagesResponse__Output>
  ListUnread: MethodDefinition<_client_portal_messaging_v1_ListUnreadRequest, _client_portal_messaging_v1_ListUnreadResponse, _client_portal_messaging_v1_ListUnreadRequest__Output, _client_portal_messaging_v1_ListUnreadResponse__Output>
  MarkRead: MethodDefinition<_client_portal_messaging_v1_MarkReadRequest, _client_portal_messaging_v1_MarkReadResponse, _client_portal_messaging_v1_MarkReadRequest__Output, _client_portal_messaging_v1_MarkReadResponse__Output>
  PostMessage: MethodDefinition<_client_portal_messaging_v1_PostMessageRequest, _client_portal_messaging_v1_Message, _client_portal_messaging_v1_PostMessageRequest__Output, _client_portal_messaging_v1_Message__Output>
}
