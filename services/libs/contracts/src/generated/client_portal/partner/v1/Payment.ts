// Original file: proto/partner/v1/payments.proto

import type { Money as _client_portal_partner_v1_Money, Money__Output as _client_portal_partner_v1_Money__Output } from '../../../client_portal/partner/v1/Money.js';
import type { PaymentAllocation as _client_portal_partner_v1_PaymentAllocation, PaymentAllocation__Output as _client_portal_partner_v1_PaymentAllocation__Output } from '../../../client_portal/partner/v1/PaymentAllocation.js';

export interface Payment {
  'id'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  /**
   * card, bank_transfer, cash or other (a cheque, …).
   */
  'method'?: (string);
  'amount'?: (_client_portal_partner_v1_Money | null);
  'refunded'?: (_client_portal_partner_v1_Money | null);
  'allocations'?: (_client_portal_partner_v1_PaymentAllocation)[];
  /**
   * When the money was received.
   */
  'paidAt'?: (string);
  /**
   * The payer's reference (a bank transfer's label …).
   */
  'reference'?: (string);
  'createdAt'?: (string);
  /**
   * When it was recorded, then moved by each refund.
   */
  'updatedAt'?: (string);
}

export interface Payment__Output {
  'id': (string);
  'clientId': (string);
  'clientName': (string);
  /**
   * card, bank_transfer, cash or other (a cheque, …).
   */
  'method': (string);
  'amount': (_client_portal_partner_v1_Money__Output | null);
  'refunded': (_client_portal_partner_v1_Money__Output | null);
  'allocations': (_client_portal_partner_v1_PaymentAllocation__Output)[];
  /**
   * When the money was received.
   */
  'paidAt': (string);
  /**
   * The payer's reference (a bank transfer's label …).
   */
  'reference': (string);
  'createdAt': (string);
  /**
   * When it was recorded, then moved by each refund.
   */
  'updatedAt': (string);
}
