// Original file: proto/notification/v1/notification.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListNotificationsRequest as _client_portal_notification_v1_ListNotificationsRequest, ListNotificationsRequest__Output as _client_portal_notification_v1_ListNotificationsRequest__Output } from '../../../client_portal/notification/v1/ListNotificationsRequest.js';
import type { ListNotificationsResponse as _client_portal_notification_v1_ListNotificationsResponse, ListNotificationsResponse__Output as _client_portal_notification_v1_ListNotificationsResponse__Output } from '../../../client_portal/notification/v1/ListNotificationsResponse.js';
import type { RetryNotificationRequest as _client_portal_notification_v1_RetryNotificationRequest, RetryNotificationRequest__Output as _client_portal_notification_v1_RetryNotificationRequest__Output } from '../../../client_portal/notification/v1/RetryNotificationRequest.js';
import type { RetryNotificationResponse as _client_portal_notification_v1_RetryNotificationResponse, RetryNotificationResponse__Output as _client_portal_notification_v1_RetryNotificationResponse__Output } from '../../../client_portal/notification/v1/RetryNotificationResponse.js';

export interface NotificationServiceClient extends grpc.Client {
  /**
   * Staff: the tenant's notification log, newest first.
   */
  ListNotifications(argument: _client_portal_notification_v1_ListNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListNotifications(argument: _client_portal_notification_v1_ListNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListNotifications(argument: _client_portal_notification_v1_ListNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListNotifications(argument: _client_portal_notification_v1_ListNotificationsRequest, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff: the tenant's notification log, newest first.
   */
  listNotifications(argument: _client_portal_notification_v1_ListNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _client_portal_notification_v1_ListNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _client_portal_notification_v1_ListNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listNotifications(argument: _client_portal_notification_v1_ListNotificationsRequest, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Owners and admins: one attempt at once at a failed (or waiting) notification. NOT_FOUND for another
   * tenant's; FAILED_PRECONDITION when it was sent or is being sent/retried meanwhile.
   */
  RetryNotification(argument: _client_portal_notification_v1_RetryNotificationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_RetryNotificationResponse__Output>): grpc.ClientUnaryCall;
  RetryNotification(argument: _client_portal_notification_v1_RetryNotificationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_RetryNotificationResponse__Output>): grpc.ClientUnaryCall;
  RetryNotification(argument: _client_portal_notification_v1_RetryNotificationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_RetryNotificationResponse__Output>): grpc.ClientUnaryCall;
  RetryNotification(argument: _client_portal_notification_v1_RetryNotificationRequest, callback: grpc.requestCallback<_client_portal_notification_v1_RetryNotificationResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Owners and admins: one attempt at once at a failed (or waiting) notification. NOT_FOUND for another
   * tenant's; FAILED_PRECONDITION when it was sent or is being sent/retried meanwhile.
   */
  retryNotification(argument: _client_portal_notification_v1_RetryNotificationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_RetryNotificationResponse__Output>): grpc.ClientUnaryCall;
  retryNotification(argument: _client_portal_notification_v1_RetryNotificationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_RetryNotificationResponse__Output>): grpc.ClientUnaryCall;
  retryNotification(argument: _client_portal_notification_v1_RetryNotificationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_RetryNotificationResponse__Output>): grpc.ClientUnaryCall;
  retryNotification(argument: _client_portal_notification_v1_RetryNotificationRequest, callback: grpc.requestCallback<_client_portal_notification_v1_RetryNotificationResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface NotificationServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Staff: the tenant's notification log, newest first.
   */
  ListNotifications: grpc.handleUnaryCall<_client_portal_notification_v1_ListNotificationsRequest__Output, _client_portal_notification_v1_ListNotificationsResponse>;
  
  /**
   * Owners and admins: one attempt at once at a failed (or waiting) notification. NOT_FOUND for another
   * tenant's; FAILED_PRECONDITION when it was sent or is being sent/retried meanwhile.
   */
  RetryNotification: grpc.handleUnaryCall<_client_portal_notification_v1_RetryNotificationRequest__Output, _client_portal_notification_v1_RetryNotificationResponse>;
  
}

export interface NotificationServiceDefinition extends grpc.ServiceDefinition {
  ListNotifications: MethodDefinition<_client_portal_notification_v1_ListNotificationsRequest, _client_portal_notification_v1_ListNotificationsResponse, _client_portal_notification_v1_ListNotificationsRequest__Output, _client_portal_notification_v1_ListNotificationsResponse__Output>
  RetryNotification: MethodDefinition<_client_portal_notification_v1_RetryNotificationRequest, _client_portal_notification_v1_RetryNotificationResponse, _client_portal_notification_v1_RetryNotificationRequest__Output, _client_portal_notification_v1_RetryNotificationResponse__Output>
}
