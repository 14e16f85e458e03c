// Original file: proto/crm/v1/activity.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListTimelineRequest {
  'clientId'?: (string);
  /**
   * One category (see TimelineEntry.category), or empty for every entry.
   */
  'category'?: (string);
  'page'?: (_client_portal_common_v1_PageRequest | null);
}

export interface ListTimelineRequest__Output {
  'clientId': (string);
  /**
   * One category (see TimelineEntry.category), or empty for every entry.
   */
  'category': (string);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
}
