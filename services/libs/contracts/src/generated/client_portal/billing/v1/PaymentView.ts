// Original file: proto/billing/v1/payments.proto

import type { PaymentAllocationView as _client_portal_billing_v1_PaymentAllocationView, PaymentAllocationView__Output as _client_portal_billing_v1_PaymentAllocationView__Output } from '../../../client_portal/billing/v1/PaymentAllocationView.js';
import type { PaymentRefundView as _client_portal_billing_v1_PaymentRefundView, PaymentRefundView__Output as _client_portal_billing_v1_PaymentRefundView__Output } from '../../../client_portal/billing/v1/PaymentRefundView.js';
import type { Long } from '@grpc/proto-loader';

export interface PaymentView {
  'id'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  /**
   * card, bank_transfer, cash or other.
   */
  'method'?: (string);
  'currency'?: (string);
  'amountMinor'?: (number | string | Long);
  'refundedMinor'?: (number | string | Long);
  'allocations'?: (_client_portal_billing_v1_PaymentAllocationView)[];
  /**
   * When the money was received (card: the webhook's event time; manual: the date staff gave).
   */
  'paidAt'?: (string);
  'reference'?: (string);
  /**
   * pi_… for a card payment; empty for a manual one.
   */
  'stripePaymentIntentId'?: (string);
  'refunds'?: (_client_portal_billing_v1_PaymentRefundView)[];
  'recordedAt'?: (string);
  /**
   * The last change: when it was recorded, or its latest refund.
   */
  'updatedAt'?: (string);
}

export interface PaymentView__Output {
  'id': (string);
  'clientId': (string);
  'clientName': (string);
  /**
   * card, bank_transfer, cash or other.
   */
  'method': (string);
  'currency': (string);
  'amountMinor': (string);
  'refundedMinor': (string);
  'allocations': (_client_portal_billing_v1_PaymentAllocationView__Output)[];
  /**
   * When the money was received (card: the webhook's event time; manual: the date staff gave).
   */
  'paidAt': (string);
  'reference': (string);
  /**
   * pi_… for a card payment; empty for a manual one.
   */
  'stripePaymentIntentId': (string);
  'refunds': (_client_portal_billing_v1_PaymentRefundView__Output)[];
  'recordedAt': (string);
  /**
   * The last change: when it was recorded, or its latest refund.
   */
  'updatedAt': (string);
}
