// Original file: proto/billing/v1/payments.proto

import type { PaymentView as _client_portal_billing_v1_PaymentView, PaymentView__Output as _client_portal_billing_v1_PaymentView__Output } from '../../../client_portal/billing/v1/PaymentView.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListPaymentsResponse {
  'payments'?: (_client_portal_billing_v1_PaymentView)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListPaymentsResponse__Output {
  'payments': (_client_portal_billing_v1_PaymentView__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}
