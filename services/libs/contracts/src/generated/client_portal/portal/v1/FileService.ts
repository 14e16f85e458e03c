// Original file: proto/portal/v1/files.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CompleteUploadRequest as _client_portal_portal_v1_CompleteUploadRequest, CompleteUploadRequest__Output as _client_portal_portal_v1_CompleteUploadRequest__Output } from '../../../client_portal/portal/v1/CompleteUploadRequest.js';
import type { CreateFolderRequest as _client_portal_portal_v1_CreateFolderRequest, CreateFolderRequest__Output as _client_portal_portal_v1_CreateFolderRequest__Output } from '../../../client_portal/portal/v1/CreateFolderRequest.js';
import type { DeleteFileRequest as _client_portal_portal_v1_DeleteFileRequest, DeleteFileRequest__Output as _client_portal_portal_v1_DeleteFileRequest__Output } from '../../../client_portal/portal/v1/DeleteFileRequest.js';
import type { DeleteFileResponse as _client_portal_portal_v1_DeleteFileResponse, DeleteFileResponse__Output as _client_portal_portal_v1_DeleteFileResponse__Output } from '../../../client_portal/portal/v1/DeleteFileResponse.js';
import type { DeleteFolderRequest as _client_portal_portal_v1_DeleteFolderRequest, DeleteFolderRequest__Output as _client_portal_portal_v1_DeleteFolderRequest__Output } from '../../../client_portal/portal/v1/DeleteFolderRequest.js';
import type { DeleteFolderResponse as _client_portal_portal_v1_DeleteFolderResponse, DeleteFolderResponse__Output as _client_portal_portal_v1_DeleteFolderResponse__Output } from '../../../client_portal/portal/v1/DeleteFolderResponse.js';
import type { FileSummaryList as _client_portal_portal_v1_FileSummaryList, FileSummaryList__Output as _client_portal_portal_v1_FileSummaryList__Output } from '../../../client_portal/portal/v1/FileSummaryList.js';
import type { FileView as _client_portal_portal_v1_FileView, FileView__Output as _client_portal_portal_v1_FileView__Output } from '../../../client_portal/portal/v1/FileView.js';
import type { FolderView as _client_portal_portal_v1_FolderView, FolderView__Output as _client_portal_portal_v1_FolderView__Output } from '../../../client_portal/portal/v1/FolderView.js';
import type { GetDownloadUrlRequest as _client_portal_portal_v1_GetDownloadUrlRequest, GetDownloadUrlRequest__Output as _client_portal_portal_v1_GetDownloadUrlRequest__Output } from '../../../client_portal/portal/v1/GetDownloadUrlRequest.js';
import type { GetDownloadUrlResponse as _client_portal_portal_v1_GetDownloadUrlResponse, GetDownloadUrlResponse__Output as _client_portal_portal_v1_GetDownloadUrlResponse__Output } from '../../../client_portal/portal/v1/GetDownloadUrlResponse.js';
import type { ListFilesByUpdateRequest as _client_portal_portal_v1_ListFilesByUpdateRequest, ListFilesByUpdateRequest__Output as _client_portal_portal_v1_ListFilesByUpdateRequest__Output } from '../../../client_portal/portal/v1/ListFilesByUpdateRequest.js';
import type { ListFilesByUpdateResponse as _client_portal_portal_v1_ListFilesByUpdateResponse, ListFilesByUpdateResponse__Output as _client_portal_portal_v1_ListFilesByUpdateResponse__Output } from '../../../client_portal/portal/v1/ListFilesByUpdateResponse.js';
import type { ListFilesRequest as _client_portal_portal_v1_ListFilesRequest, ListFilesRequest__Output as _client_portal_portal_v1_ListFilesRequest__Output } from '../../../client_portal/portal/v1/ListFilesRequest.js';
import type { ListFilesResponse as _client_portal_portal_v1_ListFilesResponse, ListFilesResponse__Output as _client_portal_portal_v1_ListFilesResponse__Output } from '../../../client_portal/portal/v1/ListFilesResponse.js';
import type { ListRecentlySharedRequest as _client_portal_portal_v1_ListRecentlySharedRequest, ListRecentlySharedRequest__Output as _client_portal_portal_v1_ListRecentlySharedRequest__Output } from '../../../client_portal/portal/v1/ListRecentlySharedRequest.js';
import type { MoveFileRequest as _client_portal_portal_v1_MoveFileRequest, MoveFileRequest__Output as _client_portal_portal_v1_MoveFileRequest__Output } from '../../../client_portal/portal/v1/MoveFileRequest.js';
import type { RenameFileRequest as _client_portal_portal_v1_RenameFileRequest, RenameFileRequest__Output as _client_portal_portal_v1_RenameFileRequest__Output } from '../../../client_portal/portal/v1/RenameFileRequest.js';
import type { RenameFolderRequest as _client_portal_portal_v1_RenameFolderRequest, RenameFolderRequest__Output as _client_portal_portal_v1_RenameFolderRequest__Output } from '../../../client_portal/portal/v1/RenameFolderRequest.js';
import type { RequestUploadRequest as _client_portal_portal_v1_RequestUploadRequest, RequestUploadRequest__Output as _client_portal_portal_v1_RequestUploadRequest__Output } from '../../../client_portal/portal/v1/RequestUploadRequest.js';
import type { RequestUploadResponse as _client_portal_portal_v1_RequestUploadResponse, RequestUploadResponse__Output as _client_portal_portal_v1_RequestUploadResponse__Output } from '../../../client_portal/portal/v1/RequestUploadResponse.js';
import type { SetFileVisibilityRequest as _client_portal_portal_v1_SetFileVisibilityRequest, SetFileVisibilityRequest__Output as _client_portal_portal_v1_SetFileVisibilityRequest__Output } from '../../../client_portal/portal/v1/SetFileVisibilityRequest.js';

export interface FileServiceClient extends grpc.Client {
  /**
   * After the PUT: the stored object is checked (size, sniffed type, blocked types, extension); the file
   * becomes visible, or is refused with the rule and the object deleted.
   */
  CompleteUpload(argument: _client_portal_portal_v1_CompleteUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  CompleteUpload(argument: _client_portal_portal_v1_CompleteUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  CompleteUpload(argument: _client_portal_portal_v1_CompleteUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  CompleteUpload(argument: _client_portal_portal_v1_CompleteUploadRequest, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  /**
   * After the PUT: the stored object is checked (size, sniffed type, blocked types, extension); the file
   * becomes visible, or is refused with the rule and the object deleted.
   */
  completeUpload(argument: _client_portal_portal_v1_CompleteUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  completeUpload(argument: _client_portal_portal_v1_CompleteUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  completeUpload(argument: _client_portal_portal_v1_CompleteUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  completeUpload(argument: _client_portal_portal_v1_CompleteUploadRequest, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (workspaces.share): a folder in a folder of the workspace.
   */
  CreateFolder(argument: _client_portal_portal_v1_CreateFolderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  CreateFolder(argument: _client_portal_portal_v1_CreateFolderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  CreateFolder(argument: _client_portal_portal_v1_CreateFolderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  CreateFolder(argument: _client_portal_portal_v1_CreateFolderRequest, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (workspaces.share): a folder in a folder of the workspace.
   */
  createFolder(argument: _client_portal_portal_v1_CreateFolderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  createFolder(argument: _client_portal_portal_v1_CreateFolderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  createFolder(argument: _client_portal_portal_v1_CreateFolderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  createFolder(argument: _client_portal_portal_v1_CreateFolderRequest, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (workspaces.share): removes the file and its stored object.
   */
  DeleteFile(argument: _client_portal_portal_v1_DeleteFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  DeleteFile(argument: _client_portal_portal_v1_DeleteFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  DeleteFile(argument: _client_portal_portal_v1_DeleteFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  DeleteFile(argument: _client_portal_portal_v1_DeleteFileRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (workspaces.share): removes the file and its stored object.
   */
  deleteFile(argument: _client_portal_portal_v1_DeleteFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  deleteFile(argument: _client_portal_portal_v1_DeleteFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  deleteFile(argument: _client_portal_portal_v1_DeleteFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  deleteFile(argument: _client_portal_portal_v1_DeleteFileRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFileResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * An empty folder only (no file, no sub-folder).
   */
  DeleteFolder(argument: _client_portal_portal_v1_DeleteFolderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFolderResponse__Output>): grpc.ClientUnaryCall;
  DeleteFolder(argument: _client_portal_portal_v1_DeleteFolderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFolderResponse__Output>): grpc.ClientUnaryCall;
  DeleteFolder(argument: _client_portal_portal_v1_DeleteFolderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFolderResponse__Output>): grpc.ClientUnaryCall;
  DeleteFolder(argument: _client_portal_portal_v1_DeleteFolderRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFolderResponse__Output>): grpc.ClientUnaryCall;
  /**
   * An empty folder only (no file, no sub-folder).
   */
  deleteFolder(argument: _client_portal_portal_v1_DeleteFolderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFolderResponse__Output>): grpc.ClientUnaryCall;
  deleteFolder(argument: _client_portal_portal_v1_DeleteFolderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFolderResponse__Output>): grpc.ClientUnaryCall;
  deleteFolder(argument: _client_portal_portal_v1_DeleteFolderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFolderResponse__Output>): grpc.ClientUnaryCall;
  deleteFolder(argument: _client_portal_portal_v1_DeleteFolderRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteFolderResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * A short-lived URL the browser downloads the file from, saved under its name.
   */
  GetDownloadUrl(argument: _client_portal_portal_v1_GetDownloadUrlRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_GetDownloadUrlResponse__Output>): grpc.ClientUnaryCall;
  GetDownloadUrl(argument: _client_portal_portal_v1_GetDownloadUrlRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_GetDownloadUrlResponse__Output>): grpc.ClientUnaryCall;
  GetDownloadUrl(argument: _client_portal_portal_v1_GetDownloadUrlRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_GetDownloadUrlResponse__Output>): grpc.ClientUnaryCall;
  GetDownloadUrl(argument: _client_portal_portal_v1_GetDownloadUrlRequest, callback: grpc.requestCallback<_client_portal_portal_v1_GetDownloadUrlResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A short-lived URL the browser downloads the file from, saved under its name.
   */
  getDownloadUrl(argument: _client_portal_portal_v1_GetDownloadUrlRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_GetDownloadUrlResponse__Output>): grpc.ClientUnaryCall;
  getDownloadUrl(argument: _client_portal_portal_v1_GetDownloadUrlRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_GetDownloadUrlResponse__Output>): grpc.ClientUnaryCall;
  getDownloadUrl(argument: _client_portal_portal_v1_GetDownloadUrlRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_GetDownloadUrlResponse__Output>): grpc.ClientUnaryCall;
  getDownloadUrl(argument: _client_portal_portal_v1_GetDownloadUrlRequest, callback: grpc.requestCallback<_client_portal_portal_v1_GetDownloadUrlResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * One folder of a workspace (empty folder_id: the top): its sub-folders, its files (a page, newest
   * first) and the path from the top. Client users see client-visible folders and files only.
   */
  ListFiles(argument: _client_portal_portal_v1_ListFilesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  ListFiles(argument: _client_portal_portal_v1_ListFilesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  ListFiles(argument: _client_portal_portal_v1_ListFilesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  ListFiles(argument: _client_portal_portal_v1_ListFilesRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * One folder of a workspace (empty folder_id: the top): its sub-folders, its files (a page, newest
   * first) and the path from the top. Client users see client-visible folders and files only.
   */
  listFiles(argument: _client_portal_portal_v1_ListFilesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  listFiles(argument: _client_portal_portal_v1_ListFilesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  listFiles(argument: _client_portal_portal_v1_ListFilesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  listFiles(argument: _client_portal_portal_v1_ListFilesRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (workspaces.view): the ready files of one workspace or of every workspace of the tenant, in
   * the sync order (updated_at, id) ascending, paged; updated_since keeps those changed at or after it.
   */
  ListFilesByUpdate(argument: _client_portal_portal_v1_ListFilesByUpdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesByUpdateResponse__Output>): grpc.ClientUnaryCall;
  ListFilesByUpdate(argument: _client_portal_portal_v1_ListFilesByUpdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesByUpdateResponse__Output>): grpc.ClientUnaryCall;
  ListFilesByUpdate(argument: _client_portal_portal_v1_ListFilesByUpdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesByUpdateResponse__Output>): grpc.ClientUnaryCall;
  ListFilesByUpdate(argument: _client_portal_portal_v1_ListFilesByUpdateRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesByUpdateResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (workspaces.view): the ready files of one workspace or of every workspace of the tenant, in
   * the sync order (updated_at, id) ascending, paged; updated_since keeps those changed at or after it.
   */
  listFilesByUpdate(argument: _client_portal_portal_v1_ListFilesByUpdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesByUpdateResponse__Output>): grpc.ClientUnaryCall;
  listFilesByUpdate(argument: _client_portal_portal_v1_ListFilesByUpdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesByUpdateResponse__Output>): grpc.ClientUnaryCall;
  listFilesByUpdate(argument: _client_portal_portal_v1_ListFilesByUpdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesByUpdateResponse__Output>): grpc.ClientUnaryCall;
  listFilesByUpdate(argument: _client_portal_portal_v1_ListFilesByUpdateRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ListFilesByUpdateResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  MoveFile(argument: _client_portal_portal_v1_MoveFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  MoveFile(argument: _client_portal_portal_v1_MoveFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  MoveFile(argument: _client_portal_portal_v1_MoveFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  MoveFile(argument: _client_portal_portal_v1_MoveFileRequest, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  moveFile(argument: _client_portal_portal_v1_MoveFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  moveFile(argument: _client_portal_portal_v1_MoveFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  moveFile(argument: _client_portal_portal_v1_MoveFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  moveFile(argument: _client_portal_portal_v1_MoveFileRequest, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (workspaces.share).
   */
  RenameFile(argument: _client_portal_portal_v1_RenameFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  RenameFile(argument: _client_portal_portal_v1_RenameFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  RenameFile(argument: _client_portal_portal_v1_RenameFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  RenameFile(argument: _client_portal_portal_v1_RenameFileRequest, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (workspaces.share).
   */
  renameFile(argument: _client_portal_portal_v1_RenameFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  renameFile(argument: _client_portal_portal_v1_RenameFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  renameFile(argument: _client_portal_portal_v1_RenameFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  renameFile(argument: _client_portal_portal_v1_RenameFileRequest, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  
  RenameFolder(argument: _client_portal_portal_v1_RenameFolderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  RenameFolder(argument: _client_portal_portal_v1_RenameFolderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  RenameFolder(argument: _client_portal_portal_v1_RenameFolderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  RenameFolder(argument: _client_portal_portal_v1_RenameFolderRequest, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  renameFolder(argument: _client_portal_portal_v1_RenameFolderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  renameFolder(argument: _client_portal_portal_v1_RenameFolderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  renameFolder(argument: _client_portal_portal_v1_RenameFolderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  renameFolder(argument: _client_portal_portal_v1_RenameFolderRequest, callback: grpc.requestCallback<_client_portal_portal_v1_FolderView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (workspaces.share) or a client user with the "upload" right: records a pending upload and
   * answers where to PUT the bytes. A size over the tenant's limit is refused before anything is sent.
   */
  RequestUpload(argument: _client_portal_portal_v1_RequestUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_RequestUploadResponse__Output>): grpc.ClientUnaryCall;
  RequestUpload(argument: _client_portal_portal_v1_RequestUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_RequestUploadResponse__Output>): grpc.ClientUnaryCall;
  RequestUpload(argument: _client_portal_portal_v1_RequestUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_RequestUploadResponse__Output>): grpc.ClientUnaryCall;
  RequestUpload(argument: _client_portal_portal_v1_RequestUploadRequest, callback: grpc.requestCallback<_client_portal_portal_v1_RequestUploadResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (workspaces.share) or a client user with the "upload" right: records a pending upload and
   * answers where to PUT the bytes. A size over the tenant's limit is refused before anything is sent.
   */
  requestUpload(argument: _client_portal_portal_v1_RequestUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_RequestUploadResponse__Output>): grpc.ClientUnaryCall;
  requestUpload(argument: _client_portal_portal_v1_RequestUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_RequestUploadResponse__Output>): grpc.ClientUnaryCall;
  requestUpload(argument: _client_portal_portal_v1_RequestUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_RequestUploadResponse__Output>): grpc.ClientUnaryCall;
  requestUpload(argument: _client_portal_portal_v1_RequestUploadRequest, callback: grpc.requestCallback<_client_portal_portal_v1_RequestUploadResponse__Output>): grpc.ClientUnaryCall;
  
  SetFileVisibility(argument: _client_portal_portal_v1_SetFileVisibilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  SetFileVisibility(argument: _client_portal_portal_v1_SetFileVisibilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  SetFileVisibility(argument: _client_portal_portal_v1_SetFileVisibilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  SetFileVisibility(argument: _client_portal_portal_v1_SetFileVisibilityRequest, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  setFileVisibility(argument: _client_portal_portal_v1_SetFileVisibilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  setFileVisibility(argument: _client_portal_portal_v1_SetFileVisibilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  setFileVisibility(argument: _client_portal_portal_v1_SetFileVisibilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  setFileVisibility(argument: _client_portal_portal_v1_SetFileVisibilityRequest, callback: grpc.requestCallback<_client_portal_portal_v1_FileView__Output>): grpc.ClientUnaryCall;
  
}

export interface FileServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * After the PUT: the stored object is checked (size, sniffed type, blocked types, extension); the file
   * becomes visible, or is refused with the rule and the object deleted.
   */
  CompleteUpload: grpc.handleUnaryCall<_client_portal_portal_v1_CompleteUploadRequest__Output, _client_portal_portal_v1_FileView>;
  
  /**
   * Staff (workspaces.share): a folder in a folder of the workspace.
   */
  CreateFolder: grpc.handleUnaryCall<_client_portal_portal_v1_CreateFolderRequest__Output, _client_portal_portal_v1_FolderView>;
  
  /**
   * Staff (workspaces.share): removes the file and its stored object.
   */
  DeleteFile: grpc.handleUnaryCall<_client_portal_portal_v1_DeleteFileRequest__Output, _client_portal_portal_v1_DeleteFileResponse>;
  
  /**
   * An empty folder only (no file, no sub-folder).
   */
  DeleteFolder: grpc.handleUnaryCall<_client_portal_portal_v1_DeleteFolderRequest__Output, _client_portal_portal_v1_DeleteFolderResponse>;
  
  /**
   * A short-lived URL the browser downloads the file from, saved under its name.
   */
  GetDownloadUrl: grpc.handleUnaryCall<_client_portal_portal_v1_GetDownloadUrlRequest__Output, _client_portal_portal_v1_GetDownloadUrlResponse>;
  
  /**
   * One folder of a workspace (empty folder_id: the top): its sub-folders, its files (a page, newest
   * first) and the path from the top. Client users see client-visible folders and files only.
   */
  ListFiles: grpc.handleUnaryCall<_client_portal_portal_v1_ListFilesRequest__Output, _client_portal_portal_v1_ListFilesResponse>;
  
  /**
   * Staff (workspaces.view): the ready files of one workspace or of every workspace of the tenant, in
   * the sync order (updated_at, id) ascending, paged; updated_since keeps those changed at or after it.
   */
  ListFilesByUpdate: grpc.handleUnaryCall<_client_portal_portal_v1_ListFilesByUpdateRequest__Output, _client_portal_portal_v1_ListFilesByUpdateResponse>;
  
  /**
   * Files shared with the caller most recently across the workspaces they may see (client users:
   * client-visible files only), newest first. Feeds the client home.
   */
  ListRecentlyShared: grpc.handleUnaryCall<_client_portal_portal_v1_ListRecentlySharedRequest__Output, _client_portal_portal_v1_FileSummaryList>;
  
  MoveFile: grpc.handleUnaryCall<_client_portal_portal_v1_MoveFileRequest__Output, _client_portal_portal_v1_FileView>;
  
  /**
   * Staff (workspaces.share).
   */
  RenameFile: grpc.handleUnaryCall<_client_portal_portal_v1_RenameFileRequest__Output, _client_portal_portal_v1_FileView>;
  
  RenameFolder: grpc.handleUnaryCall<_client_portal_portal_v1_RenameFolderRequest__Output, _client_portal_portal_v1_FolderView>;
  
  /**
   * Staff (workspaces.share) or a client user with the "upload" right: records a pending upload and
   * answers where to PUT the bytes. A size over the tenant's limit is refused before anything is sent.
   */
  RequestUpload: grpc.handleUnaryCall<_client_portal_portal_v1_RequestUploadRequest__Output, _client_portal_portal_v1_RequestUploadResponse>;
  
  SetFileVisibility: grpc.handleUnaryCall<_client_portal_portal_v1_SetFileVisibilityRequest__Output, _client_portal_portal_v1_FileView>;
  
}

export interface FileServiceDefinition extends grpc.ServiceDefinition {
  CompleteUpload: MethodDefinition<_client_portal_portal_v1_CompleteUploadRequest, _client_portal_portal_v1_FileView, _client_portal_portal_v1_CompleteUploadRequest__Output, _client_portal_portal_v1_FileView__Output>
  CreateFolder: MethodDefinition<_client_portal_portal_v1_CreateFolderRequest, _client_portal_portal_v1_FolderView, _client_portal_portal_v1_CreateFolderRequest__Output, _client_portal_portal_v1_FolderView__Output>
  DeleteFile: MethodDefinition<_client_portal_portal_v1_DeleteFileRequest, _client_portal_portal_v1_DeleteFileResponse, _client_portal_portal_v1_DeleteFileRequest__Output, _client_portal_portal_v1_DeleteFileResponse__Output>
  DeleteFolder: MethodDefinition<_client_portal_portal_v1_DeleteFolderRequest, _client_portal_portal_v1_DeleteFolderResponse, _client_portal_portal_v1_DeleteFolderRequest__Output, _client_portal_portal_v1_DeleteFolderResponse__Output>
  GetDownloadUrl: MethodDefinition<_client_portal_portal_v1_GetDownloadUrlRequest, _client_portal_portal_v1_GetDownloadUrlResponse, _client_portal_portal_v1_GetDownloadUrlRequest__Output, _client_portal_portal_v1_GetDownloadUrlResponse__Output>
  ListFiles: MethodDefinition<_client_portal_portal_v1_ListFilesRequest, _client_portal_portal_v1_ListFilesResponse, _client_portal_portal_v1_ListFilesRequest__Output, _client_portal_portal_v1_ListFilesResponse__Output>
  ListFilesByUpdate: MethodDefinition<_client_portal_portal_v1_ListFilesByUpdateRequest, _client_portal_portal_v1_ListFilesByUpdateResponse, _client_portal_portal_v1_ListFilesByUpdateRequest__Output, _client_portal_portal_v1_ListFilesByUpdateResponse__Output>
  ListRecentlyShared: MethodDefinition<_client_portal_portal_v1_ListRecentlySharedRequest, _client_portal_portal_v1_FileSummaryList, _client_portal_portal_v1_ListRecentlySharedRequest__Output, _client_portal_portal_v1_FileSummaryList__Output>
  MoveFile: MethodDefinition<_client_portal_portal_v1_MoveFileRequest, _client_portal_portal_v1_FileView, _client_portal_portal_v1_MoveFileRequest__Output, _client_portal_portal_v1_FileView__Output>
  RenameFile: MethodDefinition<_client_portal_portal_v1_RenameFileRequest, _client_portal_portal_v1_FileView, _client_portal_portal_v1_RenameFileRequest__Output, _client_portal_portal_v1_FileView__Output>
  RenameFolder: MethodDefinition<_client_portal_portal_v1_RenameFolderRequest, _client_portal_portal_v1_FolderView, _client_portal_portal_v1_RenameFolderRequest__Output, _client_portal_portal_v1_FolderView__Output>
  RequestUpload: MethodDefinition<_client_portal_portal_v1_RequestUploadRequest, _client_portal_portal_v1_RequestUploadResponse, _client_portal_portal_v1_RequestUploadRequest__Output, _client_portal_portal_v1_RequestUploadResponse__Output>
  SetFileVisibility: MethodDefinition<_client_portal_portal_v1_SetFileVisibilityRequest, _client_portal_portal_v1_FileView, _client_portal_portal_v1_SetFileVisibilityRequest__Output, _client_portal_portal_v1_FileView__Output>
}
