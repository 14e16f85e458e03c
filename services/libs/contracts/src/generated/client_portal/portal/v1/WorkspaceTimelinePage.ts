// Original file: proto/portal/v1/content.proto

import type { WorkspaceTimelineEntry as _client_portal_portal_v1_WorkspaceTimelineEntry, WorkspaceTimelineEntry__Output as _client_portal_portal_v1_WorkspaceTimelineEntry__Output } from '../../../client_portal/portal/v1/WorkspaceTimelineEntry.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface WorkspaceTimelinePage {
  'entries'?: (_client_portal_portal_v1_WorkspaceTimelineEntry)[];
  'pageInfo'?: (_client_portal_common_v1_PageInfo | null);
}

export interface WorkspaceTimelinePage__Output {
  'entries': (_client_portal_portal_v1_WorkspaceTimelineEntry__Output)[];
  'pageInfo': (_client_portal_common_v1_PageInfo__Output | null);
}
