// Original file: proto/billing/v1/billing.proto

import type { Invoice as _client_portal_billing_v1_Invoice, Invoice__Output as _client_portal_billing_v1_Invoice__Output } from '../../../client_portal/billing/v1/Invoice.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListInvoicesResponse {
  'invoices'?: (_client_portal_billing_v1_Invoice)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListInvoicesResponse__Output {
  'invoices': (_client_portal_billing_v1_Invoice__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}
