import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';
import type { CountUnreadInboxNotificationsRequest as _client_portal_notification_v1_CountUnreadInboxNotificationsRequest, CountUnreadInboxNotificationsRequest__Output as _client_portal_notification_v1_CountUnreadInboxNotificationsRequest__Output } from './client_portal/notification/v1/CountUnreadInboxNotificationsRequest.js';
import type { CountUnreadInboxNotificationsResponse as _client_portal_notification_v1_CountUnreadInboxNotificationsResponse, CountUnreadInboxNotificationsResponse__Output as _client_portal_notification_v1_CountUnreadInboxNotificationsResponse__Output } from './client_portal/notification/v1/CountUnreadInboxNotificationsResponse.js';
import type { InboxNotification as _client_portal_notification_v1_InboxNotification, InboxNotification__Output as _client_portal_notification_v1_InboxNotification__Output } from './client_portal/notification/v1/InboxNotification.js';
import type { InboxServiceClient as _client_portal_notification_v1_InboxServiceClient, InboxServiceDefinition as _client_portal_notification_v1_InboxServiceDefinition } from './client_portal/notification/v1/InboxService.js';
import type { ListInboxNotificationsRequest as _client_portal_notification_v1_ListInboxNotificationsRequest, ListInboxNotificationsRequest__Output as _client_portal_notification_v1_ListInboxNotificationsRequest__Output } from './client_portal/notification/v1/ListInboxNotificationsRequest.js';
import type { ListInboxNotificationsResponse as _client_portal_notification_v1_ListInboxNotificationsResponse, ListInboxNotificationsResponse__Output as _client_portal_notification_v1_ListInboxNotificationsResponse__Output } from './client_portal/notification/v1/ListInboxNotificationsResponse.js';
import type { MarkAllInboxNotificationsReadRequest as _client_portal_notification_v1_MarkAllInboxNotificationsReadRequest, MarkAllInboxNotificationsReadRequest__Output as _client_portal_notification_v1_MarkAllInboxNotificationsReadRequest__Output } from './client_portal/notification/v1/MarkAllInboxNotificationsReadRequest.js';
import type { MarkAllInboxNotificationsReadResponse as _client_portal_notification_v1_MarkAllInboxNotificationsReadResponse, MarkAllInboxNotificationsReadResponse__Output as _client_portal_notification_v1_MarkAllInboxNotificationsReadResponse__Output } from './client_portal/notification/v1/MarkAllInboxNotificationsReadResponse.js';
import type { MarkInboxNotificationReadRequest as _client_portal_notification_v1_MarkInboxNotificationReadRequest, MarkInboxNotificationReadRequest__Output as _client_portal_notification_v1_MarkInboxNotificationReadRequest__Output } from './client_portal/notification/v1/MarkInboxNotificationReadRequest.js';
import type { MarkInboxNotificationReadResponse as _client_portal_notification_v1_MarkInboxNotificationReadResponse, MarkInboxNotificationReadResponse__Output as _client_portal_notification_v1_MarkInboxNotificationReadResponse__Output } from './client_portal/notification/v1/MarkInboxNotificationReadResponse.js';

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
        CountUnreadInboxNotificationsRequest: MessageTypeDefinition<_client_portal_notification_v1_CountUnreadInboxNotificationsRequest, _client_portal_notification_v1_CountUnreadInboxNotificationsRequest__Output>
        CountUnreadInboxNotificationsResponse: MessageTypeDefinition<_client_portal_notification_v1_CountUnreadInboxNotificationsResponse, _client_portal_notification_v1_CountUnreadInboxNotificationsResponse__Output>
        InboxNotification: MessageTypeDefinition<_client_portal_notification_v1_InboxNotification, _client_portal_notification_v1_InboxNotification__Output>
        InboxService: SubtypeConstructor<typeof grpc.Client, _client_portal_notification_v1_InboxServiceClient> & { service: _client_portal_notification_v1_InboxServiceDefinition }
        ListInboxNotificationsRequest: MessageTypeDefinition<_client_portal_notification_v1_ListInboxNotificationsRequest, _client_portal_notification_v1_ListInboxNotificationsRequest__Output>
        ListInboxNotificationsResponse: MessageTypeDefinition<_client_portal_notification_v1_ListInboxNotificationsResponse, _client_portal_notification_v1_ListInboxNotificationsResponse__Output>
        MarkAllInboxNotificationsReadRequest: MessageTypeDefinition<_client_portal_notification_v1_MarkAllInboxNotificationsReadRequest, _client_portal_notification_v1_MarkAllInboxNotificationsReadRequest__Output>
        MarkAllInboxNotificationsReadResponse: MessageTypeDefinition<_client_portal_notification_v1_MarkAllInboxNotificationsReadResponse, _client_portal_notification_v1_MarkAllInboxNotificationsReadResponse__Output>
        MarkInboxNotificationReadRequest: MessageTypeDefinition<_client_portal_notification_v1_MarkInboxNotificationReadRequest, _client_portal_notification_v1_MarkInboxNotificationReadRequest__Output>
        MarkInboxNotificationReadResponse: MessageTypeDefinition<_client_portal_notification_v1_MarkInboxNotificationReadResponse, _client_portal_notification_v1_MarkInboxNotificationReadResponse__Output>
      }
    }
  }
}

