// Original file: proto/portal/v1/files.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListFilesRequest {
  'workspaceId'?: (string);
  'folderId'?: (string);
  'page'?: (_client_portal_common_v1_PageRequest | null);
}

export interface ListFilesRequest__Output {
  'workspaceId': (string);
  'folderId': (string);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
}
