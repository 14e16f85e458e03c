// Original file: proto/crm/v1/activity.proto

import type { TimelineEntry as _client_portal_crm_v1_TimelineEntry, TimelineEntry__Output as _client_portal_crm_v1_TimelineEntry__Output } from '../../../client_portal/crm/v1/TimelineEntry.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListTimelineResponse {
  'entries'?: (_client_portal_crm_v1_TimelineEntry)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListTimelineResponse__Output {
  'entries': (_client_portal_crm_v1_TimelineEntry__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}
