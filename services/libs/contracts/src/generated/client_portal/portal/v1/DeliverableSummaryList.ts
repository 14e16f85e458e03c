// Original file: proto/portal/v1/deliverables.proto

import type { DeliverableSummary as _client_portal_portal_v1_DeliverableSummary, DeliverableSummary__Output as _client_portal_portal_v1_DeliverableSummary__Output } from '../../../client_portal/portal/v1/DeliverableSummary.js';

export interface DeliverableSummaryList {
  'deliverables'?: (_client_portal_portal_v1_DeliverableSummary)[];
}

export interface DeliverableSummaryList__Output {
  'deliverables': (_client_portal_portal_v1_DeliverableSummary__Output)[];
}
