// Original file: proto/partner/v1/documents.proto

import type { ListOptions as _client_portal_partner_v1_ListOptions, ListOptions__Output as _client_portal_partner_v1_ListOptions__Output } from '../../../client_portal/partner/v1/ListOptions.js';

export interface ListDocumentsRequest {
  'options'?: (_client_portal_partner_v1_ListOptions | null);
  /**
   * quote, proforma, invoice, credit_note or delivery_note; empty: all.
   */
  'kind'?: (string);
  'clientId'?: (string);
  /**
   * One of Document.status; empty: all.
   */
  'status'?: (string);
}

export interface ListDocumentsRequest__Output {
  'options': (_client_portal_partner_v1_ListOptions__Output | null);
  /**
   * quote, proforma, invoice, credit_note or delivery_note; empty: all.
   */
  'kind': (string);
  'clientId': (string);
  /**
   * One of Document.status; empty: all.
   */
  'status': (string);
}
