// Original file: proto/portal/v1/files.proto

import type { FolderView as _client_portal_portal_v1_FolderView, FolderView__Output as _client_portal_portal_v1_FolderView__Output } from '../../../client_portal/portal/v1/FolderView.js';
import type { FileView as _client_portal_portal_v1_FileView, FileView__Output as _client_portal_portal_v1_FileView__Output } from '../../../client_portal/portal/v1/FileView.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';
import type { Long } from '@grpc/proto-loader';

export interface ListFilesResponse {
  /**
   * From the top down to the listed folder (empty at the top).
   */
  'path'?: (_client_portal_portal_v1_FolderView)[];
  'folders'?: (_client_portal_portal_v1_FolderView)[];
  'files'?: (_client_portal_portal_v1_FileView)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
  /**
   * Whether the caller may upload here, and manage (rename, move, share, delete) files and folders.
   */
  'canUpload'?: (boolean);
  'canManage'?: (boolean);
  /**
   * The tenant's limit, shown before the upload starts.
   */
  'maxFileBytes'?: (number | string | Long);
}

export interface ListFilesResponse__Output {
  /**
   * From the top down to the listed folder (empty at the top).
   */
  'path': (_client_portal_portal_v1_FolderView__Output)[];
  'folders': (_client_portal_portal_v1_FolderView__Output)[];
  'files': (_client_portal_portal_v1_FileView__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
  /**
   * Whether the caller may upload here, and manage (rename, move, share, delete) files and folders.
   */
  'canUpload': (boolean);
  'canManage': (boolean);
  /**
   * The tenant's limit, shown before the upload starts.
   */
  'maxFileBytes': (string);
}
