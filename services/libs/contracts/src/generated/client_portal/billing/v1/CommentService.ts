// Original file: proto/billing/v1/comments.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { DocumentComment as _client_portal_billing_v1_DocumentComment, DocumentComment__Output as _client_portal_billing_v1_DocumentComment__Output } from '../../../client_portal/billing/v1/DocumentComment.js';
import type { ListDocumentCommentsRequest as _client_portal_billing_v1_ListDocumentCommentsRequest, ListDocumentCommentsRequest__Output as _client_portal_billing_v1_ListDocumentCommentsRequest__Output } from '../../../client_portal/billing/v1/ListDocumentCommentsRequest.js';
import type { ListDocumentCommentsResponse as _client_portal_billing_v1_ListDocumentCommentsResponse, ListDocumentCommentsResponse__Output as _client_portal_billing_v1_ListDocumentCommentsResponse__Output } from '../../../client_portal/billing/v1/ListDocumentCommentsResponse.js';
import type { PostDocumentCommentRequest as _client_portal_billing_v1_PostDocumentCommentRequest, PostDocumentCommentRequest__Output as _client_portal_billing_v1_PostDocumentCommentRequest__Output } from '../../../client_portal/billing/v1/PostDocumentCommentRequest.js';

export interface CommentServiceClient extends grpc.Client {
  /**
   * Oldest first (newest last), paginated.
   */
  ListDocumentComments(argument: _client_portal_billing_v1_ListDocumentCommentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentCommentsResponse__Output>): grpc.ClientUnaryCall;
  ListDocumentComments(argument: _client_portal_billing_v1_ListDocumentCommentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentCommentsResponse__Output>): grpc.ClientUnaryCall;
  ListDocumentComments(argument: _client_portal_billing_v1_ListDocumentCommentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentCommentsResponse__Output>): grpc.ClientUnaryCall;
  ListDocumentComments(argument: _client_portal_billing_v1_ListDocumentCommentsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentCommentsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Oldest first (newest last), paginated.
   */
  listDocumentComments(argument: _client_portal_billing_v1_ListDocumentCommentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentCommentsResponse__Output>): grpc.ClientUnaryCall;
  listDocumentComments(argument: _client_portal_billing_v1_ListDocumentCommentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentCommentsResponse__Output>): grpc.ClientUnaryCall;
  listDocumentComments(argument: _client_portal_billing_v1_ListDocumentCommentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentCommentsResponse__Output>): grpc.ClientUnaryCall;
  listDocumentComments(argument: _client_portal_billing_v1_ListDocumentCommentsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentCommentsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The document's client user (issued documents of their own client) or staff (billing.view).
   */
  PostDocumentComment(argument: _client_portal_billing_v1_PostDocumentCommentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_DocumentComment__Output>): grpc.ClientUnaryCall;
  PostDocumentComment(argument: _client_portal_billing_v1_PostDocumentCommentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_DocumentComment__Output>): grpc.ClientUnaryCall;
  PostDocumentComment(argument: _client_portal_billing_v1_PostDocumentCommentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_DocumentComment__Output>): grpc.ClientUnaryCall;
  PostDocumentComment(argument: _client_portal_billing_v1_PostDocumentCommentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_DocumentComment__Output>): grpc.ClientUnaryCall;
  /**
   * The document's client user (issued documents of their own client) or staff (billing.view).
   */
  postDocumentComment(argument: _client_portal_billing_v1_PostDocumentCommentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_DocumentComment__Output>): grpc.ClientUnaryCall;
  postDocumentComment(argument: _client_portal_billing_v1_PostDocumentCommentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_DocumentComment__Output>): grpc.ClientUnaryCall;
  postDocumentComment(argument: _client_portal_billing_v1_PostDocumentCommentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_DocumentComment__Output>): grpc.ClientUnaryCall;
  postDocumentComment(argument: _client_portal_billing_v1_PostDocumentCommentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_DocumentComment__Output>): grpc.ClientUnaryCall;
  
}

export interface CommentServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Oldest first (newest last), paginated.
   */
  ListDocumentComments: grpc.handleUnaryCall<_client_portal_billing_v1_ListDocumentCommentsRequest__Output, _client_portal_billing_v1_ListDocumentCommentsResponse>;
  
  /**
   * The document's client user (issued documents of their own client) or staff (billing.view).
   */
  PostDocumentComment: grpc.handleUnaryCall<_client_portal_billing_v1_PostDocumentCommentRequest__Output, _client_portal_billing_v1_DocumentComment>;
  
}

export interface CommentServiceDefinition extends grpc.ServiceDefinition {
  ListDocumentComments: MethodDefinition<_client_portal_billing_v1_ListDocumentCommentsRequest, _client_portal_billing_v1_ListDocumentCommentsResponse, _client_portal_billing_v1_ListDocumentCommentsRequest__Output, _client_portal_billing_v1_ListDocumentCommentsResponse__Output>
  PostDocumentComment: MethodDefinition<_client_portal_billing_v1_PostDocumentCommentRequest, _client_portal_billing_v1_DocumentComment, _client_portal_billing_v1_PostDocumentCommentRequest__Output, _client_portal_billing_v1_DocumentComment__Output>
}
