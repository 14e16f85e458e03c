import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CommentServiceClient as _client_portal_billing_v1_CommentServiceClient, CommentServiceDefinition as _client_portal_billing_v1_CommentServiceDefinition } from './client_portal/billing/v1/CommentService.js';
import type { DocumentComment as _client_portal_billing_v1_DocumentComment, DocumentComment__Output as _client_portal_billing_v1_DocumentComment__Output } from './client_portal/billing/v1/DocumentComment.js';
import type { DocumentCommentAuthor as _client_portal_billing_v1_DocumentCommentAuthor, DocumentCommentAuthor__Output as _client_portal_billing_v1_DocumentCommentAuthor__Output } from './client_portal/billing/v1/DocumentCommentAuthor.js';
import type { ListDocumentCommentsRequest as _client_portal_billing_v1_ListDocumentCommentsRequest, ListDocumentCommentsRequest__Output as _client_portal_billing_v1_ListDocumentCommentsRequest__Output } from './client_portal/billing/v1/ListDocumentCommentsRequest.js';
import type { ListDocumentCommentsResponse as _client_portal_billing_v1_ListDocumentCommentsResponse, ListDocumentCommentsResponse__Output as _client_portal_billing_v1_ListDocumentCommentsResponse__Output } from './client_portal/billing/v1/ListDocumentCommentsResponse.js';
import type { PostDocumentCommentRequest as _client_portal_billing_v1_PostDocumentCommentRequest, PostDocumentCommentRequest__Output as _client_portal_billing_v1_PostDocumentCommentRequest__Output } from './client_portal/billing/v1/PostDocumentCommentRequest.js';
import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        CommentService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_CommentServiceClient> & { service: _client_portal_billing_v1_CommentServiceDefinition }
        DocumentComment: MessageTypeDefinition<_client_portal_billing_v1_DocumentComment, _client_portal_billing_v1_DocumentComment__Output>
        DocumentCommentAuthor: MessageTypeDefinition<_client_portal_billing_v1_DocumentCommentAuthor, _client_portal_billing_v1_DocumentCommentAuthor__Output>
        ListDocumentCommentsRequest: MessageTypeDefinition<_client_portal_billing_v1_ListDocumentCommentsRequest, _client_portal_billing_v1_ListDocumentCommentsRequest__Output>
        ListDocumentCommentsResponse: MessageTypeDefinition<_client_portal_billing_v1_ListDocumentCommentsResponse, _client_portal_billing_v1_ListDocumentCommentsResponse__Output>
        PostDocumentCommentRequest: MessageTypeDefinition<_client_portal_billing_v1_PostDocumentCommentRequest, _client_portal_billing_v1_PostDocumentCommentRequest__Output>
      }
    }
    common: {
      v1: {
        Money: MessageTypeDefinition<_client_portal_common_v1_Money, _client_portal_common_v1_Money__Output>
        PageInfo: MessageTypeDefinition<_client_portal_common_v1_PageInfo, _client_portal_common_v1_PageInfo__Output>
        PageRequest: MessageTypeDefinition<_client_portal_common_v1_PageRequest, _client_portal_common_v1_PageRequest__Output>
        Principal: MessageTypeDefinition<_client_portal_common_v1_Principal, _client_portal_common_v1_Principal__Output>
        WorkspaceAccess: MessageTypeDefinition<_client_portal_common_v1_WorkspaceAccess, _client_portal_common_v1_WorkspaceAccess__Output>
      }
    }
  }
}

