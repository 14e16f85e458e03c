// Original file: proto/portal/v1/portal.proto

import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from '../../../client_portal/common/v1/Money.js';

/**
 * A billing document as the portal shows it: a read model fed by billing.invoice.issued.
 */
export interface SharedDocument {
  'id'?: (string);
  /**
   * invoice (quotes and others later).
   */
  'kind'?: (string);
  'number'?: (string);
  'total'?: (_client_portal_common_v1_Money | null);
  'status'?: (string);
  'issuedAt'?: (string);
  'dueDate'?: (string);
}

/**
 * A billing document as the portal shows it: a read model fed by billing.invoice.issued.
 */
export interface SharedDocument__Output {
  'id': (string);
  /**
   * invoice (quotes and others later).
   */
  'kind': (string);
  'number': (string);
  'total': (_client_portal_common_v1_Money__Output | null);
  'status': (string);
  'issuedAt': (string);
  'dueDate': (string);
}
