// Original file: proto/billing/v1/payments.proto

import type { PaymentAllocationInput as _client_portal_billing_v1_PaymentAllocationInput, PaymentAllocationInput__Output as _client_portal_billing_v1_PaymentAllocationInput__Output } from '../../../client_portal/billing/v1/PaymentAllocationInput.js';

export interface StartCardPaymentRequest {
  'allocations'?: (_client_portal_billing_v1_PaymentAllocationInput)[];
  /**
   * The card the portal collected, as a Stripe PaymentMethod id (pm_…).
   */
  'paymentMethod'?: (string);
  /**
   * The paying user, who receives the receipt (filled by the gateway from the session).
   */
  'payerName'?: (string);
  'payerEmail'?: (string);
}

export interface StartCardPaymentRequest__Output {
  'allocations': (_client_portal_billing_v1_PaymentAllocationInput__Output)[];
  /**
   * The card the portal collected, as a Stripe PaymentMethod id (pm_…).
   */
  'paymentMethod': (string);
  /**
   * The paying user, who receives the receipt (filled by the gateway from the session).
   */
  'payerName': (string);
  'payerEmail': (string);
}
