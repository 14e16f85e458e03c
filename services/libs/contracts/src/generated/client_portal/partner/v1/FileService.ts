// Original file: proto/partner/v1/files.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { FileDownloadUrl as _client_portal_partner_v1_FileDownloadUrl, FileDownloadUrl__Output as _client_portal_partner_v1_FileDownloadUrl__Output } from '../../../client_portal/partner/v1/FileDownloadUrl.js';
import type { GetFileDownloadUrlRequest as _client_portal_partner_v1_GetFileDownloadUrlRequest, GetFileDownloadUrlRequest__Output as _client_portal_partner_v1_GetFileDownloadUrlRequest__Output } from '../../../client_portal/partner/v1/GetFileDownloadUrlRequest.js';
import type { ListFilesRequest as _client_portal_partner_v1_ListFilesRequest, ListFilesRequest__Output as _client_portal_partner_v1_ListFilesRequest__Output } from '../../../client_portal/partner/v1/ListFilesRequest.js';
import type { ListFilesResponse as _client_portal_partner_v1_ListFilesResponse, ListFilesResponse__Output as _client_portal_partner_v1_ListFilesResponse__Output } from '../../../client_portal/partner/v1/ListFilesResponse.js';

/**
 * Files shared in client workspaces: their metadata and a short-lived download link. Files the team
 * keeps internal (not visible to the client) are included with `client_visible` false.
 */
export interface FileServiceClient extends grpc.Client {
  /**
   * Scope: `files:read`. A link valid for 5 minutes that downloads the file without a token.
   */
  GetFileDownloadUrl(argument: _client_portal_partner_v1_GetFileDownloadUrlRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_FileDownloadUrl__Output>): grpc.ClientUnaryCall;
  GetFileDownloadUrl(argument: _client_portal_partner_v1_GetFileDownloadUrlRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_FileDownloadUrl__Output>): grpc.ClientUnaryCall;
  GetFileDownloadUrl(argument: _client_portal_partner_v1_GetFileDownloadUrlRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_FileDownloadUrl__Output>): grpc.ClientUnaryCall;
  GetFileDownloadUrl(argument: _client_portal_partner_v1_GetFileDownloadUrlRequest, callback: grpc.requestCallback<_client_portal_partner_v1_FileDownloadUrl__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `files:read`. A link valid for 5 minutes that downloads the file without a token.
   */
  getFileDownloadUrl(argument: _client_portal_partner_v1_GetFileDownloadUrlRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_FileDownloadUrl__Output>): grpc.ClientUnaryCall;
  getFileDownloadUrl(argument: _client_portal_partner_v1_GetFileDownloadUrlRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_FileDownloadUrl__Output>): grpc.ClientUnaryCall;
  getFileDownloadUrl(argument: _client_portal_partner_v1_GetFileDownloadUrlRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_FileDownloadUrl__Output>): grpc.ClientUnaryCall;
  getFileDownloadUrl(argument: _client_portal_partner_v1_GetFileDownloadUrlRequest, callback: grpc.requestCallback<_client_portal_partner_v1_FileDownloadUrl__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `files:read`. A workspace's files, or every workspace's, oldest change first.
   */
  ListFiles(argument: _client_portal_partner_v1_ListFilesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  ListFiles(argument: _client_portal_partner_v1_ListFilesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  ListFiles(argument: _client_portal_partner_v1_ListFilesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  ListFiles(argument: _client_portal_partner_v1_ListFilesRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `files:read`. A workspace's files, or every workspace's, oldest change first.
   */
  listFiles(argument: _client_portal_partner_v1_ListFilesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  listFiles(argument: _client_portal_partner_v1_ListFilesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  listFiles(argument: _client_portal_partner_v1_ListFilesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  listFiles(argument: _client_portal_partner_v1_ListFilesRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Files shared in client workspaces: their metadata and a short-lived download link. Files the team
 * keeps internal (not visible to the client) are included with `client_visible` false.
 */
export interface FileServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Scope: `files:read`. A link valid for 5 minutes that downloads the file without a token.
   */
  GetFileDownloadUrl: grpc.handleUnaryCall<_client_portal_partner_v1_GetFileDownloadUrlRequest__Output, _client_portal_partner_v1_FileDownloadUrl>;
  
  /**
   * Scope: `files:read`. A workspace's files, or every workspace's, oldest change first.
   */
  ListFiles: grpc.handleUnaryCall<_client_portal_partner_v1_ListFilesRequest__Output, _client_portal_partner_v1_ListFilesResponse>;
  
}

export interface FileServiceDefinition extends grpc.ServiceDefinition {
  GetFileDownloadUrl: MethodDefinition<_client_portal_partner_v1_GetFileDownloadUrlRequest, _client_portal_partner_v1_FileDownloadUrl, _client_portal_partner_v1_GetFileDownloadUrlRequest__Output, _client_portal_partner_v1_FileDownloadUrl__Output>
  ListFiles: MethodDefinition<_client_portal_partner_v1_ListFilesRequest, _client_portal_partner_v1_ListFilesResponse, _client_portal_partner_v1_ListFilesRequest__Output, _client_portal_partner_v1_ListFilesResponse__Output>
}
