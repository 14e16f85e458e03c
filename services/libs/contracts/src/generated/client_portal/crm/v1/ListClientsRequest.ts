// Original file: proto/crm/v1/crm.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListClientsRequest {
  'page'?: (_client_portal_common_v1_PageRequest | null);
  /**
   * Matches the name, case-insensitively.
   */
  'search'?: (string);
  'status'?: (string);
}

export interface ListClientsRequest__Output {
  'page': (_client_portal_common_v1_PageRequest__Output | null);
  /**
   * Matches the name, case-insensitively.
   */
  'search': (string);
  'status': (string);
}
