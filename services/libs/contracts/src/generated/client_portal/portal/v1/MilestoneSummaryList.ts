// Original file: proto/portal/v1/tasks.proto

import type { MilestoneSummary as _client_portal_portal_v1_MilestoneSummary, MilestoneSummary__Output as _client_portal_portal_v1_MilestoneSummary__Output } from '../../../client_portal/portal/v1/MilestoneSummary.js';

export interface MilestoneSummaryList {
  'milestones'?: (_client_portal_portal_v1_MilestoneSummary)[];
}

export interface MilestoneSummaryList__Output {
  'milestones': (_client_portal_portal_v1_MilestoneSummary__Output)[];
}
