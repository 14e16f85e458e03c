// Original file: proto/crm/v1/crm.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListClientsRequest {
  'page'?: (_client_portal_common_v1_PageRequest | null);
  /**
   * Matches the name, case-insensitively.
   * Matches the name, case-insensitively, and the primary contact's name and e-mail.
   */
  'search'?: (string);
  'status'?: (string);
  /**
   * The owner (a staff member's user id).
   */
  'ownerUserId'?: (string);
  /**
   * Exact industry, as ListClientIndustries names them.
   */
  'industry'?: (string);
  /**
   * Archived clients are hidden unless asked for.
   */
  'includeArchived'?: (boolean);
  /**
   * name (default), main_contact, project_count, status, value or last_activity.
   */
  'sort'?: (string);
  'descending'?: (boolean);
  /**
   * RFC 3339: only clients whose record changed at or after it (a change of contacts included).
   */
  'updatedSince'?: (string);
  /**
   * The sync order, for the partner API: (updated_at, id) ascending; sort and descending are ignored.
   */
  'byUpdate'?: (boolean);
}

export interface ListClientsRequest__Output {
  'page': (_client_portal_common_v1_PageRequest__Output | null);
  /**
   * Matches the name, case-insensitively.
   * Matches the name, case-insensitively, and the primary contact's name and e-mail.
   */
  'search': (string);
  'status': (string);
  /**
   * The owner (a staff member's user id).
   */
  'ownerUserId': (string);
  /**
   * Exact industry, as ListClientIndustries names them.
   */
  'industry': (string);
  /**
   * Archived clients are hidden unless asked for.
   */
  'includeArchived': (boolean);
  /**
   * name (default), main_contact, project_count, status, value or last_activity.
   */
  'sort': (string);
  'descending': (boolean);
  /**
   * RFC 3339: only clients whose record changed at or after it (a change of contacts included).
   */
  'updatedSince': (string);
  /**
   * The sync order, for the partner API: (updated_at, id) ascending; sort and descending are ignored.
   */
  'byUpdate': (boolean);
}
