import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { BillingDocumentView as _client_portal_billing_v1_BillingDocumentView, BillingDocumentView__Output as _client_portal_billing_v1_BillingDocumentView__Output } from './client_portal/billing/v1/BillingDocumentView.js';
import type { ConvertQuoteRequest as _client_portal_billing_v1_ConvertQuoteRequest, ConvertQuoteRequest__Output as _client_portal_billing_v1_ConvertQuoteRequest__Output } from './client_portal/billing/v1/ConvertQuoteRequest.js';
import type { CreateCreditNoteRequest as _client_portal_billing_v1_CreateCreditNoteRequest, CreateCreditNoteRequest__Output as _client_portal_billing_v1_CreateCreditNoteRequest__Output } from './client_portal/billing/v1/CreateCreditNoteRequest.js';
import type { CreateDraftRequest as _client_portal_billing_v1_CreateDraftRequest, CreateDraftRequest__Output as _client_portal_billing_v1_CreateDraftRequest__Output } from './client_portal/billing/v1/CreateDraftRequest.js';
import type { DeleteDraftRequest as _client_portal_billing_v1_DeleteDraftRequest, DeleteDraftRequest__Output as _client_portal_billing_v1_DeleteDraftRequest__Output } from './client_portal/billing/v1/DeleteDraftRequest.js';
import type { DeleteDraftResponse as _client_portal_billing_v1_DeleteDraftResponse, DeleteDraftResponse__Output as _client_portal_billing_v1_DeleteDraftResponse__Output } from './client_portal/billing/v1/DeleteDraftResponse.js';
import type { DocumentLineInput as _client_portal_billing_v1_DocumentLineInput, DocumentLineInput__Output as _client_portal_billing_v1_DocumentLineInput__Output } from './client_portal/billing/v1/DocumentLineInput.js';
import type { DocumentLineView as _client_portal_billing_v1_DocumentLineView, DocumentLineView__Output as _client_portal_billing_v1_DocumentLineView__Output } from './client_portal/billing/v1/DocumentLineView.js';
import type { DocumentParty as _client_portal_billing_v1_DocumentParty, DocumentParty__Output as _client_portal_billing_v1_DocumentParty__Output } from './client_portal/billing/v1/DocumentParty.js';
import type { DocumentPostalAddress as _client_portal_billing_v1_DocumentPostalAddress, DocumentPostalAddress__Output as _client_portal_billing_v1_DocumentPostalAddress__Output } from './client_portal/billing/v1/DocumentPostalAddress.js';
import type { DocumentRecipient as _client_portal_billing_v1_DocumentRecipient, DocumentRecipient__Output as _client_portal_billing_v1_DocumentRecipient__Output } from './client_portal/billing/v1/DocumentRecipient.js';
import type { DocumentServiceClient as _client_portal_billing_v1_DocumentServiceClient, DocumentServiceDefinition as _client_portal_billing_v1_DocumentServiceDefinition } from './client_portal/billing/v1/DocumentService.js';
import type { DocumentSource as _client_portal_billing_v1_DocumentSource, DocumentSource__Output as _client_portal_billing_v1_DocumentSource__Output } from './client_portal/billing/v1/DocumentSource.js';
import type { DuplicateDocumentRequest as _client_portal_billing_v1_DuplicateDocumentRequest, DuplicateDocumentRequest__Output as _client_portal_billing_v1_DuplicateDocumentRequest__Output } from './client_portal/billing/v1/DuplicateDocumentRequest.js';
import type { GetDocumentRequest as _client_portal_billing_v1_GetDocumentRequest, GetDocumentRequest__Output as _client_portal_billing_v1_GetDocumentRequest__Output } from './client_portal/billing/v1/GetDocumentRequest.js';
import type { IssueDocumentRequest as _client_portal_billing_v1_IssueDocumentRequest, IssueDocumentRequest__Output as _client_portal_billing_v1_IssueDocumentRequest__Output } from './client_portal/billing/v1/IssueDocumentRequest.js';
import type { ListDocumentsRequest as _client_portal_billing_v1_ListDocumentsRequest, ListDocumentsRequest__Output as _client_portal_billing_v1_ListDocumentsRequest__Output } from './client_portal/billing/v1/ListDocumentsRequest.js';
import type { ListDocumentsResponse as _client_portal_billing_v1_ListDocumentsResponse, ListDocumentsResponse__Output as _client_portal_billing_v1_ListDocumentsResponse__Output } from './client_portal/billing/v1/ListDocumentsResponse.js';
import type { RenderDocumentPdfRequest as _client_portal_billing_v1_RenderDocumentPdfRequest, RenderDocumentPdfRequest__Output as _client_portal_billing_v1_RenderDocumentPdfRequest__Output } from './client_portal/billing/v1/RenderDocumentPdfRequest.js';
import type { RenderDocumentPdfResponse as _client_portal_billing_v1_RenderDocumentPdfResponse, RenderDocumentPdfResponse__Output as _client_portal_billing_v1_RenderDocumentPdfResponse__Output } from './client_portal/billing/v1/RenderDocumentPdfResponse.js';
import type { SendDocumentRequest as _client_portal_billing_v1_SendDocumentRequest, SendDocumentRequest__Output as _client_portal_billing_v1_SendDocumentRequest__Output } from './client_portal/billing/v1/SendDocumentRequest.js';
import type { UpdateDraftRequest as _client_portal_billing_v1_UpdateDraftRequest, UpdateDraftRequest__Output as _client_portal_billing_v1_UpdateDraftRequest__Output } from './client_portal/billing/v1/UpdateDraftRequest.js';
import type { VoidDocumentRequest as _client_portal_billing_v1_VoidDocumentRequest, VoidDocumentRequest__Output as _client_portal_billing_v1_VoidDocumentRequest__Output } from './client_portal/billing/v1/VoidDocumentRequest.js';
import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';
import type { CreateDocumentRequest as _client_portal_partner_v1_CreateDocumentRequest, CreateDocumentRequest__Output as _client_portal_partner_v1_CreateDocumentRequest__Output } from './client_portal/partner/v1/CreateDocumentRequest.js';
import type { Document as _client_portal_partner_v1_Document, Document__Output as _client_portal_partner_v1_Document__Output } from './client_portal/partner/v1/Document.js';
import type { DocumentLine as _client_portal_partner_v1_DocumentLine, DocumentLine__Output as _client_portal_partner_v1_DocumentLine__Output } from './client_portal/partner/v1/DocumentLine.js';
import type { DocumentLineInput as _client_portal_partner_v1_DocumentLineInput, DocumentLineInput__Output as _client_portal_partner_v1_DocumentLineInput__Output } from './client_portal/partner/v1/DocumentLineInput.js';
import type { DocumentPdf as _client_portal_partner_v1_DocumentPdf, DocumentPdf__Output as _client_portal_partner_v1_DocumentPdf__Output } from './client_portal/partner/v1/DocumentPdf.js';
import type { DocumentServiceClient as _client_portal_partner_v1_DocumentServiceClient, DocumentServiceDefinition as _client_portal_partner_v1_DocumentServiceDefinition } from './client_portal/partner/v1/DocumentService.js';
import type { GetDocumentPdfRequest as _client_portal_partner_v1_GetDocumentPdfRequest, GetDocumentPdfRequest__Output as _client_portal_partner_v1_GetDocumentPdfRequest__Output } from './client_portal/partner/v1/GetDocumentPdfRequest.js';
import type { GetDocumentRequest as _client_portal_partner_v1_GetDocumentRequest, GetDocumentRequest__Output as _client_portal_partner_v1_GetDocumentRequest__Output } from './client_portal/partner/v1/GetDocumentRequest.js';
import type { IssueDocumentRequest as _client_portal_partner_v1_IssueDocumentRequest, IssueDocumentRequest__Output as _client_portal_partner_v1_IssueDocumentRequest__Output } from './client_portal/partner/v1/IssueDocumentRequest.js';
import type { ListDocumentsRequest as _client_portal_partner_v1_ListDocumentsRequest, ListDocumentsRequest__Output as _client_portal_partner_v1_ListDocumentsRequest__Output } from './client_portal/partner/v1/ListDocumentsRequest.js';
import type { ListDocumentsResponse as _client_portal_partner_v1_ListDocumentsResponse, ListDocumentsResponse__Output as _client_portal_partner_v1_ListDocumentsResponse__Output } from './client_portal/partner/v1/ListDocumentsResponse.js';
import type { ListInvoicesRequest as _client_portal_partner_v1_ListInvoicesRequest, ListInvoicesRequest__Output as _client_portal_partner_v1_ListInvoicesRequest__Output } from './client_portal/partner/v1/ListInvoicesRequest.js';
import type { ListOptions as _client_portal_partner_v1_ListOptions, ListOptions__Output as _client_portal_partner_v1_ListOptions__Output } from './client_portal/partner/v1/ListOptions.js';
import type { Money as _client_portal_partner_v1_Money, Money__Output as _client_portal_partner_v1_Money__Output } from './client_portal/partner/v1/Money.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        BillingDocumentView: MessageTypeDefinition<_client_portal_billing_v1_BillingDocumentView, _client_portal_billing_v1_BillingDocumentView__Output>
        ConvertQuoteRequest: MessageTypeDefinition<_client_portal_billing_v1_ConvertQuoteRequest, _client_portal_billing_v1_ConvertQuoteRequest__Output>
        CreateCreditNoteRequest: MessageTypeDefinition<_client_portal_billing_v1_CreateCreditNoteRequest, _client_portal_billing_v1_CreateCreditNoteRequest__Output>
        CreateDraftRequest: MessageTypeDefinition<_client_portal_billing_v1_CreateDraftRequest, _client_portal_billing_v1_CreateDraftRequest__Output>
        DeleteDraftRequest: MessageTypeDefinition<_client_portal_billing_v1_DeleteDraftRequest, _client_portal_billing_v1_DeleteDraftRequest__Output>
        DeleteDraftResponse: MessageTypeDefinition<_client_portal_billing_v1_DeleteDraftResponse, _client_portal_billing_v1_DeleteDraftResponse__Output>
        DocumentLineInput: MessageTypeDefinition<_client_portal_billing_v1_DocumentLineInput, _client_portal_billing_v1_DocumentLineInput__Output>
        DocumentLineView: MessageTypeDefinition<_client_portal_billing_v1_DocumentLineView, _client_portal_billing_v1_DocumentLineView__Output>
        DocumentParty: MessageTypeDefinition<_client_portal_billing_v1_DocumentParty, _client_portal_billing_v1_DocumentParty__Output>
        DocumentPostalAddress: MessageTypeDefinition<_client_portal_billing_v1_DocumentPostalAddress, _client_portal_billing_v1_DocumentPostalAddress__Output>
        DocumentRecipient: MessageTypeDefinition<_client_portal_billing_v1_DocumentRecipient, _client_portal_billing_v1_DocumentRecipient__Output>
        /**
         * Staff need billing.view to read, documents.edit to change (drafts, issue, duplicate, convert, credit,
         * send) and documents.void to void. A client user reads only the issued documents of their own client
         * (another client's, or a draft: NOT_FOUND) and never sees created_by.
         */
        DocumentService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_DocumentServiceClient> & { service: _client_portal_billing_v1_DocumentServiceDefinition }
        DocumentSource: MessageTypeDefinition<_client_portal_billing_v1_DocumentSource, _client_portal_billing_v1_DocumentSource__Output>
        DuplicateDocumentRequest: MessageTypeDefinition<_client_portal_billing_v1_DuplicateDocumentRequest, _client_portal_billing_v1_DuplicateDocumentRequest__Output>
        GetDocumentRequest: MessageTypeDefinition<_client_portal_billing_v1_GetDocumentRequest, _client_portal_billing_v1_GetDocumentRequest__Output>
        IssueDocumentRequest: MessageTypeDefinition<_client_portal_billing_v1_IssueDocumentRequest, _client_portal_billing_v1_IssueDocumentRequest__Output>
        ListDocumentsRequest: MessageTypeDefinition<_client_portal_billing_v1_ListDocumentsRequest, _client_portal_billing_v1_ListDocumentsRequest__Output>
        ListDocumentsResponse: MessageTypeDefinition<_client_portal_billing_v1_ListDocumentsResponse, _client_portal_billing_v1_ListDocumentsResponse__Output>
        RenderDocumentPdfRequest: MessageTypeDefinition<_client_portal_billing_v1_RenderDocumentPdfRequest, _client_portal_billing_v1_RenderDocumentPdfRequest__Output>
        RenderDocumentPdfResponse: MessageTypeDefinition<_client_portal_billing_v1_RenderDocumentPdfResponse, _client_portal_billing_v1_RenderDocumentPdfResponse__Output>
        SendDocumentRequest: MessageTypeDefinition<_client_portal_billing_v1_SendDocumentRequest, _client_portal_billing_v1_SendDocumentRequest__Output>
        UpdateDraftRequest: MessageTypeDefinition<_client_portal_billing_v1_UpdateDraftRequest, _client_portal_billing_v1_UpdateDraftRequest__Output>
        VoidDocumentRequest: MessageTypeDefinition<_client_portal_billing_v1_VoidDocumentRequest, _client_portal_billing_v1_VoidDocumentRequest__Output>
      }
    }
    common: {
      v1: {
        Money: MessageTypeDefinition<_client_portal_common_v1_Money, _client_portal_common_v1_Money__Output>
        PageInfo: MessageTypeDefinition<_client_portal_common_v1_PageInfo, _client_portal_common_v1_PageInfo__Output>
        PageRequest: MessageTypeDefinition<_client_portal_common_v1_PageRequest, _client_portal_common_v1_PageRequest__Output>
        Principal: MessageTypeDefinition<_client_portal_common_v1_Principal, _client_portal_common_v1_Principal__Output>
        WorkspaceAccess: MessageTypeDefinition<_client_portal_common_v1_WorkspaceAccess, _client_portal_common_v1_WorkspaceAccess__Output>
      }
    }
    partner: {
      v1: {
        CreateDocumentRequest: MessageTypeDefinition<_client_portal_partner_v1_CreateDocumentRequest, _client_portal_partner_v1_CreateDocumentRequest__Output>
        Document: MessageTypeDefinition<_client_portal_partner_v1_Document, _client_portal_partner_v1_Document__Output>
        DocumentLine: MessageTypeDefinition<_client_portal_partner_v1_DocumentLine, _client_portal_partner_v1_DocumentLine__Output>
        DocumentLineInput: MessageTypeDefinition<_client_portal_partner_v1_DocumentLineInput, _client_portal_partner_v1_DocumentLineInput__Output>
        DocumentPdf: MessageTypeDefinition<_client_portal_partner_v1_DocumentPdf, _client_portal_partner_v1_DocumentPdf__Output>
        /**
         * Quotes, proformas, invoices, credit notes and delivery notes, with their PDFs. Drafts are included (status `draft`); internal
         * fields (who created it, view tracking) are not.
         */
        DocumentService: SubtypeConstructor<typeof grpc.Client, _client_portal_partner_v1_DocumentServiceClient> & { service: _client_portal_partner_v1_DocumentServiceDefinition }
        GetDocumentPdfRequest: MessageTypeDefinition<_client_portal_partner_v1_GetDocumentPdfRequest, _client_portal_partner_v1_GetDocumentPdfRequest__Output>
        GetDocumentRequest: MessageTypeDefinition<_client_portal_partner_v1_GetDocumentRequest, _client_portal_partner_v1_GetDocumentRequest__Output>
        IssueDocumentRequest: MessageTypeDefinition<_client_portal_partner_v1_IssueDocumentRequest, _client_portal_partner_v1_IssueDocumentRequest__Output>
        ListDocumentsRequest: MessageTypeDefinition<_client_portal_partner_v1_ListDocumentsRequest, _client_portal_partner_v1_ListDocumentsRequest__Output>
        ListDocumentsResponse: MessageTypeDefinition<_client_portal_partner_v1_ListDocumentsResponse, _client_portal_partner_v1_ListDocumentsResponse__Output>
        ListInvoicesRequest: MessageTypeDefinition<_client_portal_partner_v1_ListInvoicesRequest, _client_portal_partner_v1_ListInvoicesRequest__Output>
        ListOptions: MessageTypeDefinition<_client_portal_partner_v1_ListOptions, _client_portal_partner_v1_ListOptions__Output>
        Money: MessageTypeDefinition<_client_portal_partner_v1_Money, _client_portal_partner_v1_Money__Output>
      }
    }
  }
}

