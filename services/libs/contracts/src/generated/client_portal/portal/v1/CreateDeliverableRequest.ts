// Original file: proto/portal/v1/deliverables.proto

import type { DeliverableApprover as _client_portal_portal_v1_DeliverableApprover, DeliverableApprover__Output as _client_portal_portal_v1_DeliverableApprover__Output } from '../../../client_portal/portal/v1/DeliverableApprover.js';

export interface CreateDeliverableRequest {
  'workspaceId'?: (string);
  'title'?: (string);
  'description'?: (string);
  /**
   * Empty: any client user with "approve" decides; otherwise these contacts, in this order.
   */
  'approvers'?: (_client_portal_portal_v1_DeliverableApprover)[];
}

export interface CreateDeliverableRequest__Output {
  'workspaceId': (string);
  'title': (string);
  'description': (string);
  /**
   * Empty: any client user with "approve" decides; otherwise these contacts, in this order.
   */
  'approvers': (_client_portal_portal_v1_DeliverableApprover__Output)[];
}
