// Original file: proto/portal/v1/deliverables.proto

import type { DeliverableDecisionView as _client_portal_portal_v1_DeliverableDecisionView, DeliverableDecisionView__Output as _client_portal_portal_v1_DeliverableDecisionView__Output } from '../../../client_portal/portal/v1/DeliverableDecisionView.js';
import type { Long } from '@grpc/proto-loader';

export interface DeliverableVersionView {
  'number'?: (number);
  'fileName'?: (string);
  /**
   * Sniffed from the bytes.
   */
  'contentType'?: (string);
  'sizeBytes'?: (number | string | Long);
  /**
   * SHA-256 (hex) of the exact stored bytes.
   */
  'sha256'?: (string);
  'uploadedAt'?: (string);
  'uploadedByName'?: (string);
  /**
   * awaiting_approval, approved, changes_requested or superseded.
   */
  'status'?: (string);
  'decisions'?: (_client_portal_portal_v1_DeliverableDecisionView)[];
  /**
   * Whether the caller may download it.
   */
  'downloadable'?: (boolean);
}

export interface DeliverableVersionView__Output {
  'number': (number);
  'fileName': (string);
  /**
   * Sniffed from the bytes.
   */
  'contentType': (string);
  'sizeBytes': (string);
  /**
   * SHA-256 (hex) of the exact stored bytes.
   */
  'sha256': (string);
  'uploadedAt': (string);
  'uploadedByName': (string);
  /**
   * awaiting_approval, approved, changes_requested or superseded.
   */
  'status': (string);
  'decisions': (_client_portal_portal_v1_DeliverableDecisionView__Output)[];
  /**
   * Whether the caller may download it.
   */
  'downloadable': (boolean);
}
