// Original file: proto/billing/v1/acceptance.proto

import type { ClientDocument as _client_portal_billing_v1_ClientDocument, ClientDocument__Output as _client_portal_billing_v1_ClientDocument__Output } from '../../../client_portal/billing/v1/ClientDocument.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListClientDocumentsResponse {
  'documents'?: (_client_portal_billing_v1_ClientDocument)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
  /**
   * The kinds this client has at least one issued document of: the portal shows a tab per kind.
   */
  'kinds'?: (string)[];
  /**
   * The years they were issued in, newest first: the year filter's choices.
   */
  'years'?: (number)[];
}

export interface ListClientDocumentsResponse__Output {
  'documents': (_client_portal_billing_v1_ClientDocument__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
  /**
   * The kinds this client has at least one issued document of: the portal shows a tab per kind.
   */
  'kinds': (string)[];
  /**
   * The years they were issued in, newest first: the year filter's choices.
   */
  'years': (number)[];
}
