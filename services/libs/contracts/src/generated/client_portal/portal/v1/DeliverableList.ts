// Original file: proto/portal/v1/deliverables.proto

import type { DeliverableView as _client_portal_portal_v1_DeliverableView, DeliverableView__Output as _client_portal_portal_v1_DeliverableView__Output } from '../../../client_portal/portal/v1/DeliverableView.js';

export interface DeliverableList {
  'deliverables'?: (_client_portal_portal_v1_DeliverableView)[];
}

export interface DeliverableList__Output {
  'deliverables': (_client_portal_portal_v1_DeliverableView__Output)[];
}
