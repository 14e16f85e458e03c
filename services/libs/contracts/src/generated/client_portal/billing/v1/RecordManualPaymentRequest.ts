// Original file: proto/billing/v1/payments.proto

import type { PaymentAllocationInput as _client_portal_billing_v1_PaymentAllocationInput, PaymentAllocationInput__Output as _client_portal_billing_v1_PaymentAllocationInput__Output } from '../../../client_portal/billing/v1/PaymentAllocationInput.js';

export interface RecordManualPaymentRequest {
  'clientId'?: (string);
  /**
   * bank_transfer, cash or other.
   */
  'method'?: (string);
  /**
   * YYYY-MM-DD, not in the future.
   */
  'paidOn'?: (string);
  'currency'?: (string);
  'reference'?: (string);
  'allocations'?: (_client_portal_billing_v1_PaymentAllocationInput)[];
}

export interface RecordManualPaymentRequest__Output {
  'clientId': (string);
  /**
   * bank_transfer, cash or other.
   */
  'method': (string);
  /**
   * YYYY-MM-DD, not in the future.
   */
  'paidOn': (string);
  'currency': (string);
  'reference': (string);
  'allocations': (_client_portal_billing_v1_PaymentAllocationInput__Output)[];
}
