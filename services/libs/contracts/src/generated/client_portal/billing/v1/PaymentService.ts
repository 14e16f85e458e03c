// Original file: proto/billing/v1/payments.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetCardPaymentRequest as _client_portal_billing_v1_GetCardPaymentRequest, GetCardPaymentRequest__Output as _client_portal_billing_v1_GetCardPaymentRequest__Output } from '../../../client_portal/billing/v1/GetCardPaymentRequest.js';
import type { ListInvoiceBalancesRequest as _client_portal_billing_v1_ListInvoiceBalancesRequest, ListInvoiceBalancesRequest__Output as _client_portal_billing_v1_ListInvoiceBalancesRequest__Output } from '../../../client_portal/billing/v1/ListInvoiceBalancesRequest.js';
import type { ListInvoiceBalancesResponse as _client_portal_billing_v1_ListInvoiceBalancesResponse, ListInvoiceBalancesResponse__Output as _client_portal_billing_v1_ListInvoiceBalancesResponse__Output } from '../../../client_portal/billing/v1/ListInvoiceBalancesResponse.js';
import type { ListPaymentsRequest as _client_portal_billing_v1_ListPaymentsRequest, ListPaymentsRequest__Output as _client_portal_billing_v1_ListPaymentsRequest__Output } from '../../../client_portal/billing/v1/ListPaymentsRequest.js';
import type { ListPaymentsResponse as _client_portal_billing_v1_ListPaymentsResponse, ListPaymentsResponse__Output as _client_portal_billing_v1_ListPaymentsResponse__Output } from '../../../client_portal/billing/v1/ListPaymentsResponse.js';
import type { PaymentCheckoutView as _client_portal_billing_v1_PaymentCheckoutView, PaymentCheckoutView__Output as _client_portal_billing_v1_PaymentCheckoutView__Output } from '../../../client_portal/billing/v1/PaymentCheckoutView.js';
import type { PaymentView as _client_portal_billing_v1_PaymentView, PaymentView__Output as _client_portal_billing_v1_PaymentView__Output } from '../../../client_portal/billing/v1/PaymentView.js';
import type { ReceiveStripeWebhookRequest as _client_portal_billing_v1_ReceiveStripeWebhookRequest, ReceiveStripeWebhookRequest__Output as _client_portal_billing_v1_ReceiveStripeWebhookRequest__Output } from '../../../client_portal/billing/v1/ReceiveStripeWebhookRequest.js';
import type { ReceiveStripeWebhookResponse as _client_portal_billing_v1_ReceiveStripeWebhookResponse, ReceiveStripeWebhookResponse__Output as _client_portal_billing_v1_ReceiveStripeWebhookResponse__Output } from '../../../client_portal/billing/v1/ReceiveStripeWebhookResponse.js';
import type { RecordManualPaymentRequest as _client_portal_billing_v1_RecordManualPaymentRequest, RecordManualPaymentRequest__Output as _client_portal_billing_v1_RecordManualPaymentRequest__Output } from '../../../client_portal/billing/v1/RecordManualPaymentRequest.js';
import type { RefundPaymentRequest as _client_portal_billing_v1_RefundPaymentRequest, RefundPaymentRequest__Output as _client_portal_billing_v1_RefundPaymentRequest__Output } from '../../../client_portal/billing/v1/RefundPaymentRequest.js';
import type { StartCardPaymentRequest as _client_portal_billing_v1_StartCardPaymentRequest, StartCardPaymentRequest__Output as _client_portal_billing_v1_StartCardPaymentRequest__Output } from '../../../client_portal/billing/v1/StartCardPaymentRequest.js';

export interface PaymentServiceClient extends grpc.Client {
  /**
   * The checkout's state (the payer's own, or staff with billing.view): pending until the webhook.
   */
  GetCardPayment(argument: _client_portal_billing_v1_GetCardPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  GetCardPayment(argument: _client_portal_billing_v1_GetCardPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  GetCardPayment(argument: _client_portal_billing_v1_GetCardPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  GetCardPayment(argument: _client_portal_billing_v1_GetCardPaymentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  /**
   * The checkout's state (the payer's own, or staff with billing.view): pending until the webhook.
   */
  getCardPayment(argument: _client_portal_billing_v1_GetCardPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  getCardPayment(argument: _client_portal_billing_v1_GetCardPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  getCardPayment(argument: _client_portal_billing_v1_GetCardPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  getCardPayment(argument: _client_portal_billing_v1_GetCardPaymentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  
  /**
   * A client's issued invoices with what is paid and due on each (staff billing.view; a client user
   * their own): what the pay dialogs and the manual payment form choose from. Newest first.
   */
  ListInvoiceBalances(argument: _client_portal_billing_v1_ListInvoiceBalancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoiceBalancesResponse__Output>): grpc.ClientUnaryCall;
  ListInvoiceBalances(argument: _client_portal_billing_v1_ListInvoiceBalancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoiceBalancesResponse__Output>): grpc.ClientUnaryCall;
  ListInvoiceBalances(argument: _client_portal_billing_v1_ListInvoiceBalancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoiceBalancesResponse__Output>): grpc.ClientUnaryCall;
  ListInvoiceBalances(argument: _client_portal_billing_v1_ListInvoiceBalancesRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoiceBalancesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A client's issued invoices with what is paid and due on each (staff billing.view; a client user
   * their own): what the pay dialogs and the manual payment form choose from. Newest first.
   */
  listInvoiceBalances(argument: _client_portal_billing_v1_ListInvoiceBalancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoiceBalancesResponse__Output>): grpc.ClientUnaryCall;
  listInvoiceBalances(argument: _client_portal_billing_v1_ListInvoiceBalancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoiceBalancesResponse__Output>): grpc.ClientUnaryCall;
  listInvoiceBalances(argument: _client_portal_billing_v1_ListInvoiceBalancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoiceBalancesResponse__Output>): grpc.ClientUnaryCall;
  listInvoiceBalances(argument: _client_portal_billing_v1_ListInvoiceBalancesRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoiceBalancesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * One client's payments (staff billing.view; a client user their own), newest first; optionally of
   * one invoice. With by_update / updated_since: least recently changed first, the tenant's for staff.
   */
  ListPayments(argument: _client_portal_billing_v1_ListPaymentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  ListPayments(argument: _client_portal_billing_v1_ListPaymentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  ListPayments(argument: _client_portal_billing_v1_ListPaymentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  ListPayments(argument: _client_portal_billing_v1_ListPaymentsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * One client's payments (staff billing.view; a client user their own), newest first; optionally of
   * one invoice. With by_update / updated_since: least recently changed first, the tenant's for staff.
   */
  listPayments(argument: _client_portal_billing_v1_ListPaymentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  listPayments(argument: _client_portal_billing_v1_ListPaymentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  listPayments(argument: _client_portal_billing_v1_ListPaymentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  listPayments(argument: _client_portal_billing_v1_ListPaymentsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * A Stripe webhook delivery, as received (raw body + Stripe-Signature); recorded once when verified.
   */
  ReceiveStripeWebhook(argument: _client_portal_billing_v1_ReceiveStripeWebhookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ReceiveStripeWebhookResponse__Output>): grpc.ClientUnaryCall;
  ReceiveStripeWebhook(argument: _client_portal_billing_v1_ReceiveStripeWebhookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ReceiveStripeWebhookResponse__Output>): grpc.ClientUnaryCall;
  ReceiveStripeWebhook(argument: _client_portal_billing_v1_ReceiveStripeWebhookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ReceiveStripeWebhookResponse__Output>): grpc.ClientUnaryCall;
  ReceiveStripeWebhook(argument: _client_portal_billing_v1_ReceiveStripeWebhookRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ReceiveStripeWebhookResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A Stripe webhook delivery, as received (raw body + Stripe-Signature); recorded once when verified.
   */
  receiveStripeWebhook(argument: _client_portal_billing_v1_ReceiveStripeWebhookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ReceiveStripeWebhookResponse__Output>): grpc.ClientUnaryCall;
  receiveStripeWebhook(argument: _client_portal_billing_v1_ReceiveStripeWebhookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ReceiveStripeWebhookResponse__Output>): grpc.ClientUnaryCall;
  receiveStripeWebhook(argument: _client_portal_billing_v1_ReceiveStripeWebhookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ReceiveStripeWebhookResponse__Output>): grpc.ClientUnaryCall;
  receiveStripeWebhook(argument: _client_portal_billing_v1_ReceiveStripeWebhookRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ReceiveStripeWebhookResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (payments.record): money received outside Stripe (bank transfer, cash, other).
   */
  RecordManualPayment(argument: _client_portal_billing_v1_RecordManualPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  RecordManualPayment(argument: _client_portal_billing_v1_RecordManualPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  RecordManualPayment(argument: _client_portal_billing_v1_RecordManualPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  RecordManualPayment(argument: _client_portal_billing_v1_RecordManualPaymentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (payments.record): money received outside Stripe (bank transfer, cash, other).
   */
  recordManualPayment(argument: _client_portal_billing_v1_RecordManualPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  recordManualPayment(argument: _client_portal_billing_v1_RecordManualPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  recordManualPayment(argument: _client_portal_billing_v1_RecordManualPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  recordManualPayment(argument: _client_portal_billing_v1_RecordManualPaymentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (payments.refund): all or part of a payment; card payments through Stripe's refunds API.
   */
  RefundPayment(argument: _client_portal_billing_v1_RefundPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  RefundPayment(argument: _client_portal_billing_v1_RefundPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  RefundPayment(argument: _client_portal_billing_v1_RefundPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  RefundPayment(argument: _client_portal_billing_v1_RefundPaymentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (payments.refund): all or part of a payment; card payments through Stripe's refunds API.
   */
  refundPayment(argument: _client_portal_billing_v1_RefundPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  refundPayment(argument: _client_portal_billing_v1_RefundPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  refundPayment(argument: _client_portal_billing_v1_RefundPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  refundPayment(argument: _client_portal_billing_v1_RefundPaymentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentView__Output>): grpc.ClientUnaryCall;
  
  /**
   * A client user pays one or more of their own client's invoices by card (Stripe). Billing creates and
   * confirms a PaymentIntent; the payment is recorded only when Stripe's signed webhook arrives.
   */
  StartCardPayment(argument: _client_portal_billing_v1_StartCardPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  StartCardPayment(argument: _client_portal_billing_v1_StartCardPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  StartCardPayment(argument: _client_portal_billing_v1_StartCardPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  StartCardPayment(argument: _client_portal_billing_v1_StartCardPaymentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  /**
   * A client user pays one or more of their own client's invoices by card (Stripe). Billing creates and
   * confirms a PaymentIntent; the payment is recorded only when Stripe's signed webhook arrives.
   */
  startCardPayment(argument: _client_portal_billing_v1_StartCardPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  startCardPayment(argument: _client_portal_billing_v1_StartCardPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  startCardPayment(argument: _client_portal_billing_v1_StartCardPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  startCardPayment(argument: _client_portal_billing_v1_StartCardPaymentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_PaymentCheckoutView__Output>): grpc.ClientUnaryCall;
  
}

export interface PaymentServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * The checkout's state (the payer's own, or staff with billing.view): pending until the webhook.
   */
  GetCardPayment: grpc.handleUnaryCall<_client_portal_billing_v1_GetCardPaymentRequest__Output, _client_portal_billing_v1_PaymentCheckoutView>;
  
  /**
   * A client's issued invoices with what is paid and due on each (staff billing.view; a client user
   * their own): what the pay dialogs and the manual payment form choose from. Newest first.
   */
  ListInvoiceBalances: grpc.handleUnaryCall<_client_portal_billing_v1_ListInvoiceBalancesRequest__Output, _client_portal_billing_v1_ListInvoiceBalancesResponse>;
  
  /**
   * One client's payments (staff billing.view; a client user their own), newest first; optionally of
   * one invoice. With by_update / updated_since: least recently changed first, the tenant's for staff.
   */
  ListPayments: grpc.handleUnaryCall<_client_portal_billing_v1_ListPaymentsRequest__Output, _client_portal_billing_v1_ListPaymentsResponse>;
  
  /**
   * A Stripe webhook delivery, as received (raw body + Stripe-Signature); recorded once when verified.
   */
  ReceiveStripeWebhook: grpc.handleUnaryCall<_client_portal_billing_v1_ReceiveStripeWebhookRequest__Output, _client_portal_billing_v1_ReceiveStripeWebhookResponse>;
  
  /**
   * Staff (payments.record): money received outside Stripe (bank transfer, cash, other).
   */
  RecordManualPayment: grpc.handleUnaryCall<_client_portal_billing_v1_RecordManualPaymentRequest__Output, _client_portal_billing_v1_PaymentView>;
  
  /**
   * Staff (payments.refund): all or part of a payment; card payments through Stripe's refunds API.
   */
  RefundPayment: grpc.handleUnaryCall<_client_portal_billing_v1_RefundPaymentRequest__Output, _client_portal_billing_v1_PaymentView>;
  
  /**
   * A client user pays one or more of their own client's invoices by card (Stripe). Billing creates and
   * confirms a PaymentIntent; the payment is recorded only when Stripe's signed webhook arrives.
   */
  StartCardPayment: grpc.handleUnaryCall<_client_portal_billing_v1_StartCardPaymentRequest__Output, _client_portal_billing_v1_PaymentCheckoutView>;
  
}

export interface PaymentServiceDefinition extends grpc.ServiceDefinition {
  GetCardPayment: MethodDefinition<_client_portal_billing_v1_GetCardPaymentRequest, _client_portal_billing_v1_PaymentCheckoutView, _client_portal_billing_v1_GetCardPaymentRequest__Output, _client_portal_billing_v1_PaymentCheckoutView__Output>
  ListInvoiceBalances: MethodDefinition<_client_portal_billing_v1_ListInvoiceBalancesRequest, _client_portal_billing_v1_ListInvoiceBalancesResponse, _client_portal_billing_v1_ListInvoiceBalancesRequest__Output, _client_portal_billing_v1_ListInvoiceBalancesResponse__Output>
  ListPayments: MethodDefinition<_client_portal_billing_v1_ListPaymentsRequest, _client_portal_billing_v1_ListPaymentsResponse, _client_portal_billing_v1_ListPaymentsRequest__Output, _client_portal_billing_v1_ListPaymentsResponse__Output>
  ReceiveStripeWebhook: MethodDefinition<_client_portal_billing_v1_ReceiveStripeWebhookRequest, _client_portal_billing_v1_ReceiveStripeWebhookResponse, _client_portal_billing_v1_ReceiveStripeWebhookRequest__Output, _client_portal_billing_v1_ReceiveStripeWebhookResponse__Output>
  RecordManualPayment: MethodDefinition<_client_portal_billing_v1_RecordManualPaymentRequest, _client_portal_billing_v1_PaymentView, _client_portal_billing_v1_RecordManualPaymentRequest__Output, _client_portal_billing_v1_PaymentView__Output>
  RefundPayment: MethodDefinition<_client_portal_billing_v1_RefundPaymentRequest, _client_portal_billing_v1_PaymentView, _client_portal_billing_v1_RefundPaymentRequest__Output, _client_portal_billing_v1_PaymentView__Output>
  StartCardPayment: MethodDefinition<_client_portal_billing_v1_StartCardPaymentRequest, _client_portal_billing_v1_PaymentCheckoutView, _client_portal_billing_v1_StartCardPaymentRequest__Output, _client_portal_billing_v1_PaymentCheckoutView__Output>
}
