// Original file: proto/partner/v1/payments.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListPaymentsRequest as _client_portal_partner_v1_ListPaymentsRequest, ListPaymentsRequest__Output as _client_portal_partner_v1_ListPaymentsRequest__Output } from '../../../client_portal/partner/v1/ListPaymentsRequest.js';
import type { ListPaymentsResponse as _client_portal_partner_v1_ListPaymentsResponse, ListPaymentsResponse__Output as _client_portal_partner_v1_ListPaymentsResponse__Output } from '../../../client_portal/partner/v1/ListPaymentsResponse.js';
import type { Payment as _client_portal_partner_v1_Payment, Payment__Output as _client_portal_partner_v1_Payment__Output } from '../../../client_portal/partner/v1/Payment.js';
import type { RecordPaymentRequest as _client_portal_partner_v1_RecordPaymentRequest, RecordPaymentRequest__Output as _client_portal_partner_v1_RecordPaymentRequest__Output } from '../../../client_portal/partner/v1/RecordPaymentRequest.js';

/**
 * Payments received from clients (by card through the portal, or recorded by the team) and what they paid.
 */
export interface PaymentServiceClient extends grpc.Client {
  /**
   * Scope: `payments:read`.
   */
  ListPayments(argument: _client_portal_partner_v1_ListPaymentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  ListPayments(argument: _client_portal_partner_v1_ListPaymentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  ListPayments(argument: _client_portal_partner_v1_ListPaymentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  ListPayments(argument: _client_portal_partner_v1_ListPaymentsRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `payments:read`.
   */
  listPayments(argument: _client_portal_partner_v1_ListPaymentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  listPayments(argument: _client_portal_partner_v1_ListPaymentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  listPayments(argument: _client_portal_partner_v1_ListPaymentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  listPayments(argument: _client_portal_partner_v1_ListPaymentsRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListPaymentsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `payments:write`. Records a payment received outside the portal (bank transfer, cash, cheque …)
   * against one or more issued invoices of a client.
   */
  RecordPayment(argument: _client_portal_partner_v1_RecordPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Payment__Output>): grpc.ClientUnaryCall;
  RecordPayment(argument: _client_portal_partner_v1_RecordPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Payment__Output>): grpc.ClientUnaryCall;
  RecordPayment(argument: _client_portal_partner_v1_RecordPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Payment__Output>): grpc.ClientUnaryCall;
  RecordPayment(argument: _client_portal_partner_v1_RecordPaymentRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Payment__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `payments:write`. Records a payment received outside the portal (bank transfer, cash, cheque …)
   * against one or more issued invoices of a client.
   */
  recordPayment(argument: _client_portal_partner_v1_RecordPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Payment__Output>): grpc.ClientUnaryCall;
  recordPayment(argument: _client_portal_partner_v1_RecordPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Payment__Output>): grpc.ClientUnaryCall;
  recordPayment(argument: _client_portal_partner_v1_RecordPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Payment__Output>): grpc.ClientUnaryCall;
  recordPayment(argument: _client_portal_partner_v1_RecordPaymentRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Payment__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Payments received from clients (by card through the portal, or recorded by the team) and what they paid.
 */
export interface PaymentServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Scope: `payments:read`.
   */
  ListPayments: grpc.handleUnaryCall<_client_portal_partner_v1_ListPaymentsRequest__Output, _client_portal_partner_v1_ListPaymentsResponse>;
  
  /**
   * Scope: `payments:write`. Records a payment received outside the portal (bank transfer, cash, cheque …)
   * against one or more issued invoices of a client.
   */
  RecordPayment: grpc.handleUnaryCall<_client_portal_partner_v1_RecordPaymentRequest__Output, _client_portal_partner_v1_Payment>;
  
}

export interface PaymentServiceDefinition extends grpc.ServiceDefinition {
  ListPayments: MethodDefinition<_client_portal_partner_v1_ListPaymentsRequest, _client_portal_partner_v1_ListPaymentsResponse, _client_portal_partner_v1_ListPaymentsRequest__Output, _client_portal_partner_v1_ListPaymentsResponse__Output>
  RecordPayment: MethodDefinition<_client_portal_partner_v1_RecordPaymentRequest, _client_portal_partner_v1_Payment, _client_portal_partner_v1_RecordPaymentRequest__Output, _client_portal_partner_v1_Payment__Output>
}
