// Original file: proto/partner/v1/payments.proto

import type { Money as _client_portal_partner_v1_Money, Money__Output as _client_portal_partner_v1_Money__Output } from '../../../client_portal/partner/v1/Money.js';
import type { PaymentAllocationInput as _client_portal_partner_v1_PaymentAllocationInput, PaymentAllocationInput__Output as _client_portal_partner_v1_PaymentAllocationInput__Output } from '../../../client_portal/partner/v1/PaymentAllocationInput.js';

export interface RecordPaymentRequest {
  'idempotencyKey'?: (string);
  'clientId'?: (string);
  /**
   * bank_transfer, cash or other (a cheque, …).
   */
  'method'?: (string);
  'amount'?: (_client_portal_partner_v1_Money | null);
  /**
   * At least one; their sum is the amount.
   */
  'allocations'?: (_client_portal_partner_v1_PaymentAllocationInput)[];
  /**
   * RFC 3339 or YYYY-MM-DD; empty: now.
   */
  'paidAt'?: (string);
  'reference'?: (string);
}

export interface RecordPaymentRequest__Output {
  'idempotencyKey': (string);
  'clientId': (string);
  /**
   * bank_transfer, cash or other (a cheque, …).
   */
  'method': (string);
  'amount': (_client_portal_partner_v1_Money__Output | null);
  /**
   * At least one; their sum is the amount.
   */
  'allocations': (_client_portal_partner_v1_PaymentAllocationInput__Output)[];
  /**
   * RFC 3339 or YYYY-MM-DD; empty: now.
   */
  'paidAt': (string);
  'reference': (string);
}
