// Original file: proto/notification/v1/templates.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListNotificationTemplatesRequest as _client_portal_notification_v1_ListNotificationTemplatesRequest, ListNotificationTemplatesRequest__Output as _client_portal_notification_v1_ListNotificationTemplatesRequest__Output } from '../../../client_portal/notification/v1/ListNotificationTemplatesRequest.js';
import type { ListNotificationTemplatesResponse as _client_portal_notification_v1_ListNotificationTemplatesResponse, ListNotificationTemplatesResponse__Output as _client_portal_notification_v1_ListNotificationTemplatesResponse__Output } from '../../../client_portal/notification/v1/ListNotificationTemplatesResponse.js';
import type { NotificationTemplatePreview as _client_portal_notification_v1_NotificationTemplatePreview, NotificationTemplatePreview__Output as _client_portal_notification_v1_NotificationTemplatePreview__Output } from '../../../client_portal/notification/v1/NotificationTemplatePreview.js';
import type { PreviewNotificationTemplateRequest as _client_portal_notification_v1_PreviewNotificationTemplateRequest, PreviewNotificationTemplateRequest__Output as _client_portal_notification_v1_PreviewNotificationTemplateRequest__Output } from '../../../client_portal/notification/v1/PreviewNotificationTemplateRequest.js';

export interface NotificationTemplateServiceClient extends grpc.Client {
  /**
   * Staff of any role: every template, who it speaks to and which channels it has.
   */
  ListNotificationTemplates(argument: _client_portal_notification_v1_ListNotificationTemplatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationTemplatesResponse__Output>): grpc.ClientUnaryCall;
  ListNotificationTemplates(argument: _client_portal_notification_v1_ListNotificationTemplatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationTemplatesResponse__Output>): grpc.ClientUnaryCall;
  ListNotificationTemplates(argument: _client_portal_notification_v1_ListNotificationTemplatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationTemplatesResponse__Output>): grpc.ClientUnaryCall;
  ListNotificationTemplates(argument: _client_portal_notification_v1_ListNotificationTemplatesRequest, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationTemplatesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff of any role: every template, who it speaks to and which channels it has.
   */
  listNotificationTemplates(argument: _client_portal_notification_v1_ListNotificationTemplatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationTemplatesResponse__Output>): grpc.ClientUnaryCall;
  listNotificationTemplates(argument: _client_portal_notification_v1_ListNotificationTemplatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationTemplatesResponse__Output>): grpc.ClientUnaryCall;
  listNotificationTemplates(argument: _client_portal_notification_v1_ListNotificationTemplatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationTemplatesResponse__Output>): grpc.ClientUnaryCall;
  listNotificationTemplates(argument: _client_portal_notification_v1_ListNotificationTemplatesRequest, callback: grpc.requestCallback<_client_portal_notification_v1_ListNotificationTemplatesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff of any role: one template rendered with sample data in a language (empty: the tenant's
   * default), dressed as the tenant's e-mails are. Unknown template: NOT_FOUND; unknown language:
   * INVALID_ARGUMENT naming `language`.
   */
  PreviewNotificationTemplate(argument: _client_portal_notification_v1_PreviewNotificationTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationTemplatePreview__Output>): grpc.ClientUnaryCall;
  PreviewNotificationTemplate(argument: _client_portal_notification_v1_PreviewNotificationTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationTemplatePreview__Output>): grpc.ClientUnaryCall;
  PreviewNotificationTemplate(argument: _client_portal_notification_v1_PreviewNotificationTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationTemplatePreview__Output>): grpc.ClientUnaryCall;
  PreviewNotificationTemplate(argument: _client_portal_notification_v1_PreviewNotificationTemplateRequest, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationTemplatePreview__Output>): grpc.ClientUnaryCall;
  /**
   * Staff of any role: one template rendered with sample data in a language (empty: the tenant's
   * default), dressed as the tenant's e-mails are. Unknown template: NOT_FOUND; unknown language:
   * INVALID_ARGUMENT naming `language`.
   */
  previewNotificationTemplate(argument: _client_portal_notification_v1_PreviewNotificationTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationTemplatePreview__Output>): grpc.ClientUnaryCall;
  previewNotificationTemplate(argument: _client_portal_notification_v1_PreviewNotificationTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationTemplatePreview__Output>): grpc.ClientUnaryCall;
  previewNotificationTemplate(argument: _client_portal_notification_v1_PreviewNotificationTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationTemplatePreview__Output>): grpc.ClientUnaryCall;
  previewNotificationTemplate(argument: _client_portal_notification_v1_PreviewNotificationTemplateRequest, callback: grpc.requestCallback<_client_portal_notification_v1_NotificationTemplatePreview__Output>): grpc.ClientUnaryCall;
  
}

export interface NotificationTemplateServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Staff of any role: every template, who it speaks to and which channels it has.
   */
  ListNotificationTemplates: grpc.handleUnaryCall<_client_portal_notification_v1_ListNotificationTemplatesRequest__Output, _client_portal_notification_v1_ListNotificationTemplatesResponse>;
  
  /**
   * Staff of any role: one template rendered with sample data in a language (empty: the tenant's
   * default), dressed as the tenant's e-mails are. Unknown template: NOT_FOUND; unknown language:
   * INVALID_ARGUMENT naming `language`.
   */
  PreviewNotificationTemplate: grpc.handleUnaryCall<_client_portal_notification_v1_PreviewNotificationTemplateRequest__Output, _client_portal_notification_v1_NotificationTemplatePreview>;
  
}

export interface NotificationTemplateServiceDefinition extends grpc.ServiceDefinition {
  ListNotificationTemplates: MethodDefinition<_client_portal_notification_v1_ListNotificationTemplatesRequest, _client_portal_notification_v1_ListNotificationTemplatesResponse, _client_portal_notification_v1_ListNotificationTemplatesRequest__Output, _client_portal_notification_v1_ListNotificationTemplatesResponse__Output>
  PreviewNotificationTemplate: MethodDefinition<_client_portal_notification_v1_PreviewNotificationTemplateRequest, _client_portal_notification_v1_NotificationTemplatePreview, _client_portal_notification_v1_PreviewNotificationTemplateRequest__Output, _client_portal_notification_v1_NotificationTemplatePreview__Output>
}
