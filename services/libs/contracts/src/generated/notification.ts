import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';
import type { ListNotificationsRequest as _client_portal_notification_v1_ListNotificationsRequest, ListNotificationsRequest__Output as _client_portal_notification_v1_ListNotificationsRequest__Output } from './client_portal/notification/v1/ListNotificationsRequest.js';
import type { ListNotificationsResponse as _client_portal_notification_v1_ListNotificationsResponse, ListNotificationsResponse__Output as _client_portal_notification_v1_ListNotificationsResponse__Output } from './client_portal/notification/v1/ListNotificationsResponse.js';
import type { Notification as _client_portal_notification_v1_Notification, Notification__Output as _client_portal_notification_v1_Notification__Output } from './client_portal/notification/v1/Notification.js';
import type { NotificationServiceClient as _client_portal_notification_v1_NotificationServiceClient, NotificationServiceDefinition as _client_portal_notification_v1_NotificationServiceDefinition } from './client_portal/notification/v1/NotificationService.js';
import type { RetryNotificationRequest as _client_portal_notification_v1_RetryNotificationRequest, RetryNotificationRequest__Output as _client_portal_notification_v1_RetryNotificationRequest__Output } from './client_portal/notification/v1/RetryNotificationRequest.js';
import type { RetryNotificationResponse as _client_portal_notification_v1_RetryNotificationResponse, RetryNotificationResponse__Output as _client_portal_notification_v1_RetryNotificationResponse__Output } from './client_portal/notification/v1/RetryNotificationResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    common: {
      v1: {
        Money: MessageTypeDefinition<_client_portal_common_v1_Money, _client_portal_common_v1_Money__Output>
        PageInfo: MessageTypeDefinition<_client_portal_common_v1_PageInfo, _client_portal_common_v1_PageInfo__Output>
        PageRequest: MessageTypeDefinition<_client_portal_common_v1_PageRequest, _client_portal_common_v1_PageRequest__Output>
        Principal: MessageTypeDefinition<_client_portal_common_v1_Principal, _client_portal_common_v1_Principal__Output>
        WorkspaceAccess: MessageTypeDefinition<_client_portal_common_v1_WorkspaceAccess, _client_portal_common_v1_WorkspaceAccess__Output>
      }
    }
    notification: {
      v1: {
        ListNotificationsRequest: MessageTypeDefinition<_client_portal_notification_v1_ListNotificationsRequest, _client_portal_notification_v1_ListNotificationsRequest__Output>
        ListNotificationsResponse: MessageTypeDefinition<_client_portal_notification_v1_ListNotificationsResponse, _client_portal_notification_v1_ListNotificationsResponse__Output>
        Notification: MessageTypeDefinition<_client_portal_notification_v1_Notification, _client_portal_notification_v1_Notification__Output>
        NotificationService: SubtypeConstructor<typeof grpc.Client, _client_portal_notification_v1_NotificationServiceClient> & { service: _client_portal_notification_v1_NotificationServiceDefinition }
        RetryNotificationRequest: MessageTypeDefinition<_client_portal_notification_v1_RetryNotificationRequest, _client_portal_notification_v1_RetryNotificationRequest__Output>
        RetryNotificationResponse: MessageTypeDefinition<_client_portal_notification_v1_RetryNotificationResponse, _client_portal_notification_v1_RetryNotificationResponse__Output>
      }
    }
  }
}

