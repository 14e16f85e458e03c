// Original file: proto/billing/v1/acceptance.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AcceptedPdf as _client_portal_billing_v1_AcceptedPdf, AcceptedPdf__Output as _client_portal_billing_v1_AcceptedPdf__Output } from '../../../client_portal/billing/v1/AcceptedPdf.js';
import type { AnswerQuoteRequest as _client_portal_billing_v1_AnswerQuoteRequest, AnswerQuoteRequest__Output as _client_portal_billing_v1_AnswerQuoteRequest__Output } from '../../../client_portal/billing/v1/AnswerQuoteRequest.js';
import type { ClientDocument as _client_portal_billing_v1_ClientDocument, ClientDocument__Output as _client_portal_billing_v1_ClientDocument__Output } from '../../../client_portal/billing/v1/ClientDocument.js';
import type { GetClientDocumentRequest as _client_portal_billing_v1_GetClientDocumentRequest, GetClientDocumentRequest__Output as _client_portal_billing_v1_GetClientDocumentRequest__Output } from '../../../client_portal/billing/v1/GetClientDocumentRequest.js';
import type { GetPublicAcceptanceRequest as _client_portal_billing_v1_GetPublicAcceptanceRequest, GetPublicAcceptanceRequest__Output as _client_portal_billing_v1_GetPublicAcceptanceRequest__Output } from '../../../client_portal/billing/v1/GetPublicAcceptanceRequest.js';
import type { ListClientDocumentsRequest as _client_portal_billing_v1_ListClientDocumentsRequest, ListClientDocumentsRequest__Output as _client_portal_billing_v1_ListClientDocumentsRequest__Output } from '../../../client_portal/billing/v1/ListClientDocumentsRequest.js';
import type { ListClientDocumentsResponse as _client_portal_billing_v1_ListClientDocumentsResponse, ListClientDocumentsResponse__Output as _client_portal_billing_v1_ListClientDocumentsResponse__Output } from '../../../client_portal/billing/v1/ListClientDocumentsResponse.js';
import type { ListQuoteAcceptancesRequest as _client_portal_billing_v1_ListQuoteAcceptancesRequest, ListQuoteAcceptancesRequest__Output as _client_portal_billing_v1_ListQuoteAcceptancesRequest__Output } from '../../../client_portal/billing/v1/ListQuoteAcceptancesRequest.js';
import type { ListQuoteAcceptancesResponse as _client_portal_billing_v1_ListQuoteAcceptancesResponse, ListQuoteAcceptancesResponse__Output as _client_portal_billing_v1_ListQuoteAcceptancesResponse__Output } from '../../../client_portal/billing/v1/ListQuoteAcceptancesResponse.js';
import type { PublicAcceptance as _client_portal_billing_v1_PublicAcceptance, PublicAcceptance__Output as _client_portal_billing_v1_PublicAcceptance__Output } from '../../../client_portal/billing/v1/PublicAcceptance.js';
import type { QuoteAnswerResult as _client_portal_billing_v1_QuoteAnswerResult, QuoteAnswerResult__Output as _client_portal_billing_v1_QuoteAnswerResult__Output } from '../../../client_portal/billing/v1/QuoteAnswerResult.js';
import type { ReviseQuoteRequest as _client_portal_billing_v1_ReviseQuoteRequest, ReviseQuoteRequest__Output as _client_portal_billing_v1_ReviseQuoteRequest__Output } from '../../../client_portal/billing/v1/ReviseQuoteRequest.js';
import type { VerifyAcceptancePdfRequest as _client_portal_billing_v1_VerifyAcceptancePdfRequest, VerifyAcceptancePdfRequest__Output as _client_portal_billing_v1_VerifyAcceptancePdfRequest__Output } from '../../../client_portal/billing/v1/VerifyAcceptancePdfRequest.js';
import type { VerifyAcceptancePdfResponse as _client_portal_billing_v1_VerifyAcceptancePdfResponse, VerifyAcceptancePdfResponse__Output as _client_portal_billing_v1_VerifyAcceptancePdfResponse__Output } from '../../../client_portal/billing/v1/VerifyAcceptancePdfResponse.js';

export interface AcceptanceServiceClient extends grpc.Client {
  /**
   * A client user of the quote's client accepts an issued, unexpired, unanswered quote.
   */
  AcceptQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  AcceptQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  AcceptQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  AcceptQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  /**
   * A client user of the quote's client accepts an issued, unexpired, unanswered quote.
   */
  acceptQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  acceptQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  acceptQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  acceptQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * No principal needed: the PDF as answered (the bytes whose SHA-256 the evidence holds).
   */
  GetAcceptedPdf(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  GetAcceptedPdf(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  GetAcceptedPdf(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  GetAcceptedPdf(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  /**
   * No principal needed: the PDF as answered (the bytes whose SHA-256 the evidence holds).
   */
  getAcceptedPdf(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  getAcceptedPdf(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  getAcceptedPdf(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  getAcceptedPdf(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  
  /**
   * To fold into DocumentService: one issued document as its client sees it (no internal fields).
   */
  GetClientDocument(argument: _client_portal_billing_v1_GetClientDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  GetClientDocument(argument: _client_portal_billing_v1_GetClientDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  GetClientDocument(argument: _client_portal_billing_v1_GetClientDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  GetClientDocument(argument: _client_portal_billing_v1_GetClientDocumentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  /**
   * To fold into DocumentService: one issued document as its client sees it (no internal fields).
   */
  getClientDocument(argument: _client_portal_billing_v1_GetClientDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  getClientDocument(argument: _client_portal_billing_v1_GetClientDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  getClientDocument(argument: _client_portal_billing_v1_GetClientDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  getClientDocument(argument: _client_portal_billing_v1_GetClientDocumentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  
  /**
   * No principal needed: what the public verification page shows (no amounts).
   */
  GetPublicAcceptance(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PublicAcceptance__Output>): grpc.ClientUnaryCall;
  GetPublicAcceptance(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_PublicAcceptance__Output>): grpc.ClientUnaryCall;
  GetPublicAcceptance(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PublicAcceptance__Output>): grpc.ClientUnaryCall;
  GetPublicAcceptance(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, callback: grpc.requestCallback<_client_portal_billing_v1_PublicAcceptance__Output>): grpc.ClientUnaryCall;
  /**
   * No principal needed: what the public verification page shows (no amounts).
   */
  getPublicAcceptance(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PublicAcceptance__Output>): grpc.ClientUnaryCall;
  getPublicAcceptance(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_PublicAcceptance__Output>): grpc.ClientUnaryCall;
  getPublicAcceptance(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_PublicAcceptance__Output>): grpc.ClientUnaryCall;
  getPublicAcceptance(argument: _client_portal_billing_v1_GetPublicAcceptanceRequest, callback: grpc.requestCallback<_client_portal_billing_v1_PublicAcceptance__Output>): grpc.ClientUnaryCall;
  
  /**
   * To fold into DocumentService: a client's issued documents (never drafts), newest first.
   */
  ListClientDocuments(argument: _client_portal_billing_v1_ListClientDocumentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListClientDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListClientDocuments(argument: _client_portal_billing_v1_ListClientDocumentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListClientDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListClientDocuments(argument: _client_portal_billing_v1_ListClientDocumentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListClientDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListClientDocuments(argument: _client_portal_billing_v1_ListClientDocumentsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListClientDocumentsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * To fold into DocumentService: a client's issued documents (never drafts), newest first.
   */
  listClientDocuments(argument: _client_portal_billing_v1_ListClientDocumentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListClientDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listClientDocuments(argument: _client_portal_billing_v1_ListClientDocumentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListClientDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listClientDocuments(argument: _client_portal_billing_v1_ListClientDocumentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListClientDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listClientDocuments(argument: _client_portal_billing_v1_ListClientDocumentsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListClientDocumentsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Every answer ever given to a quote, newest first (voided ones too). Staff, or the quote's client.
   */
  ListQuoteAcceptances(argument: _client_portal_billing_v1_ListQuoteAcceptancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListQuoteAcceptancesResponse__Output>): grpc.ClientUnaryCall;
  ListQuoteAcceptances(argument: _client_portal_billing_v1_ListQuoteAcceptancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListQuoteAcceptancesResponse__Output>): grpc.ClientUnaryCall;
  ListQuoteAcceptances(argument: _client_portal_billing_v1_ListQuoteAcceptancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListQuoteAcceptancesResponse__Output>): grpc.ClientUnaryCall;
  ListQuoteAcceptances(argument: _client_portal_billing_v1_ListQuoteAcceptancesRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListQuoteAcceptancesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Every answer ever given to a quote, newest first (voided ones too). Staff, or the quote's client.
   */
  listQuoteAcceptances(argument: _client_portal_billing_v1_ListQuoteAcceptancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListQuoteAcceptancesResponse__Output>): grpc.ClientUnaryCall;
  listQuoteAcceptances(argument: _client_portal_billing_v1_ListQuoteAcceptancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListQuoteAcceptancesResponse__Output>): grpc.ClientUnaryCall;
  listQuoteAcceptances(argument: _client_portal_billing_v1_ListQuoteAcceptancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListQuoteAcceptancesResponse__Output>): grpc.ClientUnaryCall;
  listQuoteAcceptances(argument: _client_portal_billing_v1_ListQuoteAcceptancesRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListQuoteAcceptancesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The same, rejecting it.
   */
  RejectQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  RejectQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  RejectQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  RejectQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  /**
   * The same, rejecting it.
   */
  rejectQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  rejectQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  rejectQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  rejectQuote(argument: _client_portal_billing_v1_AnswerQuoteRequest, callback: grpc.requestCallback<_client_portal_billing_v1_QuoteAnswerResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * To fold into DocumentService: its PDF, named <number>.pdf.
   */
  RenderClientDocumentPdf(argument: _client_portal_billing_v1_GetClientDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  RenderClientDocumentPdf(argument: _client_portal_billing_v1_GetClientDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  RenderClientDocumentPdf(argument: _client_portal_billing_v1_GetClientDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  RenderClientDocumentPdf(argument: _client_portal_billing_v1_GetClientDocumentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  /**
   * To fold into DocumentService: its PDF, named <number>.pdf.
   */
  renderClientDocumentPdf(argument: _client_portal_billing_v1_GetClientDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  renderClientDocumentPdf(argument: _client_portal_billing_v1_GetClientDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  renderClientDocumentPdf(argument: _client_portal_billing_v1_GetClientDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  renderClientDocumentPdf(argument: _client_portal_billing_v1_GetClientDocumentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_AcceptedPdf__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (documents.edit): an issued or answered quote goes back to draft keeping its number; its answer's
   * evidence is voided ("a changed version was issued").
   */
  ReviseQuote(argument: _client_portal_billing_v1_ReviseQuoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  ReviseQuote(argument: _client_portal_billing_v1_ReviseQuoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  ReviseQuote(argument: _client_portal_billing_v1_ReviseQuoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  ReviseQuote(argument: _client_portal_billing_v1_ReviseQuoteRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (documents.edit): an issued or answered quote goes back to draft keeping its number; its answer's
   * evidence is voided ("a changed version was issued").
   */
  reviseQuote(argument: _client_portal_billing_v1_ReviseQuoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  reviseQuote(argument: _client_portal_billing_v1_ReviseQuoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  reviseQuote(argument: _client_portal_billing_v1_ReviseQuoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  reviseQuote(argument: _client_portal_billing_v1_ReviseQuoteRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ClientDocument__Output>): grpc.ClientUnaryCall;
  
  /**
   * No principal needed: whether these PDF bytes are exactly the ones answered.
   */
  VerifyAcceptancePdf(argument: _client_portal_billing_v1_VerifyAcceptancePdfRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_VerifyAcceptancePdfResponse__Output>): grpc.ClientUnaryCall;
  VerifyAcceptancePdf(argument: _client_portal_billing_v1_VerifyAcceptancePdfRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_VerifyAcceptancePdfResponse__Output>): grpc.ClientUnaryCall;
  VerifyAcceptancePdf(argument: _client_portal_billing_v1_VerifyAcceptancePdfRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_VerifyAcceptancePdfResponse__Output>): grpc.ClientUnaryCall;
  VerifyAcceptancePdf(argument: _client_portal_billing_v1_VerifyAcceptancePdfRequest, callback: grpc.requestCallback<_client_portal_billing_v1_VerifyAcceptancePdfResponse__Output>): grpc.ClientUnaryCall;
  /**
   * No principal needed: whether these PDF bytes are exactly the ones answered.
   */
  verifyAcceptancePdf(argument: _client_portal_billing_v1_VerifyAcceptancePdfRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_VerifyAcceptancePdfResponse__Output>): grpc.ClientUnaryCall;
  verifyAcceptancePdf(argument: _client_portal_billing_v1_VerifyAcceptancePdfRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_VerifyAcceptancePdfResponse__Output>): grpc.ClientUnaryCall;
  verifyAcceptancePdf(argument: _client_portal_billing_v1_VerifyAcceptancePdfRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_VerifyAcceptancePdfResponse__Output>): grpc.ClientUnaryCall;
  verifyAcceptancePdf(argument: _client_portal_billing_v1_VerifyAcceptancePdfRequest, callback: grpc.requestCallback<_client_portal_billing_v1_VerifyAcceptancePdfResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface AcceptanceServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * A client user of the quote's client accepts an issued, unexpired, unanswered quote.
   */
  AcceptQuote: grpc.handleUnaryCall<_client_portal_billing_v1_AnswerQuoteRequest__Output, _client_portal_billing_v1_QuoteAnswerResult>;
  
  /**
   * No principal needed: the PDF as answered (the bytes whose SHA-256 the evidence holds).
   */
  GetAcceptedPdf: grpc.handleUnaryCall<_client_portal_billing_v1_GetPublicAcceptanceRequest__Output, _client_portal_billing_v1_AcceptedPdf>;
  
  /**
   * To fold into DocumentService: one issued document as its client sees it (no internal fields).
   */
  GetClientDocument: grpc.handleUnaryCall<_client_portal_billing_v1_GetClientDocumentRequest__Output, _client_portal_billing_v1_ClientDocument>;
  
  /**
   * No principal needed: what the public verification page shows (no amounts).
   */
  GetPublicAcceptance: grpc.handleUnaryCall<_client_portal_billing_v1_GetPublicAcceptanceRequest__Output, _client_portal_billing_v1_PublicAcceptance>;
  
  /**
   * To fold into DocumentService: a client's issued documents (never drafts), newest first.
   */
  ListClientDocuments: grpc.handleUnaryCall<_client_portal_billing_v1_ListClientDocumentsRequest__Output, _client_portal_billing_v1_ListClientDocumentsResponse>;
  
  /**
   * Every answer ever given to a quote, newest first (voided ones too). Staff, or the quote's client.
   */
  ListQuoteAcceptances: grpc.handleUnaryCall<_client_portal_billing_v1_ListQuoteAcceptancesRequest__Output, _client_portal_billing_v1_ListQuoteAcceptancesResponse>;
  
  /**
   * The same, rejecting it.
   */
  RejectQuote: grpc.handleUnaryCall<_client_portal_billing_v1_AnswerQuoteRequest__Output, _client_portal_billing_v1_QuoteAnswerResult>;
  
  /**
   * To fold into DocumentService: its PDF, named <number>.pdf.
   */
  RenderClientDocumentPdf: grpc.handleUnaryCall<_client_portal_billing_v1_GetClientDocumentRequest__Output, _client_portal_billing_v1_AcceptedPdf>;
  
  /**
   * Staff (documents.edit): an issued or answered quote goes back to draft keeping its number; its answer's
   * evidence is voided ("a changed version was issued").
   */
  ReviseQuote: grpc.handleUnaryCall<_client_portal_billing_v1_ReviseQuoteRequest__Output, _client_portal_billing_v1_ClientDocument>;
  
  /**
   * No principal needed: whether these PDF bytes are exactly the ones answered.
   */
  VerifyAcceptancePdf: grpc.handleUnaryCall<_client_portal_billing_v1_VerifyAcceptancePdfRequest__Output, _client_portal_billing_v1_VerifyAcceptancePdfResponse>;
  
}

export interface AcceptanceServiceDefinition extends grpc.ServiceDefinition {
  AcceptQuote: MethodDefinition<_client_portal_billing_v1_AnswerQuoteRequest, _client_portal_billing_v1_QuoteAnswerResult, _client_portal_billing_v1_AnswerQuoteRequest__Output, _client_portal_billing_v1_QuoteAnswerResult__Output>
  GetAcceptedPdf: MethodDefinition<_client_portal_billing_v1_GetPublicAcceptanceRequest, _client_portal_billing_v1_AcceptedPdf, _client_portal_billing_v1_GetPublicAcceptanceRequest__Output, _client_portal_billing_v1_AcceptedPdf__Output>
  GetClientDocument: MethodDefinition<_client_portal_billing_v1_GetClientDocumentRequest, _client_portal_billing_v1_ClientDocument, _client_portal_billing_v1_GetClientDocumentRequest__Output, _client_portal_billing_v1_ClientDocument__Output>
  GetPublicAcceptance: MethodDefinition<_client_portal_billing_v1_GetPublicAcceptanceRequest, _client_portal_billing_v1_PublicAcceptance, _client_portal_billing_v1_GetPublicAcceptanceRequest__Output, _client_portal_billing_v1_PublicAcceptance__Output>
  ListClientDocuments: MethodDefinition<_client_portal_billing_v1_ListClientDocumentsRequest, _client_portal_billing_v1_ListClientDocumentsResponse, _client_portal_billing_v1_ListClientDocumentsRequest__Output, _client_portal_billing_v1_ListClientDocumentsResponse__Output>
  ListQuoteAcceptances: MethodDefinition<_client_portal_billing_v1_ListQuoteAcceptancesRequest, _client_portal_billing_v1_ListQuoteAcceptancesResponse, _client_portal_billing_v1_ListQuoteAcceptancesRequest__Output, _client_portal_billing_v1_ListQuoteAcceptancesResponse__Output>
  RejectQuote: MethodDefinition<_client_portal_billing_v1_AnswerQuoteRequest, _client_portal_billing_v1_QuoteAnswerResult, _client_portal_billing_v1_AnswerQuoteRequest__Output, _client_portal_billing_v1_QuoteAnswerResult__Output>
  RenderClientDocumentPdf: MethodDefinition<_client_portal_billing_v1_GetClientDocumentRequest, _client_portal_billing_v1_AcceptedPdf, _client_portal_billing_v1_GetClientDocumentRequest__Output, _client_portal_billing_v1_AcceptedPdf__Output>
  ReviseQuote: MethodDefinition<_client_portal_billing_v1_ReviseQuoteRequest, _client_portal_billing_v1_ClientDocument, _client_portal_billing_v1_ReviseQuoteRequest__Output, _client_portal_billing_v1_ClientDocument__Output>
  VerifyAcceptancePdf: MethodDefinition<_client_portal_billing_v1_VerifyAcceptancePdfRequest, _client_portal_billing_v1_VerifyAcceptancePdfResponse, _client_portal_billing_v1_VerifyAcceptancePdfRequest__Output, _client_portal_billing_v1_VerifyAcceptancePdfResponse__Output>
}
