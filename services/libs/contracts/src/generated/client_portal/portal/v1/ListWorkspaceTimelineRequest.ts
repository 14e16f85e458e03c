// Original file: proto/portal/v1/content.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListWorkspaceTimelineRequest {
  'workspaceId'?: (string);
  'page'?: (_client_portal_common_v1_PageRequest | null);
}

export interface ListWorkspaceTimelineRequest__Output {
  'workspaceId': (string);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
}
