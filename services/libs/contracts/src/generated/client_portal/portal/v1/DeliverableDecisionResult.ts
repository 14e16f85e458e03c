// Original file: proto/portal/v1/deliverables.proto

import type { DeliverableView as _client_portal_portal_v1_DeliverableView, DeliverableView__Output as _client_portal_portal_v1_DeliverableView__Output } from '../../../client_portal/portal/v1/DeliverableView.js';
import type { DeliverableDecisionView as _client_portal_portal_v1_DeliverableDecisionView, DeliverableDecisionView__Output as _client_portal_portal_v1_DeliverableDecisionView__Output } from '../../../client_portal/portal/v1/DeliverableDecisionView.js';

export interface DeliverableDecisionResult {
  'deliverable'?: (_client_portal_portal_v1_DeliverableView | null);
  'decision'?: (_client_portal_portal_v1_DeliverableDecisionView | null);
}

export interface DeliverableDecisionResult__Output {
  'deliverable': (_client_portal_portal_v1_DeliverableView__Output | null);
  'decision': (_client_portal_portal_v1_DeliverableDecisionView__Output | null);
}
