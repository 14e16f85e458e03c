// Original file: proto/notification/v1/inbox.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CountUnreadInboxNotificationsRequest as _client_portal_notification_v1_CountUnreadInboxNotificationsRequest, CountUnreadInboxNotificationsRequest__Output as _client_portal_notification_v1_CountUnreadInboxNotificationsRequest__Output } from '../../../client_portal/notification/v1/CountUnreadInboxNotificationsRequest.js';
import type { CountUnreadInboxNotificationsResponse as _client_portal_notification_v1_CountUnreadInboxNotificationsResponse, CountUnreadInboxNotificationsResponse__Output as _client_portal_notification_v1_CountUnreadInboxNotificationsResponse__Output } from '../../../client_portal/notification/v1/CountUnreadInboxNotificationsResponse.js';
import type { ListInboxNotificationsRequest as _client_portal_notification_v1_ListInboxNotificationsRequest, ListInboxNotificationsRequest__Output as _client_portal_notification_v1_ListInboxNotificationsRequest__Output } from '../../../client_portal/notification/v1/ListInboxNotificationsRequest.js';
import type { ListInboxNotificationsResponse as _client_portal_notification_v1_ListInboxNotificationsResponse, ListInboxNotificationsResponse__Output as _client_portal_notification_v1_ListInboxNotificationsResponse__Output } from '../../../client_portal/notification/v1/ListInboxNotificationsResponse.js';
import type { MarkAllInboxNotificationsReadRequest as _client_portal_notification_v1_MarkAllInboxNotificationsReadRequest, MarkAllInboxNotificationsReadRequest__Output as _client_portal_notification_v1_MarkAllInboxNotificationsReadRequest__Output } from '../../../client_portal/notification/v1/MarkAllInboxNotificationsReadRequest.js';
import type { MarkAllInboxNotificationsReadResponse as _client_portal_notification_v1_MarkAllInboxNotificationsReadResponse, MarkAllInboxNotificationsReadResponse__Output as _client_portal_notification_v1_MarkAllInboxNotificationsReadResponse__Output } from '../../../client_portal/notification/v1/MarkAllInboxNotificationsReadResponse.js';
import type { MarkInboxNotificationReadRequest as _client_portal_notification_v1_MarkInboxNotificationReadRequest, MarkInboxNotificationReadRequest__Output as _client_portal_notification_v1_MarkInboxNotificationReadRequest__Output } from '../../../client_portal/notification/v1/MarkInboxNotificationReadRequest.js';
import type { MarkInboxNotificationReadResponse as _client_portal_notification_v1_MarkInboxNotificationReadResponse, MarkInboxNotificationReadResponse__Output as _client_portal_notification_v1_MarkInboxNotificationReadResponse__Output } from '../../../client_portal/notification/v1/MarkInboxNotificationReadResponse.js';

export interface InboxServiceClient extends grpc.Client {
  /**
   * How many of the caller's entries are unread (the bell's badge).
   */
  CountUnreadInboxNotifications(argument: _client_portal_notification_v1_CountUnreadInboxNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_CountUnreadInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  CountUnreadInboxNotifications(argument: _client_portal_notification_v1_CountUnreadInboxNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_CountUnreadInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  CountUnreadInboxNotifications(argument: _client_portal_notification_v1_CountUnreadInboxNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_CountUnreadInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  CountUnreadInboxNotifications(argument: _client_portal_notification_v1_CountUnreadInboxNotificationsRequest, callback: grpc.requestCallback<_client_portal_notification_v1_CountUnreadInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * How many of the caller's entries are unread (the bell's badge).
   */
  countUnreadInboxNotifications(argument: _client_portal_notification_v1_CountUnreadInboxNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_CountUnreadInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  countUnreadInboxNotifications(argument: _client_portal_notification_v1_CountUnreadInboxNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_CountUnreadInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  countUnreadInboxNotifications(argument: _client_portal_notification_v1_CountUnreadInboxNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_CountUnreadInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  countUnreadInboxNotifications(argument: _client_portal_notification_v1_CountUnreadInboxNotificationsRequest, callback: grpc.requestCallback<_client_portal_notification_v1_CountUnreadInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The caller's entries, newest first.
   */
  ListInboxNotifications(argument: _client_portal_notification_v1_ListInboxNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListInboxNotifications(argument: _client_portal_notification_v1_ListInboxNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_ListInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListInboxNotifications(argument: _client_portal_notification_v1_ListInboxNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListInboxNotifications(argument: _client_portal_notification_v1_ListInboxNotificationsRequest, callback: grpc.requestCallback<_client_portal_notification_v1_ListInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The caller's entries, newest first.
   */
  listInboxNotifications(argument: _client_portal_notification_v1_ListInboxNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listInboxNotifications(argument: _client_portal_notification_v1_ListInboxNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_ListInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listInboxNotifications(argument: _client_portal_notification_v1_ListInboxNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listInboxNotifications(argument: _client_portal_notification_v1_ListInboxNotificationsRequest, callback: grpc.requestCallback<_client_portal_notification_v1_ListInboxNotificationsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Marks every unread entry of the caller read.
   */
  MarkAllInboxNotificationsRead(argument: _client_portal_notification_v1_MarkAllInboxNotificationsReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_MarkAllInboxNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  MarkAllInboxNotificationsRead(argument: _client_portal_notification_v1_MarkAllInboxNotificationsReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_MarkAllInboxNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  MarkAllInboxNotificationsRead(argument: _client_portal_notification_v1_MarkAllInboxNotificationsReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_MarkAllInboxNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  MarkAllInboxNotificationsRead(argument: _client_portal_notification_v1_MarkAllInboxNotificationsReadRequest, callback: grpc.requestCallback<_client_portal_notification_v1_MarkAllInboxNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Marks every unread entry of the caller read.
   */
  markAllInboxNotificationsRead(argument: _client_portal_notification_v1_MarkAllInboxNotificationsReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_MarkAllInboxNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  markAllInboxNotificationsRead(argument: _client_portal_notification_v1_MarkAllInboxNotificationsReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_MarkAllInboxNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  markAllInboxNotificationsRead(argument: _client_portal_notification_v1_MarkAllInboxNotificationsReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_MarkAllInboxNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  markAllInboxNotificationsRead(argument: _client_portal_notification_v1_MarkAllInboxNotificationsReadRequest, callback: grpc.requestCallback<_client_portal_notification_v1_MarkAllInboxNotificationsReadResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Marks one of the caller's entries read (again: no change). Someone else's: NOT_FOUND.
   */
  MarkInboxNotificationRead(argument: _client_portal_notification_v1_MarkInboxNotificationReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_MarkInboxNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  MarkInboxNotificationRead(argument: _client_portal_notification_v1_MarkInboxNotificationReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_MarkInboxNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  MarkInboxNotificationRead(argument: _client_portal_notification_v1_MarkInboxNotificationReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_MarkInboxNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  MarkInboxNotificationRead(argument: _client_portal_notification_v1_MarkInboxNotificationReadRequest, callback: grpc.requestCallback<_client_portal_notification_v1_MarkInboxNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Marks one of the caller's entries read (again: no change). Someone else's: NOT_FOUND.
   */
  markInboxNotificationRead(argument: _client_portal_notification_v1_MarkInboxNotificationReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_MarkInboxNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  markInboxNotificationRead(argument: _client_portal_notification_v1_MarkInboxNotificationReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_MarkInboxNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  markInboxNotificationRead(argument: _client_portal_notification_v1_MarkInboxNotificationReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_MarkInboxNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  markInboxNotificationRead(argument: _client_portal_notification_v1_MarkInboxNotificationReadRequest, callback: grpc.requestCallback<_client_portal_notification_v1_MarkInboxNotificationReadResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface InboxServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * How many of the caller's entries are unread (the bell's badge).
   */
  CountUnreadInboxNotifications: grpc.handleUnaryCall<_client_portal_notification_v1_CountUnreadInboxNotificationsRequest__Output, _client_portal_notification_v1_CountUnreadInboxNotificationsResponse>;
  
  /**
   * The caller's entries, newest first.
   */
  ListInboxNotifications: grpc.handleUnaryCall<_client_portal_notification_v1_ListInboxNotificationsRequest__Output, _client_portal_notification_v1_ListInboxNotificationsResponse>;
  
  /**
   * Marks every unread entry of the caller read.
   */
  MarkAllInboxNotificationsRead: grpc.handleUnaryCall<_client_portal_notification_v1_MarkAllInboxNotificationsReadRequest__Output, _client_portal_notification_v1_MarkAllInboxNotificationsReadResponse>;
  
  /**
   * Marks one of the caller's entries read (again: no change). Someone else's: NOT_FOUND.
   */
  MarkInboxNotificationRead: grpc.handleUnaryCall<_client_portal_notification_v1_MarkInboxNotificationReadRequest__Output, _client_portal_notification_v1_MarkInboxNotificationReadResponse>;
  
}

export interface InboxServiceDefinition extends grpc.ServiceDefinition {
  CountUnreadInboxNotifications: MethodDefinition<_client_portal_notification_v1_CountUnreadInboxNotificationsRequest, _client_portal_notification_v1_CountUnreadInboxNotificationsResponse, _client_portal_notification_v1_CountUnreadInboxNotificationsRequest__Output, _client_portal_notification_v1_CountUnreadInboxNotificationsResponse__Output>
  ListInboxNotifications: MethodDefinition<_client_portal_notification_v1_ListInboxNotificationsRequest, _client_portal_notification_v1_ListInboxNotificationsResponse, _client_portal_notification_v1_ListInboxNotificationsRequest__Output, _client_portal_notification_v1_ListInboxNotificationsResponse__Output>
  MarkAllInboxNotificationsRead: MethodDefinition<_client_portal_notification_v1_MarkAllInboxNotificationsReadRequest, _client_portal_notification_v1_MarkAllInboxNotificationsReadResponse, _client_portal_notification_v1_MarkAllInboxNotificationsReadRequest__Output, _client_portal_notification_v1_MarkAllInboxNotificationsReadResponse__Output>
  MarkInboxNotificationRead: MethodDefinition<_client_portal_notification_v1_MarkInboxNotificationReadRequest, _client_portal_notification_v1_MarkInboxNotificationReadResponse, _client_portal_notification_v1_MarkInboxNotificationReadRequest__Output, _client_portal_notification_v1_MarkInboxNotificationReadResponse__Output>
}
