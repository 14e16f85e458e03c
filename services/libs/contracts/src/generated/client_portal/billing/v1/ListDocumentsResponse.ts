// Original file: proto/billing/v1/documents.proto

import type { BillingDocumentView as _client_portal_billing_v1_BillingDocumentView, BillingDocumentView__Output as _client_portal_billing_v1_BillingDocumentView__Output } from '../../../client_portal/billing/v1/BillingDocumentView.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListDocumentsResponse {
  'documents'?: (_client_portal_billing_v1_BillingDocumentView)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListDocumentsResponse__Output {
  'documents': (_client_portal_billing_v1_BillingDocumentView__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}
