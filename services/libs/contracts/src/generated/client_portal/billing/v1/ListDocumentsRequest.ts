// Original file: proto/billing/v1/documents.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListDocumentsRequest {
  /**
   * Staff: one client's, or the tenant's when empty. Client users: always their own client's.
   */
  'clientId'?: (string);
  'kind'?: (string);
  /**
   * A display status (draft, issued, sent, viewed, accepted, rejected, partially_paid, paid, overdue, void).
   */
  'displayStatus'?: (string);
  /**
   * Issue dates of this year (0: any) and quarter (1-4, 0: the whole year).
   */
  'year'?: (number);
  'quarter'?: (number);
  'page'?: (_client_portal_common_v1_PageRequest | null);
  /**
   * RFC 3339: only documents changed at or after it (implies by_update).
   */
  'updatedSince'?: (string);
  /**
   * The sync order: least recently changed first, by (updated_at, id) ascending, instead of newest first.
   * Every change of a document (edit, issue, send, view, payment, refund, credit, acceptance, void) moves
   * its updated_at. Page tokens of one order are refused by the other.
   */
  'byUpdate'?: (boolean);
}

export interface ListDocumentsRequest__Output {
  /**
   * Staff: one client's, or the tenant's when empty. Client users: always their own client's.
   */
  'clientId': (string);
  'kind': (string);
  /**
   * A display status (draft, issued, sent, viewed, accepted, rejected, partially_paid, paid, overdue, void).
   */
  'displayStatus': (string);
  /**
   * Issue dates of this year (0: any) and quarter (1-4, 0: the whole year).
   */
  'year': (number);
  'quarter': (number);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
  /**
   * RFC 3339: only documents changed at or after it (implies by_update).
   */
  'updatedSince': (string);
  /**
   * The sync order: least recently changed first, by (updated_at, id) ascending, instead of newest first.
   * Every change of a document (edit, issue, send, view, payment, refund, credit, acceptance, void) moves
   * its updated_at. Page tokens of one order are refused by the other.
   */
  'byUpdate': (boolean);
}
