import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AcceptanceEvidence as _client_portal_billing_v1_AcceptanceEvidence, AcceptanceEvidence__Output as _client_portal_billing_v1_AcceptanceEvidence__Output } from './client_portal/billing/v1/AcceptanceEvidence.js';
import type { AcceptanceServiceClient as _client_portal_billing_v1_AcceptanceServiceClient, AcceptanceServiceDefinition as _client_portal_billing_v1_AcceptanceServiceDefinition } from './client_portal/billing/v1/AcceptanceService.js';
import type { AcceptedPdf as _client_portal_billing_v1_AcceptedPdf, AcceptedPdf__Output as _client_portal_billing_v1_AcceptedPdf__Output } from './client_portal/billing/v1/AcceptedPdf.js';
import type { AnswerQuoteRequest as _client_portal_billing_v1_AnswerQuoteRequest, AnswerQuoteRequest__Output as _client_portal_billing_v1_AnswerQuoteRequest__Output } from './client_portal/billing/v1/AnswerQuoteRequest.js';
import type { ClientDocument as _client_portal_billing_v1_ClientDocument, ClientDocument__Output as _client_portal_billing_v1_ClientDocument__Output } from './client_portal/billing/v1/ClientDocument.js';
import type { ClientDocumentLine as _client_portal_billing_v1_ClientDocumentLine, ClientDocumentLine__Output as _client_portal_billing_v1_ClientDocumentLine__Output } from './client_portal/billing/v1/ClientDocumentLine.js';
import type { ClientDocumentParty as _client_portal_billing_v1_ClientDocumentParty, ClientDocumentParty__Output as _client_portal_billing_v1_ClientDocumentParty__Output } from './client_portal/billing/v1/ClientDocumentParty.js';
import type { GetClientDocumentRequest as _client_portal_billing_v1_GetClientDocumentRequest, GetClientDocumentRequest__Output as _client_portal_billing_v1_GetClientDocumentRequest__Output } from './client_portal/billing/v1/GetClientDocumentRequest.js';
import type { GetPublicAcceptanceRequest as _client_portal_billing_v1_GetPublicAcceptanceRequest, GetPublicAcceptanceRequest__Output as _client_portal_billing_v1_GetPublicAcceptanceRequest__Output } from './client_portal/billing/v1/GetPublicAcceptanceRequest.js';
import type { ListClientDocumentsRequest as _client_portal_billing_v1_ListClientDocumentsRequest, ListClientDocumentsRequest__Output as _client_portal_billing_v1_ListClientDocumentsRequest__Output } from './client_portal/billing/v1/ListClientDocumentsRequest.js';
import type { ListClientDocumentsResponse as _client_portal_billing_v1_ListClientDocumentsResponse, ListClientDocumentsResponse__Output as _client_portal_billing_v1_ListClientDocumentsResponse__Output } from './client_portal/billing/v1/ListClientDocumentsResponse.js';
import type { ListQuoteAcceptancesRequest as _client_portal_billing_v1_ListQuoteAcceptancesRequest, ListQuoteAcceptancesRequest__Output as _client_portal_billing_v1_ListQuoteAcceptancesRequest__Output } from './client_portal/billing/v1/ListQuoteAcceptancesRequest.js';
import type { ListQuoteAcceptancesResponse as _client_portal_billing_v1_ListQuoteAcceptancesResponse, ListQuoteAcceptancesResponse__Output as _client_portal_billing_v1_ListQuoteAcceptancesResponse__Output } from './client_portal/billing/v1/ListQuoteAcceptancesResponse.js';
import type { PublicAcceptance as _client_portal_billing_v1_PublicAcceptance, PublicAcceptance__Output as _client_portal_billing_v1_PublicAcceptance__Output } from './client_portal/billing/v1/PublicAcceptance.js';
import type { QuoteAnswerResult as _client_portal_billing_v1_QuoteAnswerResult, QuoteAnswerResult__Output as _client_portal_billing_v1_QuoteAnswerResult__Output } from './client_portal/billing/v1/QuoteAnswerResult.js';
import type { QuoteAnswerView as _client_portal_billing_v1_QuoteAnswerView, QuoteAnswerView__Output as _client_portal_billing_v1_QuoteAnswerView__Output } from './client_portal/billing/v1/QuoteAnswerView.js';
import type { ReviseQuoteRequest as _client_portal_billing_v1_ReviseQuoteRequest, ReviseQuoteRequest__Output as _client_portal_billing_v1_ReviseQuoteRequest__Output } from './client_portal/billing/v1/ReviseQuoteRequest.js';
import type { VerifyAcceptancePdfRequest as _client_portal_billing_v1_VerifyAcceptancePdfRequest, VerifyAcceptancePdfRequest__Output as _client_portal_billing_v1_VerifyAcceptancePdfRequest__Output } from './client_portal/billing/v1/VerifyAcceptancePdfRequest.js';
import type { VerifyAcceptancePdfResponse as _client_portal_billing_v1_VerifyAcceptancePdfResponse, VerifyAcceptancePdfResponse__Output as _client_portal_billing_v1_VerifyAcceptancePdfResponse__Output } from './client_portal/billing/v1/VerifyAcceptancePdfResponse.js';
import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        AcceptanceEvidence: MessageTypeDefinition<_client_portal_billing_v1_AcceptanceEvidence, _client_portal_billing_v1_AcceptanceEvidence__Output>
        AcceptanceService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_AcceptanceServiceClient> & { service: _client_portal_billing_v1_AcceptanceServiceDefinition }
        AcceptedPdf: MessageTypeDefinition<_client_portal_billing_v1_AcceptedPdf, _client_portal_billing_v1_AcceptedPdf__Output>
        AnswerQuoteRequest: MessageTypeDefinition<_client_portal_billing_v1_AnswerQuoteRequest, _client_portal_billing_v1_AnswerQuoteRequest__Output>
        ClientDocument: MessageTypeDefinition<_client_portal_billing_v1_ClientDocument, _client_portal_billing_v1_ClientDocument__Output>
        ClientDocumentLine: MessageTypeDefinition<_client_portal_billing_v1_ClientDocumentLine, _client_portal_billing_v1_ClientDocumentLine__Output>
        ClientDocumentParty: MessageTypeDefinition<_client_portal_billing_v1_ClientDocumentParty, _client_portal_billing_v1_ClientDocumentParty__Output>
        GetClientDocumentRequest: MessageTypeDefinition<_client_portal_billing_v1_GetClientDocumentRequest, _client_portal_billing_v1_GetClientDocumentRequest__Output>
        GetPublicAcceptanceRequest: MessageTypeDefinition<_client_portal_billing_v1_GetPublicAcceptanceRequest, _client_portal_billing_v1_GetPublicAcceptanceRequest__Output>
        ListClientDocumentsRequest: MessageTypeDefinition<_client_portal_billing_v1_ListClientDocumentsRequest, _client_portal_billing_v1_ListClientDocumentsRequest__Output>
        ListClientDocumentsResponse: MessageTypeDefinition<_client_portal_billing_v1_ListClientDocumentsResponse, _client_portal_billing_v1_ListClientDocumentsResponse__Output>
        ListQuoteAcceptancesRequest: MessageTypeDefinition<_client_portal_billing_v1_ListQuoteAcceptancesRequest, _client_portal_billing_v1_ListQuoteAcceptancesRequest__Output>
        ListQuoteAcceptancesResponse: MessageTypeDefinition<_client_portal_billing_v1_ListQuoteAcceptancesResponse, _client_portal_billing_v1_ListQuoteAcceptancesResponse__Output>
        PublicAcceptance: MessageTypeDefinition<_client_portal_billing_v1_PublicAcceptance, _client_portal_billing_v1_PublicAcceptance__Output>
        QuoteAnswerResult: MessageTypeDefinition<_client_portal_billing_v1_QuoteAnswerResult, _client_portal_billing_v1_QuoteAnswerResult__Output>
        QuoteAnswerView: MessageTypeDefinition<_client_portal_billing_v1_QuoteAnswerView, _client_portal_billing_v1_QuoteAnswerView__Output>
        ReviseQuoteRequest: MessageTypeDefinition<_client_portal_billing_v1_ReviseQuoteRequest, _client_portal_billing_v1_ReviseQuoteRequest__Output>
        VerifyAcceptancePdfRequest: MessageTypeDefinition<_client_portal_billing_v1_VerifyAcceptancePdfRequest, _client_portal_billing_v1_VerifyAcceptancePdfRequest__Output>
        VerifyAcceptancePdfResponse: MessageTypeDefinition<_client_portal_billing_v1_VerifyAcceptancePdfResponse, _client_portal_billing_v1_VerifyAcceptancePdfResponse__Output>
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
  }
}

