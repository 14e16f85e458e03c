// Original file: proto/billing/v1/payments.proto

import type { PaymentAllocationView as _client_portal_billing_v1_PaymentAllocationView, PaymentAllocationView__Output as _client_portal_billing_v1_PaymentAllocationView__Output } from '../../../client_portal/billing/v1/PaymentAllocationView.js';
import type { Long } from '@grpc/proto-loader';

export interface PaymentCheckoutView {
  'id'?: (string);
  /**
   * pending (confirmed, waiting for the webhook), succeeded (recorded) or failed.
   */
  'status'?: (string);
  'currency'?: (string);
  'amountMinor'?: (number | string | Long);
  'allocations'?: (_client_portal_billing_v1_PaymentAllocationView)[];
  'stripePaymentIntentId'?: (string);
  /**
   * The recorded payment, once the webhook arrived.
   */
  'paymentId'?: (string);
  'failure'?: (string);
}

export interface PaymentCheckoutView__Output {
  'id': (string);
  /**
   * pending (confirmed, waiting for the webhook), succeeded (recorded) or failed.
   */
  'status': (string);
  'currency': (string);
  'amountMinor': (string);
  'allocations': (_client_portal_billing_v1_PaymentAllocationView__Output)[];
  'stripePaymentIntentId': (string);
  /**
   * The recorded payment, once the webhook arrived.
   */
  'paymentId': (string);
  'failure': (string);
}
