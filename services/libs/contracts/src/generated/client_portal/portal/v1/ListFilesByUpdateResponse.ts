// Original file: proto/portal/v1/files.proto

import type { FileView as _client_portal_portal_v1_FileView, FileView__Output as _client_portal_portal_v1_FileView__Output } from '../../../client_portal/portal/v1/FileView.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListFilesByUpdateResponse {
  'files'?: (_client_portal_portal_v1_FileView)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListFilesByUpdateResponse__Output {
  'files': (_client_portal_portal_v1_FileView__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}
