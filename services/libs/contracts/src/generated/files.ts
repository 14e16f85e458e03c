import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';
import type { File as _client_portal_partner_v1_File, File__Output as _client_portal_partner_v1_File__Output } from './client_portal/partner/v1/File.js';
import type { FileDownloadUrl as _client_portal_partner_v1_FileDownloadUrl, FileDownloadUrl__Output as _client_portal_partner_v1_FileDownloadUrl__Output } from './client_portal/partner/v1/FileDownloadUrl.js';
import type { FileServiceClient as _client_portal_partner_v1_FileServiceClient, FileServiceDefinition as _client_portal_partner_v1_FileServiceDefinition } from './client_portal/partner/v1/FileService.js';
import type { GetFileDownloadUrlRequest as _client_portal_partner_v1_GetFileDownloadUrlRequest, GetFileDownloadUrlRequest__Output as _client_portal_partner_v1_GetFileDownloadUrlRequest__Output } from './client_portal/partner/v1/GetFileDownloadUrlRequest.js';
import type { ListFilesRequest as _client_portal_partner_v1_ListFilesRequest, ListFilesRequest__Output as _client_portal_partner_v1_ListFilesRequest__Output } from './client_portal/partner/v1/ListFilesRequest.js';
import type { ListFilesResponse as _client_portal_partner_v1_ListFilesResponse, ListFilesResponse__Output as _client_portal_partner_v1_ListFilesResponse__Output } from './client_portal/partner/v1/ListFilesResponse.js';
import type { ListOptions as _client_portal_partner_v1_ListOptions, ListOptions__Output as _client_portal_partner_v1_ListOptions__Output } from './client_portal/partner/v1/ListOptions.js';
import type { Money as _client_portal_partner_v1_Money, Money__Output as _client_portal_partner_v1_Money__Output } from './client_portal/partner/v1/Money.js';
import type { CompleteUploadRequest as _client_portal_portal_v1_CompleteUploadRequest, CompleteUploadRequest__Output as _client_portal_portal_v1_CompleteUploadRequest__Output } from './client_portal/portal/v1/CompleteUploadRequest.js';
import type { CreateFolderRequest as _client_portal_portal_v1_CreateFolderRequest, CreateFolderRequest__Output as _client_portal_portal_v1_CreateFolderRequest__Output } from './client_portal/portal/v1/CreateFolderRequest.js';
import type { DeleteFileRequest as _client_portal_portal_v1_DeleteFileRequest, DeleteFileRequest__Output as _client_portal_portal_v1_DeleteFileRequest__Output } from './client_portal/portal/v1/DeleteFileRequest.js';
import type { DeleteFileResponse as _client_portal_portal_v1_DeleteFileResponse, DeleteFileResponse__Output as _client_portal_portal_v1_DeleteFileResponse__Output } from './client_portal/portal/v1/DeleteFileResponse.js';
import type { DeleteFolderRequest as _client_portal_portal_v1_DeleteFolderRequest, DeleteFolderRequest__Output as _client_portal_portal_v1_DeleteFolderRequest__Output } from './client_portal/portal/v1/DeleteFolderRequest.js';
import type { DeleteFolderResponse as _client_portal_portal_v1_DeleteFolderResponse, DeleteFolderResponse__Output as _client_portal_portal_v1_DeleteFolderResponse__Output } from './client_portal/portal/v1/DeleteFolderResponse.js';
import type { FileServiceClient as _client_portal_portal_v1_FileServiceClient, FileServiceDefinition as _client_portal_portal_v1_FileServiceDefinition } from './client_portal/portal/v1/FileService.js';
import type { FileSummary as _client_portal_portal_v1_FileSummary, FileSummary__Output as _client_portal_portal_v1_FileSummary__Output } from './client_portal/portal/v1/FileSummary.js';
import type { FileSummaryList as _client_portal_portal_v1_FileSummaryList, FileSummaryList__Output as _client_portal_portal_v1_FileSummaryList__Output } from './client_portal/portal/v1/FileSummaryList.js';
import type { FileView as _client_portal_portal_v1_FileView, FileView__Output as _client_portal_portal_v1_FileView__Output } from './client_portal/portal/v1/FileView.js';
import type { FolderView as _client_portal_portal_v1_FolderView, FolderView__Output as _client_portal_portal_v1_FolderView__Output } from './client_portal/portal/v1/FolderView.js';
import type { GetDownloadUrlRequest as _client_portal_portal_v1_GetDownloadUrlRequest, GetDownloadUrlRequest__Output as _client_portal_portal_v1_GetDownloadUrlRequest__Output } from './client_portal/portal/v1/GetDownloadUrlRequest.js';
import type { GetDownloadUrlResponse as _client_portal_portal_v1_GetDownloadUrlResponse, GetDownloadUrlResponse__Output as _client_portal_portal_v1_GetDownloadUrlResponse__Output } from './client_portal/portal/v1/GetDownloadUrlResponse.js';
import type { ListFilesByUpdateRequest as _client_portal_portal_v1_ListFilesByUpdateRequest, ListFilesByUpdateRequest__Output as _client_portal_portal_v1_ListFilesByUpdateRequest__Output } from './client_portal/portal/v1/ListFilesByUpdateRequest.js';
import type { ListFilesByUpdateResponse as _client_portal_portal_v1_ListFilesByUpdateResponse, ListFilesByUpdateResponse__Output as _client_portal_portal_v1_ListFilesByUpdateResponse__Output } from './client_portal/portal/v1/ListFilesByUpdateResponse.js';
import type { ListFilesRequest as _client_portal_portal_v1_ListFilesRequest, ListFilesRequest__Output as _client_portal_portal_v1_ListFilesRequest__Output } from './client_portal/portal/v1/ListFilesRequest.js';
import type { ListFilesResponse as _client_portal_portal_v1_ListFilesResponse, ListFilesResponse__Output as _client_portal_portal_v1_ListFilesResponse__Output } from './client_portal/portal/v1/ListFilesResponse.js';
import type { ListRecentlySharedRequest as _client_portal_portal_v1_ListRecentlySharedRequest, ListRecentlySharedRequest__Output as _client_portal_portal_v1_ListRecentlySharedRequest__Output } from './client_portal/portal/v1/ListRecentlySharedRequest.js';
import type { MoveFileRequest as _client_portal_portal_v1_MoveFileRequest, MoveFileRequest__Output as _client_portal_portal_v1_MoveFileRequest__Output } from './client_portal/portal/v1/MoveFileRequest.js';
import type { RenameFileRequest as _client_portal_portal_v1_RenameFileRequest, RenameFileRequest__Output as _client_portal_portal_v1_RenameFileRequest__Output } from './client_portal/portal/v1/RenameFileRequest.js';
import type { RenameFolderRequest as _client_portal_portal_v1_RenameFolderRequest, RenameFolderRequest__Output as _client_portal_portal_v1_RenameFolderRequest__Output } from './client_portal/portal/v1/RenameFolderRequest.js';
import type { RequestUploadRequest as _client_portal_portal_v1_RequestUploadRequest, RequestUploadRequest__Output as _client_portal_portal_v1_RequestUploadRequest__Output } from './client_portal/portal/v1/RequestUploadRequest.js';
import type { RequestUploadResponse as _client_portal_portal_v1_RequestUploadResponse, RequestUploadResponse__Output as _client_portal_portal_v1_RequestUploadResponse__Output } from './client_portal/portal/v1/RequestUploadResponse.js';
import type { SetFileVisibilityRequest as _client_portal_portal_v1_SetFileVisibilityRequest, SetFileVisibilityRequest__Output as _client_portal_portal_v1_SetFileVisibilityRequest__Output } from './client_portal/portal/v1/SetFileVisibilityRequest.js';

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
    partner: {
      v1: {
        File: MessageTypeDefinition<_client_portal_partner_v1_File, _client_portal_partner_v1_File__Output>
        FileDownloadUrl: MessageTypeDefinition<_client_portal_partner_v1_FileDownloadUrl, _client_portal_partner_v1_FileDownloadUrl__Output>
        /**
         * Files shared in client workspaces: their metadata and a short-lived download link. Files the team
         * keeps internal (not visible to the client) are included with `client_visible` false.
         */
        FileService: SubtypeConstructor<typeof grpc.Client, _client_portal_partner_v1_FileServiceClient> & { service: _client_portal_partner_v1_FileServiceDefinition }
        GetFileDownloadUrlRequest: MessageTypeDefinition<_client_portal_partner_v1_GetFileDownloadUrlRequest, _client_portal_partner_v1_GetFileDownloadUrlRequest__Output>
        ListFilesRequest: MessageTypeDefinition<_client_portal_partner_v1_ListFilesRequest, _client_portal_partner_v1_ListFilesRequest__Output>
        ListFilesResponse: MessageTypeDefinition<_client_portal_partner_v1_ListFilesResponse, _client_portal_partner_v1_ListFilesResponse__Output>
        ListOptions: MessageTypeDefinition<_client_portal_partner_v1_ListOptions, _client_portal_partner_v1_ListOptions__Output>
        Money: MessageTypeDefinition<_client_portal_partner_v1_Money, _client_portal_partner_v1_Money__Output>
      }
    }
    portal: {
      v1: {
        CompleteUploadRequest: MessageTypeDefinition<_client_portal_portal_v1_CompleteUploadRequest, _client_portal_portal_v1_CompleteUploadRequest__Output>
        CreateFolderRequest: MessageTypeDefinition<_client_portal_portal_v1_CreateFolderRequest, _client_portal_portal_v1_CreateFolderRequest__Output>
        DeleteFileRequest: MessageTypeDefinition<_client_portal_portal_v1_DeleteFileRequest, _client_portal_portal_v1_DeleteFileRequest__Output>
        DeleteFileResponse: MessageTypeDefinition<_client_portal_portal_v1_DeleteFileResponse, _client_portal_portal_v1_DeleteFileResponse__Output>
        DeleteFolderRequest: MessageTypeDefinition<_client_portal_portal_v1_DeleteFolderRequest, _client_portal_portal_v1_DeleteFolderRequest__Output>
        DeleteFolderResponse: MessageTypeDefinition<_client_portal_portal_v1_DeleteFolderResponse, _client_portal_portal_v1_DeleteFolderResponse__Output>
        FileService: SubtypeConstructor<typeof grpc.Client, _client_portal_portal_v1_FileServiceClient> & { service: _client_portal_portal_v1_FileServiceDefinition }
        FileSummary: MessageTypeDefinition<_client_portal_portal_v1_FileSummary, _client_portal_portal_v1_FileSummary__Output>
        FileSummaryList: MessageTypeDefinition<_client_portal_portal_v1_FileSummaryList, _client_portal_portal_v1_FileSummaryList__Output>
        FileView: MessageTypeDefinition<_client_portal_portal_v1_FileView, _client_portal_portal_v1_FileView__Output>
        FolderView: MessageTypeDefinition<_client_portal_portal_v1_FolderView, _client_portal_portal_v1_FolderView__Output>
        GetDownloadUrlRequest: MessageTypeDefinition<_client_portal_portal_v1_GetDownloadUrlRequest, _client_portal_portal_v1_GetDownloadUrlRequest__Output>
        GetDownloadUrlResponse: MessageTypeDefinition<_client_portal_portal_v1_GetDownloadUrlResponse, _client_portal_portal_v1_GetDownloadUrlResponse__Output>
        ListFilesByUpdateRequest: MessageTypeDefinition<_client_portal_portal_v1_ListFilesByUpdateRequest, _client_portal_portal_v1_ListFilesByUpdateRequest__Output>
        ListFilesByUpdateResponse: MessageTypeDefinition<_client_portal_portal_v1_ListFilesByUpdateResponse, _client_portal_portal_v1_ListFilesByUpdateResponse__Output>
        ListFilesRequest: MessageTypeDefinition<_client_portal_portal_v1_ListFilesRequest, _client_portal_portal_v1_ListFilesRequest__Output>
        ListFilesResponse: MessageTypeDefinition<_client_portal_portal_v1_ListFilesResponse, _client_portal_portal_v1_ListFilesResponse__Output>
        ListRecentlySharedRequest: MessageTypeDefinition<_client_portal_portal_v1_ListRecentlySharedRequest, _client_portal_portal_v1_ListRecentlySharedRequest__Output>
        MoveFileRequest: MessageTypeDefinition<_client_portal_portal_v1_MoveFileRequest, _client_portal_portal_v1_MoveFileRequest__Output>
        RenameFileRequest: MessageTypeDefinition<_client_portal_portal_v1_RenameFileRequest, _client_portal_portal_v1_RenameFileRequest__Output>
        RenameFolderRequest: MessageTypeDefinition<_client_portal_portal_v1_RenameFolderRequest, _client_portal_portal_v1_RenameFolderRequest__Output>
        RequestUploadRequest: MessageTypeDefinition<_client_portal_portal_v1_RequestUploadRequest, _client_portal_portal_v1_RequestUploadRequest__Output>
        RequestUploadResponse: MessageTypeDefinition<_client_portal_portal_v1_RequestUploadResponse, _client_portal_portal_v1_RequestUploadResponse__Output>
        SetFileVisibilityRequest: MessageTypeDefinition<_client_portal_portal_v1_SetFileVisibilityRequest, _client_portal_portal_v1_SetFileVisibilityRequest__Output>
      }
    }
  }
}

