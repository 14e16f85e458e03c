// Original file: proto/billing/v1/payments.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListPaymentsRequest {
  'clientId'?: (string);
  /**
   * Only the payments allocated to this invoice (optional).
   */
  'documentId'?: (string);
  'page'?: (_client_portal_common_v1_PageRequest | null);
  /**
   * RFC 3339: only payments changed (recorded or refunded) at or after it (implies by_update).
   */
  'updatedSince'?: (string);
  /**
   * The sync order: least recently changed first, by (updated_at, id) ascending; client_id may then be
   * empty (staff: the whole tenant's payments). Not combined with document_id.
   */
  'byUpdate'?: (boolean);
}

export interface ListPaymentsRequest__Output {
  'clientId': (string);
  /**
   * Only the payments allocated to this invoice (optional).
   */
  'documentId': (string);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
  /**
   * RFC 3339: only payments changed (recorded or refunded) at or after it (implies by_update).
   */
  'updatedSince': (string);
  /**
   * The sync order: least recently changed first, by (updated_at, id) ascending; client_id may then be
   * empty (staff: the whole tenant's payments). Not combined with document_id.
   */
  'byUpdate': (boolean);
}
