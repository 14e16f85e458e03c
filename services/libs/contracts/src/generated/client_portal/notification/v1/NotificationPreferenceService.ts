// Original file: proto/notification/v1/preferences.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetMyNotificationPreferencesRequest as _client_portal_notification_v1_GetMyNotificationPreferencesRequest, GetMyNotificationPreferencesRequest__Output as _client_portal_notification_v1_GetMyNotificationPreferencesRequest__Output } from '../../../client_portal/notification/v1/GetMyNotificationPreferencesRequest.js';
import type { GetNotificationChannelsRequest as _client_portal_notification_v1_GetNotificationChannelsRequest, GetNotificationChannelsRequest__Output as _client_portal_notification_v1_GetNotificationChannelsRequest__Output } from '../../../client_portal/notification/v1/GetNotificationChannelsRequest.js';
import type { NotificationChannelsView as _client_portal_notification_v1_NotificationChannelsView, NotificationChannelsView__Output as _client_portal_notification_v1_NotificationChannelsView__Output } from '../../../client_portal/notification/v1/NotificationChannelsView.js';
import type { NotificationPreferencesView as _client_portal_notification_v1_NotificationPreferencesView, NotificationPreferencesView__Output as _client_portal_notification_v1_NotificationPreferencesView__Output } from '../../../client_portal/notification/v1/NotificationPreferencesView.js';
import type { ResetMyNotificationPreferencesRequest as _client_portal_notification_v1_ResetMyNotificationPreferencesRequest, ResetMyNotificationPreferencesRequest__Output as _client_portal_notification_v1_ResetMyNotificationPreferencesRequest__Output } from '../../../client_portal/notification/v1/ResetMyNotificationPreferencesRequest.js';
import type { UnsubscribeRequest as _client_portal_notification_v1_UnsubscribeRequest, UnsubscribeRequest__Output as _client_portal_notification_v1_UnsubscribeRequest__Output } from '../../../client_portal/notification/v1/UnsubscribeRequest.js';
import type { UnsubscribeView as _client_portal_notification_v1_UnsubscribeView, UnsubscribeView__Output as _client_portal_notification_v1_UnsubscribeView__Output } from '../../../client_portal/notification/v1/UnsubscribeView.js';
import type { UpdateMyNotificationPreferencesRequest as _client_portal_notification_v1_UpdateMyNotificationPreferencesRequest, UpdateMyNotificationPreferencesRequest__Output as _client_portal_notification_v1_UpdateMyNotificationPreferencesRequest__Output } from '../../../client_portal/notification/v1/UpdateMyNotificationPreferencesRequest.js';
import type { UpdateNotificationChannelsRequest as _client_portal_notification_v1_UpdateNotificationChannelsRequest, UpdateNotificationChannelsRequest__Output as _client_portal_notification_v1_UpdateNotificationChannelsRequest__Output } from '../../../client_portal/notification/v1/UpdateNotificationChannelsRequest.js';

export interface NotificationPreferenceServiceClient extends grpc.Client {
  /**
   * Public (no principal): what an unsubscribe link would switch off. INVALID_ARGUMENT (token) when forged.
   */
  DescribeUnsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  DescribeUnsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  DescribeUnsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  DescribeUnsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  /**
   * Public (no principal): what an unsubscribe link would switch off. INVALID_ARGUMENT (token) when forged.
   */
  describeUnsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  describeUnsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  describeUnsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  describeUnsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff or client user: the caller's own settings for every kind they can receive (their choices,
   * else the defaults of their role).
   */
  GetMyNotificationPreferences(argument: _client_portal_notification_v1_GetMyNotificationPreferencesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  GetMyNotificationPreferences(argument: _client_portal_notification_v1_GetMyNotificationPreferencesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  GetMyNotificationPreferences(argument: _client_portal_notification_v1_GetMyNotificationPreferencesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  GetMyNotificationPreferences(argument: _client_portal_notification_v1_GetMyNotificationPreferencesRequest, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff or client user: the caller's own settings for every kind they can receive (their choices,
   * else the defaults of their role).
   */
  getMyNotificationPreferences(argument: _client_portal_notification_v1_GetMyNotificationPreferencesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  getMyNotificationPreferences(argument: _client_portal_notification_v1_GetMyNotificationPreferencesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  getMyNotificationPreferences(argument: _client_portal_notification_v1_GetMyNotificationPreferencesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  getMyNotificationPreferences(argument: _client_portal_notification_v1_GetMyNotificationPreferencesRequest, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (any role): the tenant's channels.
   */
  GetNotificationChannels(argument: _client_portal_notification_v1_GetNotificationChannelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  GetNotificationChannels(argument: _client_portal_notification_v1_GetNotificationChannelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  GetNotificationChannels(argument: _client_portal_notification_v1_GetNotificationChannelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  GetNotificationChannels(argument: _client_portal_notification_v1_GetNotificationChannelsRequest, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (any role): the tenant's channels.
   */
  getNotificationChannels(argument: _client_portal_notification_v1_GetNotificationChannelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  getNotificationChannels(argument: _client_portal_notification_v1_GetNotificationChannelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  getNotificationChannels(argument: _client_portal_notification_v1_GetNotificationChannelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  getNotificationChannels(argument: _client_portal_notification_v1_GetNotificationChannelsRequest, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  
  /**
   * The caller's own: back to the defaults of their role.
   */
  ResetMyNotificationPreferences(argument: _client_portal_notification_v1_ResetMyNotificationPreferencesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  ResetMyNotificationPreferences(argument: _client_portal_notification_v1_ResetMyNotificationPreferencesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  ResetMyNotificationPreferences(argument: _client_portal_notification_v1_ResetMyNotificationPreferencesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  ResetMyNotificationPreferences(argument: _client_portal_notification_v1_ResetMyNotificationPreferencesRequest, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  /**
   * The caller's own: back to the defaults of their role.
   */
  resetMyNotificationPreferences(argument: _client_portal_notification_v1_ResetMyNotificationPreferencesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  resetMyNotificationPreferences(argument: _client_portal_notification_v1_ResetMyNotificationPreferencesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  resetMyNotificationPreferences(argument: _client_portal_notification_v1_ResetMyNotificationPreferencesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  resetMyNotificationPreferences(argument: _client_portal_notification_v1_ResetMyNotificationPreferencesRequest, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Public (no principal): switches off what an unsubscribe link names (idempotent).
   */
  Unsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  Unsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  Unsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  Unsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  /**
   * Public (no principal): switches off what an unsubscribe link names (idempotent).
   */
  unsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  unsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  unsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  unsubscribe(argument: _client_portal_notification_v1_UnsubscribeRequest, callback: grpc.requestCallback<_client_portal_notification_v1_UnsubscribeView__Output>): grpc.ClientUnaryCall;
  
  /**
   * The caller's own: replaces their choices for the kinds listed. Refused naming the field
   * (preferences[i].kind|email|sms) for an unknown kind, an essential kind's e-mail off, SMS the
   * tenant does not offer; FAILED_PRECONDITION when changed since expected_version was read.
   */
  UpdateMyNotificationPreferences(argument: _client_portal_notification_v1_UpdateMyNotificationPreferencesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  UpdateMyNotificationPreferences(argument: _client_portal_notification_v1_UpdateMyNotificationPreferencesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  UpdateMyNotificationPreferences(argument: _client_portal_notification_v1_UpdateMyNotificationPreferencesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  UpdateMyNotificationPreferences(argument: _client_portal_notification_v1_UpdateMyNotificationPreferencesRequest, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  /**
   * The caller's own: replaces their choices for the kinds listed. Refused naming the field
   * (preferences[i].kind|email|sms) for an unknown kind, an essential kind's e-mail off, SMS the
   * tenant does not offer; FAILED_PRECONDITION when changed since expected_version was read.
   */
  updateMyNotificationPreferences(argument: _client_portal_notification_v1_UpdateMyNotificationPreferencesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  updateMyNotificationPreferences(argument: _client_portal_notification_v1_UpdateMyNotificationPreferencesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  updateMyNotificationPreferences(argument: _client_portal_notification_v1_UpdateMyNotificationPreferencesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  updateMyNotificationPreferences(argument: _client_portal_notification_v1_UpdateMyNotificationPreferencesRequest, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationPreferencesView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Admins (portal.configure): switches SMS on or off; on only when the deployment has an SMS provider.
   */
  UpdateNotificationChannels(argument: _client_portal_notification_v1_UpdateNotificationChannelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  UpdateNotificationChannels(argument: _client_portal_notification_v1_UpdateNotificationChannelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  UpdateNotificationChannels(argument: _client_portal_notification_v1_UpdateNotificationChannelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  UpdateNotificationChannels(argument: _client_portal_notification_v1_UpdateNotificationChannelsRequest, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  /**
   * Admins (portal.configure): switches SMS on or off; on only when the deployment has an SMS provider.
   */
  updateNotificationChannels(argument: _client_portal_notification_v1_UpdateNotificationChannelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  updateNotificationChannels(argument: _client_portal_notification_v1_UpdateNotificationChannelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  updateNotificationChannels(argument: _client_portal_notification_v1_UpdateNotificationChannelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  updateNotificationChannels(argument: _client_portal_notification_v1_UpdateNotificationChannelsRequest, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationChannelsView__Output>): grpc.ClientUnaryCall;
  
}

export interface NotificationPreferenceServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Public (no principal): what an unsubscribe link would switch off. INVALID_ARGUMENT (token) when forged.
   */
  DescribeUnsubscribe: grpc.handleUnaryCall<_client_portal_notification_v1_UnsubscribeRequest__Output, _client_portal_notification_v1_UnsubscribeView>;
  
  /**
   * Staff or client user: the caller's own settings for every kind they can receive (their choices,
   * else the defaults of their role).
   */
  GetMyNotificationPreferences: grpc.handleUnaryCall<_client_portal_notification_v1_GetMyNotificationPreferencesRequest__Output, _client_portal_notification_v1_NotificationPreferencesView>;
  
  /**
   * Staff (any role): the tenant's channels.
   */
  GetNotificationChannels: grpc.handleUnaryCall<_client_portal_notification_v1_GetNotificationChannelsRequest__Output, _client_portal_notification_v1_NotificationChannelsView>;
  
  /**
   * The caller's own: back to the defaults of their role.
   */
  ResetMyNotificationPreferences: grpc.handleUnaryCall<_client_portal_notification_v1_ResetMyNotificationPreferencesRequest__Output, _client_portal_notification_v1_NotificationPreferencesView>;
  
  /**
   * Public (no principal): switches off what an unsubscribe link names (idempotent).
   */
  Unsubscribe: grpc.handleUnaryCall<_client_portal_notification_v1_UnsubscribeRequest__Output, _client_portal_notification_v1_UnsubscribeView>;
  
  /**
   * The caller's own: replaces their choices for the kinds listed. Refused naming the field
   * (preferences[i].kind|email|sms) for an unknown kind, an essential kind's e-mail off, SMS the
   * tenant does not offer; FAILED_PRECONDITION when changed since expected_version was read.
   */
  UpdateMyNotificationPreferences: grpc.handleUnaryCall<_client_portal_notification_v1_UpdateMyNotificationPreferencesRequest__Output, _client_portal_notification_v1_NotificationPreferencesView>;
  
  /**
   * Admins (portal.configure): switches SMS on or off; on only when the deployment has an SMS provider.
   */
  UpdateNotificationChannels: grpc.handleUnaryCall<_client_portal_notification_v1_UpdateNotificationChannelsRequest__Output, _client_portal_notification_v1_NotificationChannelsView>;
  
}

export interface NotificationPreferenceServiceDefinition extends grpc.ServiceDefinition {
  DescribeUnsubscribe: MethodDefinition<_client_portal_notification_v1_UnsubscribeRequest, _client_portal_notification_v1_UnsubscribeView, _client_portal_notification_v1_UnsubscribeRequest__Output, _client_portal_notification_v1_UnsubscribeView__Output>
  GetMyNotificationPreferences: MethodDefinition<_client_portal_notification_v1_GetMyNotificationPreferencesRequest, _client_portal_notification_v1_NotificationPreferencesView, _client_portal_notification_v1_GetMyNotificationPreferencesRequest__Output, _client_portal_notification_v1_NotificationPreferencesView__Output>
  GetNotificationChannels: MethodDefinition<_client_portal_notification_v1_GetNotificationChannelsRequest, _client_portal_notification_v1_NotificationChannelsView, _client_portal_notification_v1_GetNotificationChannelsRequest__Output, _client_portal_notification_v1_NotificationChannelsView__Output>
  ResetMyNotificationPreferences: MethodDefinition<_client_portal_notification_v1_ResetMyNotificationPreferencesRequest, _client_portal_notification_v1_NotificationPreferencesView, _client_portal_notification_v1_ResetMyNotificationPreferencesRequest__Output, _client_portal_notification_v1_NotificationPreferencesView__Output>
  Unsubscribe: MethodDefinition<_client_portal_notification_v1_UnsubscribeRequest, _client_portal_notification_v1_UnsubscribeView, _client_portal_notification_v1_UnsubscribeRequest__Output, _client_portal_notification_v1_UnsubscribeView__Output>
  UpdateMyNotificationPreferences: MethodDefinition<_client_portal_notification_v1_UpdateMyNotificationPreferencesRequest, _client_portal_notification_v1_NotificationPreferencesView, _client_portal_notification_v1_UpdateMyNotificationPreferencesRequest__Output, _client_portal_notification_v1_NotificationPreferencesView__Output>
  UpdateNotificationChannels: MethodDefinition<_client_portal_notification_v1_UpdateNotificationChannelsRequest, _client_portal_notification_v1_NotificationChannelsView, _client_portal_notification_v1_UpdateNotificationChannelsRequest__Output, _client_portal_notification_v1_NotificationChannelsView__Output>
}
