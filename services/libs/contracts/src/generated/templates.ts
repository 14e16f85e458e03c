import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ListNotificationTemplatesRequest as _client_portal_notification_v1_ListNotificationTemplatesRequest, ListNotificationTemplatesRequest__Output as _client_portal_notification_v1_ListNotificationTemplatesRequest__Output } from './client_portal/notification/v1/ListNotificationTemplatesRequest.js';
import type { ListNotificationTemplatesResponse as _client_portal_notification_v1_ListNotificationTemplatesResponse, ListNotificationTemplatesResponse__Output as _client_portal_notification_v1_ListNotificationTemplatesResponse__Output } from './client_portal/notification/v1/ListNotificationTemplatesResponse.js';
import type { NotificationTemplatePreview as _client_portal_notification_v1_NotificationTemplatePreview, NotificationTemplatePreview__Output as _client_portal_notification_v1_NotificationTemplatePreview__Output } from './client_portal/notification/v1/NotificationTemplatePreview.js';
import type { NotificationTemplateServiceClient as _client_portal_notification_v1_NotificationTemplateServiceClient, NotificationTemplateServiceDefinition as _client_portal_notification_v1_NotificationTemplateServiceDefinition } from './client_portal/notification/v1/NotificationTemplateService.js';
import type { NotificationTemplateSummary as _client_portal_notification_v1_NotificationTemplateSummary, NotificationTemplateSummary__Output as _client_portal_notification_v1_NotificationTemplateSummary__Output } from './client_portal/notification/v1/NotificationTemplateSummary.js';
import type { PreviewNotificationTemplateRequest as _client_portal_notification_v1_PreviewNotificationTemplateRequest, PreviewNotificationTemplateRequest__Output as _client_portal_notification_v1_PreviewNotificationTemplateRequest__Output } from './client_portal/notification/v1/PreviewNotificationTemplateRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    notification: {
      v1: {
        ListNotificationTemplatesRequest: MessageTypeDefinition<_client_portal_notification_v1_ListNotificationTemplatesRequest, _client_portal_notification_v1_ListNotificationTemplatesRequest__Output>
        ListNotificationTemplatesResponse: MessageTypeDefinition<_client_portal_notification_v1_ListNotificationTemplatesResponse, _client_portal_notification_v1_ListNotificationTemplatesResponse__Output>
        NotificationTemplatePreview: MessageTypeDefinition<_client_portal_notification_v1_NotificationTemplatePreview, _client_portal_notification_v1_NotificationTemplatePreview__Output>
        NotificationTemplateService: SubtypeConstructor<typeof grpc.Client, _client_portal_notification_v1_NotificationTemplateServiceClient> & { service: _client_portal_notification_v1_NotificationTemplateServiceDefinition }
        NotificationTemplateSummary: MessageTypeDefinition<_client_portal_notification_v1_NotificationTemplateSummary, _client_portal_notification_v1_NotificationTemplateSummary__Output>
        PreviewNotificationTemplateRequest: MessageTypeDefinition<_client_portal_notification_v1_PreviewNotificationTemplateRequest, _client_portal_notification_v1_PreviewNotificationTemplateRequest__Output>
      }
    }
  }
}

