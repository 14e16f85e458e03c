// Original file: proto/messaging/v1/conversations.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ConversationsConversation as _client_portal_messaging_v1_ConversationsConversation, ConversationsConversation__Output as _client_portal_messaging_v1_ConversationsConversation__Output } from '../../../client_portal/messaging/v1/ConversationsConversation.js';
import type { CreateConversationRequest as _client_portal_messaging_v1_CreateConversationRequest, CreateConversationRequest__Output as _client_portal_messaging_v1_CreateConversationRequest__Output } from '../../../client_portal/messaging/v1/CreateConversationRequest.js';
import type { GetConversationRequest as _client_portal_messaging_v1_GetConversationRequest, GetConversationRequest__Output as _client_portal_messaging_v1_GetConversationRequest__Output } from '../../../client_portal/messaging/v1/GetConversationRequest.js';
import type { GetUnreadSummaryRequest as _client_portal_messaging_v1_GetUnreadSummaryRequest, GetUnreadSummaryRequest__Output as _client_portal_messaging_v1_GetUnreadSummaryRequest__Output } from '../../../client_portal/messaging/v1/GetUnreadSummaryRequest.js';
import type { GetUnreadSummaryResponse as _client_portal_messaging_v1_GetUnreadSummaryResponse, GetUnreadSummaryResponse__Output as _client_portal_messaging_v1_GetUnreadSummaryResponse__Output } from '../../../client_portal/messaging/v1/GetUnreadSummaryResponse.js';
import type { ListConversationsRequest as _client_portal_messaging_v1_ListConversationsRequest, ListConversationsRequest__Output as _client_portal_messaging_v1_ListConversationsRequest__Output } from '../../../client_portal/messaging/v1/ListConversationsRequest.js';
import type { ListConversationsResponse as _client_portal_messaging_v1_ListConversationsResponse, ListConversationsResponse__Output as _client_portal_messaging_v1_ListConversationsResponse__Output } from '../../../client_portal/messaging/v1/ListConversationsResponse.js';
import type { MarkConversationReadRequest as _client_portal_messaging_v1_MarkConversationReadRequest, MarkConversationReadRequest__Output as _client_portal_messaging_v1_MarkConversationReadRequest__Output } from '../../../client_portal/messaging/v1/MarkConversationReadRequest.js';
import type { MarkConversationReadResponse as _client_portal_messaging_v1_MarkConversationReadResponse, MarkConversationReadResponse__Output as _client_portal_messaging_v1_MarkConversationReadResponse__Output } from '../../../client_portal/messaging/v1/MarkConversationReadResponse.js';
import type { RenameConversationRequest as _client_portal_messaging_v1_RenameConversationRequest, RenameConversationRequest__Output as _client_portal_messaging_v1_RenameConversationRequest__Output } from '../../../client_portal/messaging/v1/RenameConversationRequest.js';

export interface ConversationServiceClient extends grpc.Client {
  /**
   * Opens a conversation in a workspace (workspace_id) or about a client (client_id, workspace_id
   * empty). Staff (member and up): client-visible or internal. A client user: client-visible only, in a
   * workspace they hold "chat" in, or at client level "contact the business" (only they and the staff
   * see it). Anything the caller may not see: NOT_FOUND. Publishes messaging.conversation.changed.
   */
  CreateConversation(argument: _client_portal_messaging_v1_CreateConversationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  CreateConversation(argument: _client_portal_messaging_v1_CreateConversationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  CreateConversation(argument: _client_portal_messaging_v1_CreateConversationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  CreateConversation(argument: _client_portal_messaging_v1_CreateConversationRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  /**
   * Opens a conversation in a workspace (workspace_id) or about a client (client_id, workspace_id
   * empty). Staff (member and up): client-visible or internal. A client user: client-visible only, in a
   * workspace they hold "chat" in, or at client level "contact the business" (only they and the staff
   * see it). Anything the caller may not see: NOT_FOUND. Publishes messaging.conversation.changed.
   */
  createConversation(argument: _client_portal_messaging_v1_CreateConversationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  createConversation(argument: _client_portal_messaging_v1_CreateConversationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  createConversation(argument: _client_portal_messaging_v1_CreateConversationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  createConversation(argument: _client_portal_messaging_v1_CreateConversationRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  
  /**
   * One conversation; NOT_FOUND when the caller may not see it (an internal one for a client user).
   */
  GetConversation(argument: _client_portal_messaging_v1_GetConversationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  GetConversation(argument: _client_portal_messaging_v1_GetConversationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  GetConversation(argument: _client_portal_messaging_v1_GetConversationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  GetConversation(argument: _client_portal_messaging_v1_GetConversationRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  /**
   * One conversation; NOT_FOUND when the caller may not see it (an internal one for a client user).
   */
  getConversation(argument: _client_portal_messaging_v1_GetConversationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  getConversation(argument: _client_portal_messaging_v1_GetConversationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  getConversation(argument: _client_portal_messaging_v1_GetConversationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  getConversation(argument: _client_portal_messaging_v1_GetConversationRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  
  /**
   * The caller's unread messages: in total (the navigation's badge), per workspace and per client
   * (client-level conversations). Staff: conversations active in the last 30 days.
   */
  GetUnreadSummary(argument: _client_portal_messaging_v1_GetUnreadSummaryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_GetUnreadSummaryResponse__Output>): grpc.ClientUnaryCall;
  GetUnreadSummary(argument: _client_portal_messaging_v1_GetUnreadSummaryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_GetUnreadSummaryResponse__Output>): grpc.ClientUnaryCall;
  GetUnreadSummary(argument: _client_portal_messaging_v1_GetUnreadSummaryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_GetUnreadSummaryResponse__Output>): grpc.ClientUnaryCall;
  GetUnreadSummary(argument: _client_portal_messaging_v1_GetUnreadSummaryRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_GetUnreadSummaryResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The caller's unread messages: in total (the navigation's badge), per workspace and per client
   * (client-level conversations). Staff: conversations active in the last 30 days.
   */
  getUnreadSummary(argument: _client_portal_messaging_v1_GetUnreadSummaryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_GetUnreadSummaryResponse__Output>): grpc.ClientUnaryCall;
  getUnreadSummary(argument: _client_portal_messaging_v1_GetUnreadSummaryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_GetUnreadSummaryResponse__Output>): grpc.ClientUnaryCall;
  getUnreadSummary(argument: _client_portal_messaging_v1_GetUnreadSummaryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_GetUnreadSummaryResponse__Output>): grpc.ClientUnaryCall;
  getUnreadSummary(argument: _client_portal_messaging_v1_GetUnreadSummaryRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_GetUnreadSummaryResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * A workspace's conversations (its default "General" one first, then newest activity first), or a
   * client's client-level ones; only those the caller may see, each with the caller's unread count.
   */
  ListConversations(argument: _client_portal_messaging_v1_ListConversationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ListConversationsResponse__Output>): grpc.ClientUnaryCall;
  ListConversations(argument: _client_portal_messaging_v1_ListConversationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_ListConversationsResponse__Output>): grpc.ClientUnaryCall;
  ListConversations(argument: _client_portal_messaging_v1_ListConversationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ListConversationsResponse__Output>): grpc.ClientUnaryCall;
  ListConversations(argument: _client_portal_messaging_v1_ListConversationsRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_ListConversationsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A workspace's conversations (its default "General" one first, then newest activity first), or a
   * client's client-level ones; only those the caller may see, each with the caller's unread count.
   */
  listConversations(argument: _client_portal_messaging_v1_ListConversationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ListConversationsResponse__Output>): grpc.ClientUnaryCall;
  listConversations(argument: _client_portal_messaging_v1_ListConversationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_ListConversationsResponse__Output>): grpc.ClientUnaryCall;
  listConversations(argument: _client_portal_messaging_v1_ListConversationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ListConversationsResponse__Output>): grpc.ClientUnaryCall;
  listConversations(argument: _client_portal_messaging_v1_ListConversationsRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_ListConversationsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The caller read the conversation up to now; publishes messaging.conversation.read (their other tabs).
   */
  MarkConversationRead(argument: _client_portal_messaging_v1_MarkConversationReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkConversationReadResponse__Output>): grpc.ClientUnaryCall;
  MarkConversationRead(argument: _client_portal_messaging_v1_MarkConversationReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkConversationReadResponse__Output>): grpc.ClientUnaryCall;
  MarkConversationRead(argument: _client_portal_messaging_v1_MarkConversationReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkConversationReadResponse__Output>): grpc.ClientUnaryCall;
  MarkConversationRead(argument: _client_portal_messaging_v1_MarkConversationReadRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkConversationReadResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The caller read the conversation up to now; publishes messaging.conversation.read (their other tabs).
   */
  markConversationRead(argument: _client_portal_messaging_v1_MarkConversationReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkConversationReadResponse__Output>): grpc.ClientUnaryCall;
  markConversationRead(argument: _client_portal_messaging_v1_MarkConversationReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkConversationReadResponse__Output>): grpc.ClientUnaryCall;
  markConversationRead(argument: _client_portal_messaging_v1_MarkConversationReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkConversationReadResponse__Output>): grpc.ClientUnaryCall;
  markConversationRead(argument: _client_portal_messaging_v1_MarkConversationReadRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_MarkConversationReadResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff, or the client user who opened it: a new subject. The default conversation keeps its own.
   */
  RenameConversation(argument: _client_portal_messaging_v1_RenameConversationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  RenameConversation(argument: _client_portal_messaging_v1_RenameConversationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  RenameConversation(argument: _client_portal_messaging_v1_RenameConversationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  RenameConversation(argument: _client_portal_messaging_v1_RenameConversationRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  /**
   * Staff, or the client user who opened it: a new subject. The default conversation keeps its own.
   */
  renameConversation(argument: _client_portal_messaging_v1_RenameConversationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  renameConversation(argument: _client_portal_messaging_v1_RenameConversationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  renameConversation(argument: _client_portal_messaging_v1_RenameConversationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  renameConversation(argument: _client_portal_messaging_v1_RenameConversationRequest, callback: grpc.requestCallback<_client_portal_messaging_v1_ConversationsConversation__Output>): grpc.ClientUnaryCall;
  
}

export interface ConversationServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Opens a conversation in a workspace (workspace_id) or about a client (client_id, workspace_id
   * empty). Staff (member and up): client-visible or internal. A client user: client-visible only, in a
   * workspace they hold "chat" in, or at client level "contact the business" (only they and the staff
   * see it). Anything the caller may not see: NOT_FOUND. Publishes messaging.conversation.changed.
   */
  CreateConversation: grpc.handleUnaryCall<_client_portal_messaging_v1_CreateConversationRequest__Output, _client_portal_messaging_v1_ConversationsConversation>;
  
  /**
   * One conversation; NOT_FOUND when the caller may not see it (an internal one for a client user).
   */
  GetConversation: grpc.handleUnaryCall<_client_portal_messaging_v1_GetConversationRequest__Output, _client_portal_messaging_v1_ConversationsConversation>;
  
  /**
   * The caller's unread messages: in total (the navigation's badge), per workspace and per client
   * (client-level conversations). Staff: conversations active in the last 30 days.
   */
  GetUnreadSummary: grpc.handleUnaryCall<_client_portal_messaging_v1_GetUnreadSummaryRequest__Output, _client_portal_messaging_v1_GetUnreadSummaryResponse>;
  
  /**
   * A workspace's conversations (its default "General" one first, then newest activity first), or a
   * client's client-level ones; only those the caller may see, each with the caller's unread count.
   */
  ListConversations: grpc.handleUnaryCall<_client_portal_messaging_v1_ListConversationsRequest__Output, _client_portal_messaging_v1_ListConversationsResponse>;
  
  /**
   * The caller read the conversation up to now; publishes messaging.conversation.read (their other tabs).
   */
  MarkConversationRead: grpc.handleUnaryCall<_client_portal_messaging_v1_MarkConversationReadRequest__Output, _client_portal_messaging_v1_MarkConversationReadResponse>;
  
  /**
   * Staff, or the client user who opened it: a new subject. The default conversation keeps its own.
   */
  RenameConversation: grpc.handleUnaryCall<_client_portal_messaging_v1_RenameConversationRequest__Output, _client_portal_messaging_v1_ConversationsConversation>;
  
}

export interface ConversationServiceDefinition extends grpc.ServiceDefinition {
  CreateConversation: MethodDefinition<_client_portal_messaging_v1_CreateConversationRequest, _client_portal_messaging_v1_ConversationsConversation, _client_portal_messaging_v1_CreateConversationRequest__Output, _client_portal_messaging_v1_ConversationsConversation__Output>
  GetConversation: MethodDefinition<_client_portal_messaging_v1_GetConversationRequest, _client_portal_messaging_v1_ConversationsConversation, _client_portal_messaging_v1_GetConversationRequest__Output, _client_portal_messaging_v1_ConversationsConversation__Output>
  GetUnreadSummary: MethodDefinition<_client_portal_messaging_v1_GetUnreadSummaryRequest, _client_portal_messaging_v1_GetUnreadSummaryResponse, _client_portal_messaging_v1_GetUnreadSummaryRequest__Output, _client_portal_messaging_v1_GetUnreadSummaryResponse__Output>
  ListConversations: MethodDefinition<_client_portal_messaging_v1_ListConversationsRequest, _client_portal_messaging_v1_ListConversationsResponse, _client_portal_messaging_v1_ListConversationsRequest__Output, _client_portal_messaging_v1_ListConversationsResponse__Output>
  MarkConversationRead: MethodDefinition<_client_portal_messaging_v1_MarkConversationReadRequest, _client_portal_messaging_v1_MarkConversationReadResponse, _client_portal_messaging_v1_MarkConversationReadRequest__Output, _client_portal_messaging_v1_MarkConversationReadResponse__Output>
  RenameConversation: MethodDefinition<_client_portal_messaging_v1_RenameConversationRequest, _client_portal_messaging_v1_ConversationsConversation, _client_portal_messaging_v1_RenameConversationRequest__Output, _client_portal_messaging_v1_ConversationsConversation__Output>
}
