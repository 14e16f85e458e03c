// Original file: proto/partner/v1/documents.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateDocumentRequest as _client_portal_partner_v1_CreateDocumentRequest, CreateDocumentRequest__Output as _client_portal_partner_v1_CreateDocumentRequest__Output } from '../../../client_portal/partner/v1/CreateDocumentRequest.js';
import type { Document as _client_portal_partner_v1_Document, Document__Output as _client_portal_partner_v1_Document__Output } from '../../../client_portal/partner/v1/Document.js';
import type { DocumentPdf as _client_portal_partner_v1_DocumentPdf, DocumentPdf__Output as _client_portal_partner_v1_DocumentPdf__Output } from '../../../client_portal/partner/v1/DocumentPdf.js';
import type { GetDocumentPdfRequest as _client_portal_partner_v1_GetDocumentPdfRequest, GetDocumentPdfRequest__Output as _client_portal_partner_v1_GetDocumentPdfRequest__Output } from '../../../client_portal/partner/v1/GetDocumentPdfRequest.js';
import type { GetDocumentRequest as _client_portal_partner_v1_GetDocumentRequest, GetDocumentRequest__Output as _client_portal_partner_v1_GetDocumentRequest__Output } from '../../../client_portal/partner/v1/GetDocumentRequest.js';
import type { IssueDocumentRequest as _client_portal_partner_v1_IssueDocumentRequest, IssueDocumentRequest__Output as _client_portal_partner_v1_IssueDocumentRequest__Output } from '../../../client_portal/partner/v1/IssueDocumentRequest.js';
import type { ListDocumentsRequest as _client_portal_partner_v1_ListDocumentsRequest, ListDocumentsRequest__Output as _client_portal_partner_v1_ListDocumentsRequest__Output } from '../../../client_portal/partner/v1/ListDocumentsRequest.js';
import type { ListDocumentsResponse as _client_portal_partner_v1_ListDocumentsResponse, ListDocumentsResponse__Output as _client_portal_partner_v1_ListDocumentsResponse__Output } from '../../../client_portal/partner/v1/ListDocumentsResponse.js';
import type { ListInvoicesRequest as _client_portal_partner_v1_ListInvoicesRequest, ListInvoicesRequest__Output as _client_portal_partner_v1_ListInvoicesRequest__Output } from '../../../client_portal/partner/v1/ListInvoicesRequest.js';

/**
 * Quotes, proformas, invoices, credit notes and delivery notes, with their PDFs. Drafts are included (status `draft`); internal
 * fields (who created it, view tracking) are not.
 */
export interface DocumentServiceClient extends grpc.Client {
  /**
   * Scope: `documents:write`. A draft quote or invoice for a client; issue it with IssueDocument.
   */
  CreateDocument(argument: _client_portal_partner_v1_CreateDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  CreateDocument(argument: _client_portal_partner_v1_CreateDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  CreateDocument(argument: _client_portal_partner_v1_CreateDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  CreateDocument(argument: _client_portal_partner_v1_CreateDocumentRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `documents:write`. A draft quote or invoice for a client; issue it with IssueDocument.
   */
  createDocument(argument: _client_portal_partner_v1_CreateDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  createDocument(argument: _client_portal_partner_v1_CreateDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  createDocument(argument: _client_portal_partner_v1_CreateDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  createDocument(argument: _client_portal_partner_v1_CreateDocumentRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `documents:read`.
   */
  GetDocument(argument: _client_portal_partner_v1_GetDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  GetDocument(argument: _client_portal_partner_v1_GetDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  GetDocument(argument: _client_portal_partner_v1_GetDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  GetDocument(argument: _client_portal_partner_v1_GetDocumentRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `documents:read`.
   */
  getDocument(argument: _client_portal_partner_v1_GetDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  getDocument(argument: _client_portal_partner_v1_GetDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  getDocument(argument: _client_portal_partner_v1_GetDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  getDocument(argument: _client_portal_partner_v1_GetDocumentRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `documents:read`. The PDF as the client receives it (drafts are marked as such).
   */
  GetDocumentPdf(argument: _client_portal_partner_v1_GetDocumentPdfRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_DocumentPdf__Output>): grpc.ClientUnaryCall;
  GetDocumentPdf(argument: _client_portal_partner_v1_GetDocumentPdfRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_DocumentPdf__Output>): grpc.ClientUnaryCall;
  GetDocumentPdf(argument: _client_portal_partner_v1_GetDocumentPdfRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_DocumentPdf__Output>): grpc.ClientUnaryCall;
  GetDocumentPdf(argument: _client_portal_partner_v1_GetDocumentPdfRequest, callback: grpc.requestCallback<_client_portal_partner_v1_DocumentPdf__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `documents:read`. The PDF as the client receives it (drafts are marked as such).
   */
  getDocumentPdf(argument: _client_portal_partner_v1_GetDocumentPdfRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_DocumentPdf__Output>): grpc.ClientUnaryCall;
  getDocumentPdf(argument: _client_portal_partner_v1_GetDocumentPdfRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_DocumentPdf__Output>): grpc.ClientUnaryCall;
  getDocumentPdf(argument: _client_portal_partner_v1_GetDocumentPdfRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_DocumentPdf__Output>): grpc.ClientUnaryCall;
  getDocumentPdf(argument: _client_portal_partner_v1_GetDocumentPdfRequest, callback: grpc.requestCallback<_client_portal_partner_v1_DocumentPdf__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `documents:write`. Gives a draft its number and makes it final (it can no longer change).
   */
  IssueDocument(argument: _client_portal_partner_v1_IssueDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  IssueDocument(argument: _client_portal_partner_v1_IssueDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  IssueDocument(argument: _client_portal_partner_v1_IssueDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  IssueDocument(argument: _client_portal_partner_v1_IssueDocumentRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `documents:write`. Gives a draft its number and makes it final (it can no longer change).
   */
  issueDocument(argument: _client_portal_partner_v1_IssueDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  issueDocument(argument: _client_portal_partner_v1_IssueDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  issueDocument(argument: _client_portal_partner_v1_IssueDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  issueDocument(argument: _client_portal_partner_v1_IssueDocumentRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Document__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `documents:read`. Every kind of document, or one kind.
   */
  ListDocuments(argument: _client_portal_partner_v1_ListDocumentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListDocuments(argument: _client_portal_partner_v1_ListDocumentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListDocuments(argument: _client_portal_partner_v1_ListDocumentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListDocuments(argument: _client_portal_partner_v1_ListDocumentsRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `documents:read`. Every kind of document, or one kind.
   */
  listDocuments(argument: _client_portal_partner_v1_ListDocumentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listDocuments(argument: _client_portal_partner_v1_ListDocumentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listDocuments(argument: _client_portal_partner_v1_ListDocumentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listDocuments(argument: _client_portal_partner_v1_ListDocumentsRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `documents:read`. Invoices only: the same as ListDocuments with kind `invoice`.
   */
  ListInvoices(argument: _client_portal_partner_v1_ListInvoicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListInvoices(argument: _client_portal_partner_v1_ListInvoicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListInvoices(argument: _client_portal_partner_v1_ListInvoicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  ListInvoices(argument: _client_portal_partner_v1_ListInvoicesRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `documents:read`. Invoices only: the same as ListDocuments with kind `invoice`.
   */
  listInvoices(argument: _client_portal_partner_v1_ListInvoicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listInvoices(argument: _client_portal_partner_v1_ListInvoicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listInvoices(argument: _client_portal_partner_v1_ListInvoicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  listInvoices(argument: _client_portal_partner_v1_ListInvoicesRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListDocumentsResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Quotes, proformas, invoices, credit notes and delivery notes, with their PDFs. Drafts are included (status `draft`); internal
 * fields (who created it, view tracking) are not.
 */
export interface DocumentServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Scope: `documents:write`. A draft quote or invoice for a client; issue it with IssueDocument.
   */
  CreateDocument: grpc.handleUnaryCall<_client_portal_partner_v1_CreateDocumentRequest__Output, _client_portal_partner_v1_Document>;
  
  /**
   * Scope: `documents:read`.
   */
  GetDocument: grpc.handleUnaryCall<_client_portal_partner_v1_GetDocumentRequest__Output, _client_portal_partner_v1_Document>;
  
  /**
   * Scope: `documents:read`. The PDF as the client receives it (drafts are marked as such).
   */
  GetDocumentPdf: grpc.handleUnaryCall<_client_portal_partner_v1_GetDocumentPdfRequest__Output, _client_portal_partner_v1_DocumentPdf>;
  
  /**
   * Scope: `documents:write`. Gives a draft its number and makes it final (it can no longer change).
   */
  IssueDocument: grpc.handleUnaryCall<_client_portal_partner_v1_IssueDocumentRequest__Output, _client_portal_partner_v1_Document>;
  
  /**
   * Scope: `documents:read`. Every kind of document, or one kind.
   */
  ListDocuments: grpc.handleUnaryCall<_client_portal_partner_v1_ListDocumentsRequest__Output, _client_portal_partner_v1_ListDocumentsResponse>;
  
  /**
   * Scope: `documents:read`. Invoices only: the same as ListDocuments with kind `invoice`.
   */
  ListInvoices: grpc.handleUnaryCall<_client_portal_partner_v1_ListInvoicesRequest__Output, _client_portal_partner_v1_ListDocumentsResponse>;
  
}

export interface DocumentServiceDefinition extends grpc.ServiceDefinition {
  CreateDocument: MethodDefinition<_client_portal_partner_v1_CreateDocumentRequest, _client_portal_partner_v1_Document, _client_portal_partner_v1_CreateDocumentRequest__Output, _client_portal_partner_v1_Document__Output>
  GetDocument: MethodDefinition<_client_portal_partner_v1_GetDocumentRequest, _client_portal_partner_v1_Document, _client_portal_partner_v1_GetDocumentRequest__Output, _client_portal_partner_v1_Document__Output>
  GetDocumentPdf: MethodDefinition<_client_portal_partner_v1_GetDocumentPdfRequest, _client_portal_partner_v1_DocumentPdf, _client_portal_partner_v1_GetDocumentPdfRequest__Output, _client_portal_partner_v1_DocumentPdf__Output>
  IssueDocument: MethodDefinition<_client_portal_partner_v1_IssueDocumentRequest, _client_portal_partner_v1_Document, _client_portal_partner_v1_IssueDocumentRequest__Output, _client_portal_partner_v1_Document__Output>
  ListDocuments: MethodDefinition<_client_portal_partner_v1_ListDocumentsRequest, _client_portal_partner_v1_ListDocumentsResponse, _client_portal_partner_v1_ListDocumentsRequest__Output, _client_portal_partner_v1_ListDocumentsResponse__Output>
  ListInvoices: MethodDefinition<_client_portal_partner_v1_ListInvoicesRequest, _client_portal_partner_v1_ListDocumentsResponse, _client_portal_partner_v1_ListInvoicesRequest__Output, _client_portal_partner_v1_ListDocumentsResponse__Output>
}
