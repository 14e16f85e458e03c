// Original file: proto/billing/v1/billing.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetInvoiceRequest as _client_portal_billing_v1_GetInvoiceRequest, GetInvoiceRequest__Output as _client_portal_billing_v1_GetInvoiceRequest__Output } from '../../../client_portal/billing/v1/GetInvoiceRequest.js';
import type { Invoice as _client_portal_billing_v1_Invoice, Invoice__Output as _client_portal_billing_v1_Invoice__Output } from '../../../client_portal/billing/v1/Invoice.js';
import type { IssueInvoiceRequest as _client_portal_billing_v1_IssueInvoiceRequest, IssueInvoiceRequest__Output as _client_portal_billing_v1_IssueInvoiceRequest__Output } from '../../../client_portal/billing/v1/IssueInvoiceRequest.js';
import type { ListInvoicesRequest as _client_portal_billing_v1_ListInvoicesRequest, ListInvoicesRequest__Output as _client_portal_billing_v1_ListInvoicesRequest__Output } from '../../../client_portal/billing/v1/ListInvoicesRequest.js';
import type { ListInvoicesResponse as _client_portal_billing_v1_ListInvoicesResponse, ListInvoicesResponse__Output as _client_portal_billing_v1_ListInvoicesResponse__Output } from '../../../client_portal/billing/v1/ListInvoicesResponse.js';
import type { RenderInvoicePdfRequest as _client_portal_billing_v1_RenderInvoicePdfRequest, RenderInvoicePdfRequest__Output as _client_portal_billing_v1_RenderInvoicePdfRequest__Output } from '../../../client_portal/billing/v1/RenderInvoicePdfRequest.js';
import type { RenderInvoicePdfResponse as _client_portal_billing_v1_RenderInvoicePdfResponse, RenderInvoicePdfResponse__Output as _client_portal_billing_v1_RenderInvoicePdfResponse__Output } from '../../../client_portal/billing/v1/RenderInvoicePdfResponse.js';

export interface BillingServiceClient extends grpc.Client {
  /**
   * Staff of the tenant; a client user only for their own client (another client's: NOT_FOUND).
   */
  GetInvoice(argument: _client_portal_billing_v1_GetInvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  GetInvoice(argument: _client_portal_billing_v1_GetInvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  GetInvoice(argument: _client_portal_billing_v1_GetInvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  GetInvoice(argument: _client_portal_billing_v1_GetInvoiceRequest, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  /**
   * Staff of the tenant; a client user only for their own client (another client's: NOT_FOUND).
   */
  getInvoice(argument: _client_portal_billing_v1_GetInvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  getInvoice(argument: _client_portal_billing_v1_GetInvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  getInvoice(argument: _client_portal_billing_v1_GetInvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  getInvoice(argument: _client_portal_billing_v1_GetInvoiceRequest, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff: issues an invoice to a client; numbered per tenant (INV-2026-0001).
   */
  IssueInvoice(argument: _client_portal_billing_v1_IssueInvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  IssueInvoice(argument: _client_portal_billing_v1_IssueInvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  IssueInvoice(argument: _client_portal_billing_v1_IssueInvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  IssueInvoice(argument: _client_portal_billing_v1_IssueInvoiceRequest, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  /**
   * Staff: issues an invoice to a client; numbered per tenant (INV-2026-0001).
   */
  issueInvoice(argument: _client_portal_billing_v1_IssueInvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  issueInvoice(argument: _client_portal_billing_v1_IssueInvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  issueInvoice(argument: _client_portal_billing_v1_IssueInvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  issueInvoice(argument: _client_portal_billing_v1_IssueInvoiceRequest, callback: grpc.requestCallback<_client_portal_billing_v1_Invoice__Output>): grpc.ClientUnaryCall;
  
  /**
   * Newest first.
   */
  ListInvoices(argument: _client_portal_billing_v1_ListInvoicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoicesResponse__Output>): grpc.ClientUnaryCall;
  ListInvoices(argument: _client_portal_billing_v1_ListInvoicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoicesResponse__Output>): grpc.ClientUnaryCall;
  ListInvoices(argument: _client_portal_billing_v1_ListInvoicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoicesResponse__Output>): grpc.ClientUnaryCall;
  ListInvoices(argument: _client_portal_billing_v1_ListInvoicesRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoicesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Newest first.
   */
  listInvoices(argument: _client_portal_billing_v1_ListInvoicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoicesResponse__Output>): grpc.ClientUnaryCall;
  listInvoices(argument: _client_portal_billing_v1_ListInvoicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoicesResponse__Output>): grpc.ClientUnaryCall;
  listInvoices(argument: _client_portal_billing_v1_ListInvoicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoicesResponse__Output>): grpc.ClientUnaryCall;
  listInvoices(argument: _client_portal_billing_v1_ListInvoicesRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListInvoicesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The invoice as a PDF named <number>.pdf; same access as GetInvoice.
   */
  RenderInvoicePdf(argument: _client_portal_billing_v1_RenderInvoicePdfRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_RenderInvoicePdfResponse__Output>): grpc.ClientUnaryCall;
  RenderInvoicePdf(argument: _client_portal_billing_v1_RenderInvoicePdfRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_RenderInvoicePdfResponse__Output>): grpc.ClientUnaryCall;
  RenderInvoicePdf(argument: _client_portal_billing_v1_RenderInvoicePdfRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_RenderInvoicePdfResponse__Output>): grpc.ClientUnaryCall;
  RenderInvoicePdf(argument: _client_portal_billing_v1_RenderInvoicePdfRequest, callback: grpc.requestCallback<_client_portal_billing_v1_RenderInvoicePdfResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The invoice as a PDF named <number>.pdf; same access as GetInvoice.
   */
  renderInvoicePdf(argument: _client_portal_billing_v1_RenderInvoicePdfRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_RenderInvoicePdfResponse__Output>): grpc.ClientUnaryCall;
  renderInvoicePdf(argument: _client_portal_billing_v1_RenderInvoicePdfRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_RenderInvoicePdfResponse__Output>): grpc.ClientUnaryCall;
  renderInvoicePdf(argument: _client_portal_billing_v1_RenderInvoicePdfRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_RenderInvoicePdfResponse__Output>): grpc.ClientUnaryCall;
  renderInvoicePdf(argument: _client_portal_billing_v1_RenderInvoicePdfRequest, callback: grpc.requestCallback<_client_portal_billing_v1_RenderInvoicePdfResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface BillingServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Staff of the tenant; a client user only for their own client (another client's: NOT_FOUND).
   */
  GetInvoice: grpc.handleUnaryCall<_client_portal_billing_v1_GetInvoiceRequest__Output, _client_portal_billing_v1_Invoice>;
  
  /**
   * Staff: issues an invoice to a client; numbered per tenant (INV-2026-0001).
   */
  IssueInvoice: grpc.handleUnaryCall<_client_portal_billing_v1_IssueInvoiceRequest__Output, _client_portal_billing_v1_Invoice>;
  
  /**
   * Newest first.
   */
  ListInvoices: grpc.handleUnaryCall<_client_portal_billing_v1_ListInvoicesRequest__Output, _client_portal_billing_v1_ListInvoicesResponse>;
  
  /**
   * The invoice as a PDF named <number>.pdf; same access as GetInvoice.
   */
  RenderInvoicePdf: grpc.handleUnaryCall<_client_portal_billing_v1_RenderInvoicePdfRequest__Output, _client_portal_billing_v1_RenderInvoicePdfResponse>;
  
}

export interface BillingServiceDefinition extends grpc.ServiceDefinition {
  GetInvoice: MethodDefinition<_client_portal_billing_v1_GetInvoiceRequest, _client_portal_billing_v1_Invoice, _client_portal_billing_v1_GetInvoiceRequest__Output, _client_portal_billing_v1_Invoice__Output>
  IssueInvoice: MethodDefinition<_client_portal_billing_v1_IssueInvoiceRequest, _client_portal_billing_v1_Invoice, _client_portal_billing_v1_IssueInvoiceRequest__Output, _client_portal_billing_v1_Invoice__Output>
  ListInvoices: MethodDefinition<_client_portal_billing_v1_ListInvoicesRequest, _client_portal_billing_v1_ListInvoicesResponse, _client_portal_billing_v1_ListInvoicesRequest__Output, _client_portal_billing_v1_ListInvoicesResponse__Output>
  RenderInvoicePdf: MethodDefinition<_client_portal_billing_v1_RenderInvoicePdfRequest, _client_portal_billing_v1_RenderInvoicePdfResponse, _client_portal_billing_v1_RenderInvoicePdfRequest__Output, _client_portal_billing_v1_RenderInvoicePdfResponse__Output>
}
