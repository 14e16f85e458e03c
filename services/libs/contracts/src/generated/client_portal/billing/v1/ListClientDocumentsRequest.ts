// Original file: proto/billing/v1/acceptance.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListClientDocumentsRequest {
  /**
   * Staff: required. Client users: their own (empty means theirs; another client's is NOT_FOUND).
   */
  'clientId'?: (string);
  /**
   * One kind, or every kind when empty.
   */
  'kind'?: (string);
  /**
   * Issue year, or 0 for every year.
   */
  'year'?: (number);
  /**
   * 1..4 within the year, or 0 for the whole year.
   */
  'quarter'?: (number);
  'page'?: (_client_portal_common_v1_PageRequest | null);
}

export interface ListClientDocumentsRequest__Output {
  /**
   * Staff: required. Client users: their own (empty means theirs; another client's is NOT_FOUND).
   */
  'clientId': (string);
  /**
   * One kind, or every kind when empty.
   */
  'kind': (string);
  /**
   * Issue year, or 0 for every year.
   */
  'year': (number);
  /**
   * 1..4 within the year, or 0 for the whole year.
   */
  'quarter': (number);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
}
