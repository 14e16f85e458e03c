import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ConversationServiceClient as _client_portal_messaging_v1_ConversationServiceClient, ConversationServiceDefinition as _client_portal_messaging_v1_ConversationServiceDefinition } from './client_portal/messaging/v1/ConversationService.js';
import type { ConversationsConversation as _client_portal_messaging_v1_ConversationsConversation, ConversationsConversation__Output as _client_portal_messaging_v1_ConversationsConversation__Output } from './client_portal/messaging/v1/ConversationsConversation.js';
import type { ConversationsUnreadCount as _client_portal_messaging_v1_ConversationsUnreadCount, ConversationsUnreadCount__Output as _client_portal_messaging_v1_ConversationsUnreadCount__Output } from './client_portal/messaging/v1/ConversationsUnreadCount.js';
import type { CreateConversationRequest as _client_portal_messaging_v1_CreateConversationRequest, CreateConversationRequest__Output as _client_portal_messaging_v1_CreateConversationRequest__Output } from './client_portal/messaging/v1/CreateConversationRequest.js';
import type { GetConversationRequest as _client_portal_messaging_v1_GetConversationRequest, GetConversationRequest__Output as _client_portal_messaging_v1_GetConversationRequest__Output } from './client_portal/messaging/v1/GetConversationRequest.js';
import type { GetUnreadSummaryRequest as _client_portal_messaging_v1_GetUnreadSummaryRequest, GetUnreadSummaryRequest__Output as _client_portal_messaging_v1_GetUnreadSummaryRequest__Output } from './client_portal/messaging/v1/GetUnreadSummaryRequest.js';
import type { GetUnreadSummaryResponse as _client_portal_messaging_v1_GetUnreadSummaryResponse, GetUnreadSummaryResponse__Output as _client_portal_messaging_v1_GetUnreadSummaryResponse__Output } from './client_portal/messaging/v1/GetUnreadSummaryResponse.js';
import type { ListConversationsRequest as _client_portal_messaging_v1_ListConversationsRequest, ListConversationsRequest__Output as _client_portal_messaging_v1_ListConversationsRequest__Output } from './client_portal/messaging/v1/ListConversationsRequest.js';
import type { ListConversationsResponse as _client_portal_messaging_v1_ListConversationsResponse, ListConversationsResponse__Output as _client_portal_messaging_v1_ListConversationsResponse__Output } from './client_portal/messaging/v1/ListConversationsResponse.js';
import type { MarkConversationReadRequest as _client_portal_messaging_v1_MarkConversationReadRequest, MarkConversationReadRequest__Output as _client_portal_messaging_v1_MarkConversationReadRequest__Output } from './client_portal/messaging/v1/MarkConversationReadRequest.js';
import type { MarkConversationReadResponse as _client_portal_messaging_v1_MarkConversationReadResponse, MarkConversationReadResponse__Output as _client_portal_messaging_v1_MarkConversationReadResponse__Output } from './client_portal/messaging/v1/MarkConversationReadResponse.js';
import type { RenameConversationRequest as _client_portal_messaging_v1_RenameConversationRequest, RenameConversationRequest__Output as _client_portal_messaging_v1_RenameConversationRequest__Output } from './client_portal/messaging/v1/RenameConversationRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    messaging: {
      v1: {
        ConversationService: SubtypeConstructor<typeof grpc.Client, _client_portal_messaging_v1_ConversationServiceClient> & { service: _client_portal_messaging_v1_ConversationServiceDefinition }
        ConversationsConversation: MessageTypeDefinition<_client_portal_messaging_v1_ConversationsConversation, _client_portal_messaging_v1_ConversationsConversation__Output>
        ConversationsUnreadCount: MessageTypeDefinition<_client_portal_messaging_v1_ConversationsUnreadCount, _client_portal_messaging_v1_ConversationsUnreadCount__Output>
        CreateConversationRequest: MessageTypeDefinition<_client_portal_messaging_v1_CreateConversationRequest, _client_portal_messaging_v1_CreateConversationRequest__Output>
        GetConversationRequest: MessageTypeDefinition<_client_portal_messaging_v1_GetConversationRequest, _client_portal_messaging_v1_GetConversationRequest__Output>
        GetUnreadSummaryRequest: MessageTypeDefinition<_client_portal_messaging_v1_GetUnreadSummaryRequest, _client_portal_messaging_v1_GetUnreadSummaryRequest__Output>
        GetUnreadSummaryResponse: MessageTypeDefinition<_client_portal_messaging_v1_GetUnreadSummaryResponse, _client_portal_messaging_v1_GetUnreadSummaryResponse__Output>
        ListConversationsRequest: MessageTypeDefinition<_client_portal_messaging_v1_ListConversationsRequest, _client_portal_messaging_v1_ListConversationsRequest__Output>
        ListConversationsResponse: MessageTypeDefinition<_client_portal_messaging_v1_ListConversationsResponse, _client_portal_messaging_v1_ListConversationsResponse__Output>
        MarkConversationReadRequest: MessageTypeDefinition<_client_portal_messaging_v1_MarkConversationReadRequest, _client_portal_messaging_v1_MarkConversationReadRequest__Output>
        MarkConversationReadResponse: MessageTypeDefinition<_client_portal_messaging_v1_MarkConversationReadResponse, _client_portal_messaging_v1_MarkConversationReadResponse__Output>
        RenameConversationRequest: MessageTypeDefinition<_client_portal_messaging_v1_RenameConversationRequest, _client_portal_messaging_v1_RenameConversationRequest__Output>
      }
    }
  }
}

