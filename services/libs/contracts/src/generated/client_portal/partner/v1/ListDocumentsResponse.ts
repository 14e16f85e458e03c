// Original file: proto/partner/v1/documents.proto

import type { Document as _client_portal_partner_v1_Document, Document__Output as _client_portal_partner_v1_Document__Output } from '../../../client_portal/partner/v1/Document.js';

export interface ListDocumentsResponse {
  'documents'?: (_client_portal_partner_v1_Document)[];
  'nextPageToken'?: (string);
}

export interface ListDocumentsResponse__Output {
  'documents': (_client_portal_partner_v1_Document__Output)[];
  'nextPageToken': (string);
}
