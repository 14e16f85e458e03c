// Original file: proto/billing/v1/payments.proto

import type { InvoiceBalance as _client_portal_billing_v1_InvoiceBalance, InvoiceBalance__Output as _client_portal_billing_v1_InvoiceBalance__Output } from '../../../client_portal/billing/v1/InvoiceBalance.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListInvoiceBalancesResponse {
  'invoices'?: (_client_portal_billing_v1_InvoiceBalance)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListInvoiceBalancesResponse__Output {
  'invoices': (_client_portal_billing_v1_InvoiceBalance__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}
