import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';
import type { Author as _client_portal_messaging_v1_Author, Author__Output as _client_portal_messaging_v1_Author__Output } from './client_portal/messaging/v1/Author.js';
import type { ListMessagesRequest as _client_portal_messaging_v1_ListMessagesRequest, ListMessagesRequest__Output as _client_portal_messaging_v1_ListMessagesRequest__Output } from './client_portal/messaging/v1/ListMessagesRequest.js';
import type { ListMessagesResponse as _client_portal_messaging_v1_ListMessagesResponse, ListMessagesResponse__Output as _client_portal_messaging_v1_ListMessagesResponse__Output } from './client_portal/messaging/v1/ListMessagesResponse.js';
import type { ListUnreadRequest as _client_portal_messaging_v1_ListUnreadRequest, ListUnreadRequest__Output as _client_portal_messaging_v1_ListUnreadRequest__Output } from './client_portal/messaging/v1/ListUnreadRequest.js';
import type { ListUnreadResponse as _client_portal_messaging_v1_ListUnreadResponse, ListUnreadResponse__Output as _client_portal_messaging_v1_ListUnreadResponse__Output } from './client_portal/messaging/v1/ListUnreadResponse.js';
import type { MarkReadRequest as _client_portal_messaging_v1_MarkReadRequest, MarkReadRequest__Output as _client_portal_messaging_v1_MarkReadRequest__Output } from './client_portal/messaging/v1/MarkReadRequest.js';
import type { MarkReadResponse as _client_portal_messaging_v1_MarkReadResponse, MarkReadResponse__Output as _client_portal_messaging_v1_MarkReadResponse__Output } from './client_portal/messaging/v1/MarkReadResponse.js';
import type { Message as _client_portal_messaging_v1_Message, Message__Output as _client_portal_messaging_v1_Message__Output } from './client_portal/messaging/v1/Message.js';
import type { MessageAttachment as _client_portal_messaging_v1_MessageAttachment, MessageAttachment__Output as _client_portal_messaging_v1_MessageAttachment__Output } from './client_portal/messaging/v1/MessageAttachment.js';
import type { MessageMention as _client_portal_messaging_v1_MessageMention, MessageMention__Output as _client_portal_messaging_v1_MessageMention__Output } from './client_portal/messaging/v1/MessageMention.js';
import type { MessagingServiceClient as _client_portal_messaging_v1_MessagingServiceClient, MessagingServiceDefinition as _client_portal_messaging_v1_MessagingServiceDefinition } from './client_portal/messaging/v1/MessagingService.js';
import type { PostMessageRequest as _client_portal_messaging_v1_PostMessageRequest, PostMessageRequest__Output as _client_portal_messaging_v1_PostMessageRequest__Output } from './client_portal/messaging/v1/PostMessageRequest.js';
import type { UnreadCount as _client_portal_messaging_v1_UnreadCount, UnreadCount__Output as _client_portal_messaging_v1_UnreadCount__Output } from './client_portal/messaging/v1/UnreadCount.js';

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
    messaging: {
      v1: {
        Author: MessageTypeDefinition<_client_portal_messaging_v1_Author, _client_portal_messaging_v1_Author__Output>
        ListMessagesRequest: MessageTypeDefinition<_client_portal_messaging_v1_ListMessagesRequest, _client_portal_messaging_v1_ListMessagesRequest__Output>
        ListMessagesResponse: MessageTypeDefinition<_client_portal_messaging_v1_ListMessagesResponse, _client_portal_messaging_v1_ListMessagesResponse__Output>
        ListUnreadRequest: MessageTypeDefinition<_client_portal_messaging_v1_ListUnreadRequest, _client_portal_messaging_v1_ListUnreadRequest__Output>
        ListUnreadResponse: MessageTypeDefinition<_client_portal_messaging_v1_ListUnreadResponse, _client_portal_messaging_v1_ListUnreadResponse__Output>
        MarkReadRequest: MessageTypeDefinition<_client_portal_messaging_v1_MarkReadRequest, _client_portal_messaging_v1_MarkReadRequest__Output>
        MarkReadResponse: MessageTypeDefinition<_client_portal_messaging_v1_MarkReadResponse, _client_portal_messaging_v1_MarkReadResponse__Output>
        Message: MessageTypeDefinition<_client_portal_messaging_v1_Message, _client_portal_messaging_v1_Message__Output>
        MessageAttachment: MessageTypeDefinition<_client_portal_messaging_v1_MessageAttachment, _client_portal_messaging_v1_MessageAttachment__Output>
        MessageMention: MessageTypeDefinition<_client_portal_messaging_v1_MessageMention, _client_portal_messaging_v1_MessageMention__Output>
        MessagingService: SubtypeConstructor<typeof grpc.Client, _client_portal_messaging_v1_MessagingServiceClient> & { service: _client_portal_messaging_v1_MessagingServiceDefinition }
        PostMessageRequest: MessageTypeDefinition<_client_portal_messaging_v1_PostMessageRequest, _client_portal_messaging_v1_PostMessageRequest__Output>
        UnreadCount: MessageTypeDefinition<_client_portal_messaging_v1_UnreadCount, _client_portal_messaging_v1_UnreadCount__Output>
      }
    }
  }
}

