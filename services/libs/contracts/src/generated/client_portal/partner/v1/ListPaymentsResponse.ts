// Original file: proto/partner/v1/payments.proto

import type { Payment as _client_portal_partner_v1_Payment, Payment__Output as _client_portal_partner_v1_Payment__Output } from '../../../client_portal/partner/v1/Payment.js';

export interface ListPaymentsResponse {
  'payments'?: (_client_portal_partner_v1_Payment)[];
  'nextPageToken'?: (string);
}

export interface ListPaymentsResponse__Output {
  'payments': (_client_portal_partner_v1_Payment__Output)[];
  'nextPageToken': (string);
}
