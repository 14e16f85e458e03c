// Original file: proto/billing/v1/documents.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { BillingDocumentView as _client_portal_billing_v1_BillingDocumentView, BillingDocumentView__Output as _client_portal_billing_v1_BillingDocumentView__Output } from '../../../client_portal/billing/v1/BillingDocumentView.js';
import type { ConvertQuoteRequest as _client_portal_billing_v1_ConvertQuoteRequest, ConvertQuoteRequest__Output as _client_portal_billing_v1_ConvertQuoteRequest__Output } from '../../../client_portal/billing/v1/ConvertQuoteRequest.js';
import type { CreateCreditNoteRequest as _client_portal_billing_v1_CreateCreditNoteRequest, CreateCreditNoteRequest__Output as _client_portal_billing_v1_CreateCreditNoteRequest__Output } from '../../../client_portal/billing/v1/CreateCreditNoteRequest.js';
import type { CreateDraftRequest as _client_portal_billing_v1_CreateDraftRequest, CreateDraftRequest__Output as _client_portal_billing_v1_CreateDraftRequest__Output } from '../../../client_portal/billing/v1/CreateDraftRequest.js';
import type { DeleteDraftRequest as _client_portal_billing_v1_DeleteDraftRequest, DeleteDraftRequest__Output as _client_portal_billing_v1_DeleteDraftRequest__Output } from '../../../client_portal/billing/v1/DeleteDraftRequest.js';
import type { DeleteDraftResponse as _client_portal_billing_v1_DeleteDraftResponse, DeleteDraftResponse__Output as _client_portal_billing_v1_DeleteDraftResponse__Output } from '../../../client_portal/billing/v1/DeleteDraftResponse.js';
import type { DuplicateDocumentRequest as _client_portal_billing_v1_DuplicateDocumentRequest, DuplicateDocumentRequest__Output as _client_portal_billing_v1_DuplicateDocumentRequest__Output } from '../../../client_portal/billing/v1/DuplicateDocumentRequest.js';
import type { GetDocumentRequest as _client_portal_billing_v1_GetDocumentRequest, GetDocumentRequest__Output as _client_portal_billing_v1_GetDocumentRequest__Output } from '../../../client_portal/billing/v1/GetDocumentRequest.js';
import type { IssueDocumentRequest as _client_portal_billing_v1_IssueDocumentRequest, IssueDocumentRequest__Output as _client_portal_billing_v1_IssueDocumentRequest__Output } from '../../../client_portal/billing/v1/IssueDocumentRequest.js';
import type { ListDocumentsRequest as _client_portal_billing_v1_ListDocumentsRequest, ListDocumentsRequest__Output as _client_portal_billing_v1_ListDocumentsRequest__Output } from '../../../client_portal/billing/v1/ListDocumentsRequest.js';
import type { ListDocumentsResponse as _client_portal_billing_v1_ListDocumentsResponse, ListDocumentsResponse__Output as _client_portal_billing_v1_ListDocumentsResponse__Output } from '../../../client_portal/billing/v1/ListDocumentsResponse.js';
import type { RenderDocumentPdfRequest as _client_portal_billing_v1_RenderDocumentPdfRequest, RenderDocumentPdfRequest__Output as _client_portal_billing_v1_RenderDocumentPdfRequest__Output } from '../../../client_portal/billing/v1/RenderDocumentPdfRequest.js';
import type { RenderDocumentPdfResponse as _client_portal_billing_v1_RenderDocumentPdfResponse, RenderDocumentPdfResponse__Output as _client_portal_billing_v1_RenderDocumentPdfResponse__Output } from '../../../client_portal/billing/v1/RenderDocumentPdfResponse.js';
import type { SendDocumentRequest as _client_portal_billing_v1_SendDocumentRequest, SendDocumentRequest__Output as _client_portal_billing_v1_SendDocumentRequest__Output } from '../../../client_portal/billing/v1/SendDocumentRequest.js';
import type { UpdateDraftRequest as _client_portal_billing_v1_UpdateDraftRequest, UpdateDraftRequest__Output as _client_portal_billing_v1_UpdateDraftRequest__Output } from '../../../client_portal/billing/v1/UpdateDraftRequest.js';
import type { VoidDocumentRequest as _client_portal_billing_v1_VoidDocumentRequest, VoidDocumentRequest__Output as _client_portal_billing_v1_VoidDocumentRequest__Output } from '../../../client_portal/billing/v1/VoidDocumentRequest.js';

/**
 * Staff need billing.view to read, documents.edit to change (drafts, issue, duplicate, convert, credit,
 * send) and documents.void to void. A client user reads only the issued documents of their own client
 * (another client's, or a draft: NOT_FOUND) and never sees created_by.
 */
export interface DocumentServiceClient extends grpc.Client {
  /**
   * An accepted quote as an invoice draft: in full, a deposit percentage, or the balance after deposits.
   */
  ConvertQuote(argument: _client_portal_billing_v1_ConvertQuoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  ConvertQuote(argument: _client_portal_billing_v1_ConvertQuoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  ConvertQuote(argument: _client_portal_billing_v1_ConvertQuoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  ConvertQuote(argument: _client_portal_billing_v1_ConvertQuoteRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  /**
   * An accepted quote as an invoice draft: in full, a deposit percentage, or the balance after deposits.
   */
  convertQuote(argument: _client_portal_billing_v1_ConvertQuoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  convertQuote(argument: _client_portal_billing_v1_ConvertQuoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  convertQuote(argument: _client_portal_billing_v1_ConvertQuoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  convertQuote(argument: _client_portal_billing_v1_ConvertQuoteRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  
  /**
   * A credit note draft against an issued invoice (all its lines, or the lines given).
   */
  CreateCreditNote(argument: _client_portal_billing_v1_CreateCreditNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  CreateCreditNote(argument: _client_portal_billing_v1_CreateCreditNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  CreateCreditNote(argument: _client_portal_billing_v1_CreateCreditNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  CreateCreditNote(argument: _client_portal_billing_v1_CreateCreditNoteRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  /**
   * A credit note draft against an issued invoice (all its lines, or the lines given).
   */
  createCreditNote(argument: _client_portal_billing_v1_CreateCreditNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  createCreditNote(argument: _client_portal_billing_v1_CreateCreditNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  createCreditNote(argument: _client_portal_billing_v1_CreateCreditNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  createCreditNote(argument: _client_portal_billing_v1_CreateCreditNoteRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  
  /**
   * A new draft of one of the five kinds for a client.
   */
  CreateDraft(argument: _client_portal_billing_v1_CreateDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  CreateDraft(argument: _client_portal_billing_v1_CreateDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  CreateDraft(argument: _client_portal_billing_v1_CreateDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  CreateDraft(argument: _client_portal_billing_v1_CreateDraftRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  /**
   * A new draft of one of the five kinds for a client.
   */
  createDraft(argument: _client_portal_billing_v1_CreateDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  createDraft(argument: _client_portal_billing_v1_CreateDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  createDraft(argument: _client_portal_billing_v1_CreateDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  createDraft(argument: _client_portal_billing_v1_CreateDraftRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Only a draft that never held a number.
   */
  DeleteDraft(argument: _client_portal_billing_v1_DeleteDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_DeleteDraftResponse__Output>): grpc.ClientUnaryCall;
  DeleteDraft(argument: _client_portal_billing_v1_DeleteDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_DeleteDraftResponse__Output>): grpc.ClientUnaryCall;
  DeleteDraft(argument: _client_portal_billing_v1_DeleteDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_DeleteDraftResponse__Output>): grpc.ClientUnaryCall;
  DeleteDraft(argument: _client_portal_billing_v1_DeleteDraftRequest, callback: grpc.requestCallback<_client_portal_billing_v1_DeleteDraftResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Only a draft that never held a number.
   */
  deleteDraft(argument: _client_portal_billing_v1_DeleteDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_DeleteDraftResponse__Output>): grpc.ClientUnaryCall;
  deleteDraft(argument: _client_portal_billing_v1_DeleteDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_DeleteDraftResponse__Output>): grpc.ClientUnaryCall;
  deleteDraft(argument: _client_portal_billing_v1_DeleteDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_DeleteDraftResponse__Output>): grpc.ClientUnaryCall;
  deleteDraft(argument: _client_portal_billing_v1_DeleteDraftRequest, callback: grpc.requestCallback<_client_portal_billing_v1_DeleteDraftResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * A new draft with the same content, of the same kind or another.
   */
  DuplicateDocument(argument: _client_portal_billing_v1_DuplicateDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  DuplicateDocument(argument: _client_portal_billing_v1_DuplicateDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  DuplicateDocument(argument: _client_portal_billing_v1_DuplicateDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  DuplicateDocument(argument: _client_portal_billing_v1_DuplicateDocumentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  /**
   * A new draft with the same content, of the same kind or another.
   */
  duplicateDocument(argument: _client_portal_billing_v1_DuplicateDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  duplicateDocument(argument: _client_portal_billing_v1_DuplicateDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  duplicateDocument(argument: _client_portal_billing_v1_DuplicateDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  duplicateDocument(argument: _client_portal_billing_v1_DuplicateDocumentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  
  /**
   * A client user's first read of an issued document marks it viewed.
   */
  GetDocument(argument: _client_portal_billing_v1_GetDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  GetDocument(argument: _client_portal_billing_v1_GetDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  GetDocument(argument: _client_portal_billing_v1_GetDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  GetDocument(argument: _client_portal_billing_v1_GetDocumentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  /**
   * A client user's first read of an issued document marks it viewed.
   */
  getDocument(argument: _client_portal_billing_v1_GetDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  getDocument(argument: _client_portal_billing_v1_GetDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  getDocument(argument: _client_portal_billing_v1_GetDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  getDocument(argument: _client_portal_billing_v1_GetDocumentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Numbers (gap-free per tenant, kind and year), snapshots both parties and freezes the draft.
   */
  IssueDocument(argument: _client_portal_billing_v1_IssueDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  IssueDocument(argument: _client_portal_billing_v1_IssueDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  IssueDocument(argument: _client_portal_billing_v1_IssueDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  IssueDocument(argument: _client_portal_billing_v1_IssueDocumentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  /**
   * Numbers (gap-free per tenant, kind and year), snapshots both parties and freezes the draft.
   */
  issueDocument(argument: _client_portal_billing_v1_IssueDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  issueDocument(argument: _client_portal_billing_v1_IssueDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  issueDocument(argument: _client_portal_billing_v1_IssueDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  issueDocument(argument: _client_portal_billing_v1_IssueDocumentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Newest first (or, with by_update / updated_since, least recently changed first).
   */
  ListDocuments(argument: _client_portal_billing_v1_ListDocumentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListDocuments(argument: _client_portal_billing_v1_ListDocumentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListDocuments(argument: _client_portal_billing_v1_ListDocumentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListDocuments(argument: _client_portal_billing_v1_ListDocumentsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Newest first (or, with by_update / updated_since, least recently changed first).
   */
  listDocuments(argument: _client_portal_billing_v1_ListDocumentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listDocuments(argument: _client_portal_billing_v1_ListDocumentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listDocuments(argument: _client_portal_billing_v1_ListDocumentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listDocuments(argument: _client_portal_billing_v1_ListDocumentsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The document as a PDF named <number>.pdf (a draft: DRAFT-<id>.pdf); same access as GetDocument.
   */
  RenderDocumentPdf(argument: _client_portal_billing_v1_RenderDocumentPdfRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_RenderDocumentPdfResponse__Output>): grpc.ClientUnaryCall;
  RenderDocumentPdf(argument: _client_portal_billing_v1_RenderDocumentPdfRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_RenderDocumentPdfResponse__Output>): grpc.ClientUnaryCall;
  RenderDocumentPdf(argument: _client_portal_billing_v1_RenderDocumentPdfRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_RenderDocumentPdfResponse__Output>): grpc.ClientUnaryCall;
  RenderDocumentPdf(argument: _client_portal_billing_v1_RenderDocumentPdfRequest, callback: grpc.requestCallback<_client_portal_billing_v1_RenderDocumentPdfResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The document as a PDF named <number>.pdf (a draft: DRAFT-<id>.pdf); same access as GetDocument.
   */
  renderDocumentPdf(argument: _client_portal_billing_v1_RenderDocumentPdfRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_RenderDocumentPdfResponse__Output>): grpc.ClientUnaryCall;
  renderDocumentPdf(argument: _client_portal_billing_v1_RenderDocumentPdfRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_RenderDocumentPdfResponse__Output>): grpc.ClientUnaryCall;
  renderDocumentPdf(argument: _client_portal_billing_v1_RenderDocumentPdfRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_RenderDocumentPdfResponse__Output>): grpc.ClientUnaryCall;
  renderDocumentPdf(argument: _client_portal_billing_v1_RenderDocumentPdfRequest, callback: grpc.requestCallback<_client_portal_billing_v1_RenderDocumentPdfResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * E-mails an issued document to the client's recipients (or those given) with a portal link.
   */
  SendDocument(argument: _client_portal_billing_v1_SendDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  SendDocument(argument: _client_portal_billing_v1_SendDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  SendDocument(argument: _client_portal_billing_v1_SendDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  SendDocument(argument: _client_portal_billing_v1_SendDocumentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  /**
   * E-mails an issued document to the client's recipients (or those given) with a portal link.
   */
  sendDocument(argument: _client_portal_billing_v1_SendDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  sendDocument(argument: _client_portal_billing_v1_SendDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  sendDocument(argument: _client_portal_billing_v1_SendDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  sendDocument(argument: _client_portal_billing_v1_SendDocumentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Replaces a draft's content; `expected_version` must be the version read (else FAILED_PRECONDITION).
   * An issued document is refused (FAILED_PRECONDITION, reason document.not_draft).
   */
  UpdateDraft(argument: _client_portal_billing_v1_UpdateDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  UpdateDraft(argument: _client_portal_billing_v1_UpdateDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  UpdateDraft(argument: _client_portal_billing_v1_UpdateDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  UpdateDraft(argument: _client_portal_billing_v1_UpdateDraftRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  /**
   * Replaces a draft's content; `expected_version` must be the version read (else FAILED_PRECONDITION).
   * An issued document is refused (FAILED_PRECONDITION, reason document.not_draft).
   */
  updateDraft(argument: _client_portal_billing_v1_UpdateDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  updateDraft(argument: _client_portal_billing_v1_UpdateDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  updateDraft(argument: _client_portal_billing_v1_UpdateDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  updateDraft(argument: _client_portal_billing_v1_UpdateDraftRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  
  /**
   * documents.void: an issued document nobody paid; it keeps its number.
   */
  VoidDocument(argument: _client_portal_billing_v1_VoidDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  VoidDocument(argument: _client_portal_billing_v1_VoidDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  VoidDocument(argument: _client_portal_billing_v1_VoidDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  VoidDocument(argument: _client_portal_billing_v1_VoidDocumentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  /**
   * documents.void: an issued document nobody paid; it keeps its number.
   */
  voidDocument(argument: _client_portal_billing_v1_VoidDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  voidDocument(argument: _client_portal_billing_v1_VoidDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  voidDocument(argument: _client_portal_billing_v1_VoidDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  voidDocument(argument: _client_portal_billing_v1_VoidDocumentRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingDocumentView__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Staff need billing.view to read, documents.edit to change (drafts, issue, duplicate, convert, credit,
 * send) and documents.void to void. A client user reads only the issued documents of their own client
 * (another client's, or a draft: NOT_FOUND) and never sees created_by.
 */
export interface DocumentServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * An accepted quote as an invoice draft: in full, a deposit percentage, or the balance after deposits.
   */
  ConvertQuote: grpc.handleUnaryCall<_client_portal_billing_v1_ConvertQuoteRequest__Output, _client_portal_billing_v1_BillingDocumentView>;
  
  /**
   * A credit note draft against an issued invoice (all its lines, or the lines given).
   */
  CreateCreditNote: grpc.handleUnaryCall<_client_portal_billing_v1_CreateCreditNoteRequest__Output, _client_portal_billing_v1_BillingDocumentView>;
  
  /**
   * A new draft of one of the five kinds for a client.
   */
  CreateDraft: grpc.handleUnaryCall<_client_portal_billing_v1_CreateDraftRequest__Output, _client_portal_billing_v1_BillingDocumentView>;
  
  /**
   * Only a draft that never held a number.
   */
  DeleteDraft: grpc.handleUnaryCall<_client_portal_billing_v1_DeleteDraftRequest__Output, _client_portal_billing_v1_DeleteDraftResponse>;
  
  /**
   * A new draft with the same content, of the same kind or another.
   */
  DuplicateDocument: grpc.handleUnaryCall<_client_portal_billing_v1_DuplicateDocumentRequest__Output, _client_portal_billing_v1_BillingDocumentView>;
  
  /**
   * A client user's first read of an issued document marks it viewed.
   */
  GetDocument: grpc.handleUnaryCall<_client_portal_billing_v1_GetDocumentRequest__Output, _client_portal_billing_v1_BillingDocumentView>;
  
  /**
   * Numbers (gap-free per tenant, kind and year), snapshots both parties and freezes the draft.
   */
  IssueDocument: grpc.handleUnaryCall<_client_portal_billing_v1_IssueDocumentRequest__Output, _client_portal_billing_v1_BillingDocumentView>;
  
  /**
   * Newest first (or, with by_update / updated_since, least recently changed first).
   */
  ListDocuments: grpc.handleUnaryCall<_client_portal_billing_v1_ListDocumentsRequest__Output, _client_portal_billing_v1_ListDocumentsResponse>;
  
  /**
   * The document as a PDF named <number>.pdf (a draft: DRAFT-<id>.pdf); same access as GetDocument.
   */
  RenderDocumentPdf: grpc.handleUnaryCall<_client_portal_billing_v1_RenderDocumentPdfRequest__Output, _client_portal_billing_v1_RenderDocumentPdfResponse>;
  
  /**
   * E-mails an issued document to the client's recipients (or those given) with a portal link.
   */
  SendDocument: grpc.handleUnaryCall<_client_portal_billing_v1_SendDocumentRequest__Output, _client_portal_billing_v1_BillingDocumentView>;
  
  /**
   * Replaces a draft's content; `expected_version` must be the version read (else FAILED_PRECONDITION).
   * An issued document is refused (FAILED_PRECONDITION, reason document.not_draft).
   */
  UpdateDraft: grpc.handleUnaryCall<_client_portal_billing_v1_UpdateDraftRequest__Output, _client_portal_billing_v1_BillingDocumentView>;
  
  /**
   * documents.void: an issued document nobody paid; it keeps its number.
   */
  VoidDocument: grpc.handleUnaryCall<_client_portal_billing_v1_VoidDocumentRequest__Output, _client_portal_billing_v1_BillingDocumentView>;
  
}

export interface DocumentServiceDefinition extends grpc.ServiceDefinition {
  ConvertQuote: MethodDefinition<_client_portal_billing_v1_ConvertQuoteRequest, _client_portal_billing_v1_BillingDocumentView, _client_portal_billing_v1_ConvertQuoteRequest__Output, _client_portal_billing_v1_BillingDocumentView__Output>
  CreateCreditNote: MethodDefinition<_client_portal_billing_v1_CreateCreditNoteRequest, _client_portal_billing_v1_BillingDocumentView, _client_portal_billing_v1_CreateCreditNoteRequest__Output, _client_portal_billing_v1_BillingDocumentView__Output>
  CreateDraft: MethodDefinition<_client_portal_billing_v1_CreateDraftRequest, _client_portal_billing_v1_BillingDocumentView, _client_portal_billing_v1_CreateDraftRequest__Output, _client_portal_billing_v1_BillingDocumentView__Output>
  DeleteDraft: MethodDefinition<_client_portal_billing_v1_DeleteDraftRequest, _client_portal_billing_v1_DeleteDraftResponse, _client_portal_billing_v1_DeleteDraftRequest__Output, _client_portal_billing_v1_DeleteDraftResponse__Output>
  DuplicateDocument: MethodDefinition<_client_portal_billing_v1_DuplicateDocumentRequest, _client_portal_billing_v1_BillingDocumentView, _client_portal_billing_v1_DuplicateDocumentRequest__Output, _client_portal_billing_v1_BillingDocumentView__Output>
  GetDocument: MethodDefinition<_client_portal_billing_v1_GetDocumentRequest, _client_portal_billing_v1_BillingDocumentView, _client_portal_billing_v1_GetDocumentRequest__Output, _client_portal_billing_v1_BillingDocumentView__Output>
  IssueDocument: MethodDefinition<_client_portal_billing_v1_IssueDocumentRequest, _client_portal_billing_v1_BillingDocumentView, _client_portal_billing_v1_IssueDocumentRequest__Output, _client_portal_billing_v1_BillingDocumentView__Output>
  ListDocuments: MethodDefinition<_client_portal_billing_v1_ListDocumentsRequest, _client_portal_billing_v1_ListDocumentsResponse, _client_portal_billing_v1_ListDocumentsRequest__Output, _client_portal_billing_v1_ListDocumentsResponse__Output>
  RenderDocumentPdf: MethodDefinition<_client_portal_billing_v1_RenderDocumentPdfRequest, _client_portal_billing_v1_RenderDocumentPdfResponse, _client_portal_billing_v1_RenderDocumentPdfRequest__Output, _client_portal_billing_v1_RenderDocumentPdfResponse__Output>
  SendDocument: MethodDefinition<_client_portal_billing_v1_SendDocumentRequest, _client_portal_billing_v1_BillingDocumentView, _client_portal_billing_v1_SendDocumentRequest__Output, _client_portal_billing_v1_BillingDocumentView__Output>
  UpdateDraft: MethodDefinition<_client_portal_billing_v1_UpdateDraftRequest, _client_portal_billing_v1_BillingDocumentView, _client_portal_billing_v1_UpdateDraftRequest__Output, _client_portal_billing_v1_BillingDocumentView__Output>
  VoidDocument: MethodDefinition<_client_portal_billing_v1_VoidDocumentRequest, _client_portal_billing_v1_BillingDocumentView, _client_portal_billing_v1_VoidDocumentRequest__Output, _client_portal_billing_v1_BillingDocumentView__Output>
}
