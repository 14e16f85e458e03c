// Original file: proto/portal/v1/deliverables.proto

import type { DeliverableApprover as _client_portal_portal_v1_DeliverableApprover, DeliverableApprover__Output as _client_portal_portal_v1_DeliverableApprover__Output } from '../../../client_portal/portal/v1/DeliverableApprover.js';
import type { DeliverableVersionView as _client_portal_portal_v1_DeliverableVersionView, DeliverableVersionView__Output as _client_portal_portal_v1_DeliverableVersionView__Output } from '../../../client_portal/portal/v1/DeliverableVersionView.js';

export interface DeliverableView {
  'id'?: (string);
  'workspaceId'?: (string);
  'clientId'?: (string);
  'title'?: (string);
  'description'?: (string);
  'approvers'?: (_client_portal_portal_v1_DeliverableApprover)[];
  /**
   * ordered (the approvers, in order) or any (any client user with "approve").
   */
  'approvalMode'?: (string);
  /**
   * The current version's number; 0 before the first upload.
   */
  'currentVersion'?: (number);
  /**
   * draft (no version yet), awaiting_approval, approved or changes_requested.
   */
  'status'?: (string);
  /**
   * Newest first.
   */
  'versions'?: (_client_portal_portal_v1_DeliverableVersionView)[];
  'createdAt'?: (string);
  'updatedAt'?: (string);
  /**
   * The approver whose turn it is (ordered mode, current version awaiting); empty otherwise.
   */
  'awaitingName'?: (string);
  /**
   * Whether the caller may decide on the current version now.
   */
  'canDecide'?: (boolean);
  'revision'?: (number);
}

export interface DeliverableView__Output {
  'id': (string);
  'workspaceId': (string);
  'clientId': (string);
  'title': (string);
  'description': (string);
  'approvers': (_client_portal_portal_v1_DeliverableApprover__Output)[];
  /**
   * ordered (the approvers, in order) or any (any client user with "approve").
   */
  'approvalMode': (string);
  /**
   * The current version's number; 0 before the first upload.
   */
  'currentVersion': (number);
  /**
   * draft (no version yet), awaiting_approval, approved or changes_requested.
   */
  'status': (string);
  /**
   * Newest first.
   */
  'versions': (_client_portal_portal_v1_DeliverableVersionView__Output)[];
  'createdAt': (string);
  'updatedAt': (string);
  /**
   * The approver whose turn it is (ordered mode, current version awaiting); empty otherwise.
   */
  'awaitingName': (string);
  /**
   * Whether the caller may decide on the current version now.
   */
  'canDecide': (boolean);
  'revision': (number);
}
