// Original file: proto/portal/v1/files.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { FileSummaryList as _client_portal_portal_v1_FileSummaryList, FileSummaryList__Output as _client_portal_portal_v1_FileSummaryList__Output } from '../../../client_portal/portal/v1/FileSummaryList.js';
import type { ListRecentlySharedRequest as _client_portal_portal_v1_ListRecentlySharedRequest, ListRecentlySharedRequest__Output as _client_portal_portal_v1_ListRecentlySharedRequest__Output } from '../../../client_portal/portal/v1/ListRecentlySharedRequest.js';

export interface FileServiceClient extends grpc.Client {
  /**
   * Files shared with the caller most recently across the workspaces they may see (client users:
   * client-visible files only), newest first. Feeds the client home.
   */
  ListRecentlyShared(argument: _client_portal_portal_v1_ListRecentlySharedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileSummaryList__Output>): grpc.ClientUnaryCall;
  ListRecentlyShared(argument: _client_portal_portal_v1_ListRecentlySharedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_FileSummaryList__Output>): grpc.ClientUnaryCall;
  ListRecentlyShared(argument: _client_portal_portal_v1_ListRecentlySharedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileSummaryList__Output>): grpc.ClientUnaryCall;
  ListRecentlyShared(argument: _client_portal_portal_v1_ListRecentlySharedRequest, callback: grpc.requestCallback<_client_portal_portal_v1_FileSummaryList__Output>): grpc.ClientUnaryCall;
  /**
   * Files shared with the caller most recently across the workspaces they may see (client users:
   * client-visible files only), newest first. Feeds the client home.
   */
  listRecentlyShared(argument: _client_portal_portal_v1_ListRecentlySharedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileSummaryList__Output>): grpc.ClientUnaryCall;
  listRecentlyShared(argument: _client_portal_portal_v1_ListRecentlySharedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_FileSummaryList__Output>): grpc.ClientUnaryCall;
  listRecentlyShared(argument: _client_portal_portal_v1_ListRecentlySharedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileSummaryList__Output>): grpc.ClientUnaryCall;
  listRecentlyShared(argument: _client_portal_portal_v1_ListRecentlySharedRequest, callback: grpc.requestCallback<_client_portal_portal_v1_FileSummaryList__Output>): grpc.ClientUnaryCall;
  
}

export interface FileServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Files shared with the caller most recently across the workspaces they may see (client users:
   * client-visible files only), newest first. Feeds the client home.
   */
  ListRecentlyShared: grpc.handleUnaryCall<_client_portal_portal_v1_ListRecentlySharedRequest__Output, _client_portal_portal_v1_FileSummaryList>;
  
}

export interface FileServiceDefinition extends grpc.ServiceDefinition {
  ListRecentlyShared: MethodDefinition<_client_portal_portal_v1_ListRecentlySharedRequest, _client_portal_portal_v1_FileSummaryList, _client_portal_portal_v1_ListRecentlySharedRequest__Output, _client_portal_portal_v1_FileSummaryList__Output>
}
