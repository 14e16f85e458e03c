import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { BillingServiceClient as _client_portal_billing_v1_BillingServiceClient, BillingServiceDefinition as _client_portal_billing_v1_BillingServiceDefinition } from './client_portal/billing/v1/BillingService.js';
import type { GetInvoiceRequest as _client_portal_billing_v1_GetInvoiceRequest, GetInvoiceRequest__Output as _client_portal_billing_v1_GetInvoiceRequest__Output } from './client_portal/billing/v1/GetInvoiceRequest.js';
import type { Invoice as _client_portal_billing_v1_Invoice, Invoice__Output as _client_portal_billing_v1_Invoice__Output } from './client_portal/billing/v1/Invoice.js';
import type { InvoiceLine as _client_portal_billing_v1_InvoiceLine, InvoiceLine__Output as _client_portal_billing_v1_InvoiceLine__Output } from './client_portal/billing/v1/InvoiceLine.js';
import type { InvoiceLineInput as _client_portal_billing_v1_InvoiceLineInput, InvoiceLineInput__Output as _client_portal_billing_v1_InvoiceLineInput__Output } from './client_portal/billing/v1/InvoiceLineInput.js';
import type { IssueInvoiceRequest as _client_portal_billing_v1_IssueInvoiceRequest, IssueInvoiceRequest__Output as _client_portal_billing_v1_IssueInvoiceRequest__Output } from './client_portal/billing/v1/IssueInvoiceRequest.js';
import type { ListInvoicesRequest as _client_portal_billing_v1_ListInvoicesRequest, ListInvoicesRequest__Output as _client_portal_billing_v1_ListInvoicesRequest__Output } from './client_portal/billing/v1/ListInvoicesRequest.js';
import type { ListInvoicesResponse as _client_portal_billing_v1_ListInvoicesResponse, ListInvoicesResponse__Output as _client_portal_billing_v1_ListInvoicesResponse__Output } from './client_portal/billing/v1/ListInvoicesResponse.js';
import type { RenderInvoicePdfRequest as _client_portal_billing_v1_RenderInvoicePdfRequest, RenderInvoicePdfRequest__Output as _client_portal_billing_v1_RenderInvoicePdfRequest__Output } from './client_portal/billing/v1/RenderInvoicePdfRequest.js';
import type { RenderInvoicePdfResponse as _client_portal_billing_v1_RenderInvoicePdfResponse, RenderInvoicePdfResponse__Output as _client_portal_billing_v1_RenderInvoicePdfResponse__Output } from './client_portal/billing/v1/RenderInvoicePdfResponse.js';
import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        BillingService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_BillingServiceClient> & { service: _client_portal_billing_v1_BillingServiceDefinition }
        GetInvoiceRequest: MessageTypeDefinition<_client_portal_billing_v1_GetInvoiceRequest, _client_portal_billing_v1_GetInvoiceRequest__Output>
        Invoice: MessageTypeDefinition<_client_portal_billing_v1_Invoice, _client_portal_billing_v1_Invoice__Output>
        InvoiceLine: MessageTypeDefinition<_client_portal_billing_v1_InvoiceLine, _client_portal_billing_v1_InvoiceLine__Output>
        InvoiceLineInput: MessageTypeDefinition<_client_portal_billing_v1_InvoiceLineInput, _client_portal_billing_v1_InvoiceLineInput__Output>
        IssueInvoiceRequest: MessageTypeDefinition<_client_portal_billing_v1_IssueInvoiceRequest, _client_portal_billing_v1_IssueInvoiceRequest__Output>
        ListInvoicesRequest: MessageTypeDefinition<_client_portal_billing_v1_ListInvoicesRequest, _client_portal_billing_v1_ListInvoicesRequest__Output>
        ListInvoicesResponse: MessageTypeDefinition<_client_portal_billing_v1_ListInvoicesResponse, _client_portal_billing_v1_ListInvoicesResponse__Output>
        RenderInvoicePdfRequest: MessageTypeDefinition<_client_portal_billing_v1_RenderInvoicePdfRequest, _client_portal_billing_v1_RenderInvoicePdfRequest__Output>
        RenderInvoicePdfResponse: MessageTypeDefinition<_client_portal_billing_v1_RenderInvoicePdfResponse, _client_portal_billing_v1_RenderInvoicePdfResponse__Output>
      }
    }
    common: {
      v1: {
        Money: MessageTypeDefinition<_client_portal_common_v1_Money, _client_portal_common_v1_Money__Output>
        PageInfo: MessageTypeDefinition<_client_portal_common_v1_PageInfo, _client_portal_common_v1_PageInfo__Output>
        PageRequest: MessageTypeDefinition<_client_portal_common_v1_PageRequest, _client_portal_common_v1_PageRequest__Output>
        Principal: MessageTypeDefinition<_client_portal_common_v1_Principal, _client_portal_common_v1_Principal__Output>
      }
    }
  }
}

