import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { GetCardPaymentRequest as _client_portal_billing_v1_GetCardPaymentRequest, GetCardPaymentRequest__Output as _client_portal_billing_v1_GetCardPaymentRequest__Output } from './client_portal/billing/v1/GetCardPaymentRequest.js';
import type { InvoiceBalance as _client_portal_billing_v1_InvoiceBalance, InvoiceBalance__Output as _client_portal_billing_v1_InvoiceBalance__Output } from './client_portal/billing/v1/InvoiceBalance.js';
import type { ListInvoiceBalancesRequest as _client_portal_billing_v1_ListInvoiceBalancesRequest, ListInvoiceBalancesRequest__Output as _client_portal_billing_v1_ListInvoiceBalancesRequest__Output } from './client_portal/billing/v1/ListInvoiceBalancesRequest.js';
import type { ListInvoiceBalancesResponse as _client_portal_billing_v1_ListInvoiceBalancesResponse, ListInvoiceBalancesResponse__Output as _client_portal_billing_v1_ListInvoiceBalancesResponse__Output } from './client_portal/billing/v1/ListInvoiceBalancesResponse.js';
import type { ListPaymentsRequest as _client_portal_billing_v1_ListPaymentsRequest, ListPaymentsRequest__Output as _client_portal_billing_v1_ListPaymentsRequest__Output } from './client_portal/billing/v1/ListPaymentsRequest.js';
import type { ListPaymentsResponse as _client_portal_billing_v1_ListPaymentsResponse, ListPaymentsResponse__Output as _client_portal_billing_v1_ListPaymentsResponse__Output } from './client_portal/billing/v1/ListPaymentsResponse.js';
import type { PaymentAllocationInput as _client_portal_billing_v1_PaymentAllocationInput, PaymentAllocationInput__Output as _client_portal_billing_v1_PaymentAllocationInput__Output } from './client_portal/billing/v1/PaymentAllocationInput.js';
import type { PaymentAllocationView as _client_portal_billing_v1_PaymentAllocationView, PaymentAllocationView__Output as _client_portal_billing_v1_PaymentAllocationView__Output } from './client_portal/billing/v1/PaymentAllocationView.js';
import type { PaymentCheckoutView as _client_portal_billing_v1_PaymentCheckoutView, PaymentCheckoutView__Output as _client_portal_billing_v1_PaymentCheckoutView__Output } from './client_portal/billing/v1/PaymentCheckoutView.js';
import type { PaymentRefundView as _client_portal_billing_v1_PaymentRefundView, PaymentRefundView__Output as _client_portal_billing_v1_PaymentRefundView__Output } from './client_portal/billing/v1/PaymentRefundView.js';
import type { PaymentServiceClient as _client_portal_billing_v1_PaymentServiceClient, PaymentServiceDefinition as _client_portal_billing_v1_PaymentServiceDefinition } from './client_portal/billing/v1/PaymentService.js';
import type { PaymentView as _client_portal_billing_v1_PaymentView, PaymentView__Output as _client_portal_billing_v1_PaymentView__Output } from './client_portal/billing/v1/PaymentView.js';
import type { ReceiveStripeWebhookRequest as _client_portal_billing_v1_ReceiveStripeWebhookRequest, ReceiveStripeWebhookRequest__Output as _client_portal_billing_v1_ReceiveStripeWebhookRequest__Output } from './client_portal/billing/v1/ReceiveStripeWebhookRequest.js';
import type { ReceiveStripeWebhookResponse as _client_portal_billing_v1_ReceiveStripeWebhookResponse, ReceiveStripeWebhookResponse__Output as _client_portal_billing_v1_ReceiveStripeWebhookResponse__Output } from './client_portal/billing/v1/ReceiveStripeWebhookResponse.js';
import type { RecordManualPaymentRequest as _client_portal_billing_v1_RecordManualPaymentRequest, RecordManualPaymentRequest__Output as _client_portal_billing_v1_RecordManualPaymentRequest__Output } from './client_portal/billing/v1/RecordManualPaymentRequest.js';
import type { RefundPaymentRequest as _client_portal_billing_v1_RefundPaymentRequest, RefundPaymentRequest__Output as _client_portal_billing_v1_RefundPaymentRequest__Output } from './client_portal/billing/v1/RefundPaymentRequest.js';
import type { StartCardPaymentRequest as _client_portal_billing_v1_StartCardPaymentRequest, StartCardPaymentRequest__Output as _client_portal_billing_v1_StartCardPaymentRequest__Output } from './client_portal/billing/v1/StartCardPaymentRequest.js';
import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';
import type { ListOptions as _client_portal_partner_v1_ListOptions, ListOptions__Output as _client_portal_partner_v1_ListOptions__Output } from './client_portal/partner/v1/ListOptions.js';
import type { ListPaymentsRequest as _client_portal_partner_v1_ListPaymentsRequest, ListPaymentsRequest__Output as _client_portal_partner_v1_ListPaymentsRequest__Output } from './client_portal/partner/v1/ListPaymentsRequest.js';
import type { ListPaymentsResponse as _client_portal_partner_v1_ListPaymentsResponse, ListPaymentsResponse__Output as _client_portal_partner_v1_ListPaymentsResponse__Output } from './client_portal/partner/v1/ListPaymentsResponse.js';
import type { Money as _client_portal_partner_v1_Money, Money__Output as _client_portal_partner_v1_Money__Output } from './client_portal/partner/v1/Money.js';
import type { Payment as _client_portal_partner_v1_Payment, Payment__Output as _client_portal_partner_v1_Payment__Output } from './client_portal/partner/v1/Payment.js';
import type { PaymentAllocation as _client_portal_partner_v1_PaymentAllocation, PaymentAllocation__Output as _client_portal_partner_v1_PaymentAllocation__Output } from './client_portal/partner/v1/PaymentAllocation.js';
import type { PaymentAllocationInput as _client_portal_partner_v1_PaymentAllocationInput, PaymentAllocationInput__Output as _client_portal_partner_v1_PaymentAllocationInput__Output } from './client_portal/partner/v1/PaymentAllocationInput.js';
import type { PaymentServiceClient as _client_portal_partner_v1_PaymentServiceClient, PaymentServiceDefinition as _client_portal_partner_v1_PaymentServiceDefinition } from './client_portal/partner/v1/PaymentService.js';
import type { RecordPaymentRequest as _client_portal_partner_v1_RecordPaymentRequest, RecordPaymentRequest__Output as _client_portal_partner_v1_RecordPaymentRequest__Output } from './client_portal/partner/v1/RecordPaymentRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        GetCardPaymentRequest: MessageTypeDefinition<_client_portal_billing_v1_GetCardPaymentRequest, _client_portal_billing_v1_GetCardPaymentRequest__Output>
        InvoiceBalance: MessageTypeDefinition<_client_portal_billing_v1_InvoiceBalance, _client_portal_billing_v1_InvoiceBalance__Output>
        ListInvoiceBalancesRequest: MessageTypeDefinition<_client_portal_billing_v1_ListInvoiceBalancesRequest, _client_portal_billing_v1_ListInvoiceBalancesRequest__Output>
        ListInvoiceBalancesResponse: MessageTypeDefinition<_client_portal_billing_v1_ListInvoiceBalancesResponse, _client_portal_billing_v1_ListInvoiceBalancesResponse__Output>
        ListPaymentsRequest: MessageTypeDefinition<_client_portal_billing_v1_ListPaymentsRequest, _client_portal_billing_v1_ListPaymentsRequest__Output>
        ListPaymentsResponse: MessageTypeDefinition<_client_portal_billing_v1_ListPaymentsResponse, _client_portal_billing_v1_ListPaymentsResponse__Output>
        PaymentAllocationInput: MessageTypeDefinition<_client_portal_billing_v1_PaymentAllocationInput, _client_portal_billing_v1_PaymentAllocationInput__Output>
        PaymentAllocationView: MessageTypeDefinition<_client_portal_billing_v1_PaymentAllocationView, _client_portal_billing_v1_PaymentAllocationView__Output>
        PaymentCheckoutView: MessageTypeDefinition<_client_portal_billing_v1_PaymentCheckoutView, _client_portal_billing_v1_PaymentCheckoutView__Output>
        PaymentRefundView: MessageTypeDefinition<_client_portal_billing_v1_PaymentRefundView, _client_portal_billing_v1_PaymentRefundView__Output>
        PaymentService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_PaymentServiceClient> & { service: _client_portal_billing_v1_PaymentServiceDefinition }
        PaymentView: MessageTypeDefinition<_client_portal_billing_v1_PaymentView, _client_portal_billing_v1_PaymentView__Output>
        ReceiveStripeWebhookRequest: MessageTypeDefinition<_client_portal_billing_v1_ReceiveStripeWebhookRequest, _client_portal_billing_v1_ReceiveStripeWebhookRequest__Output>
        ReceiveStripeWebhookResponse: MessageTypeDefinition<_client_portal_billing_v1_ReceiveStripeWebhookResponse, _client_portal_billing_v1_ReceiveStripeWebhookResponse__Output>
        RecordManualPaymentRequest: MessageTypeDefinition<_client_portal_billing_v1_RecordManualPaymentRequest, _client_portal_billing_v1_RecordManualPaymentRequest__Output>
        RefundPaymentRequest: MessageTypeDefinition<_client_portal_billing_v1_RefundPaymentRequest, _client_portal_billing_v1_RefundPaymentRequest__Output>
        StartCardPaymentRequest: MessageTypeDefinition<_client_portal_billing_v1_StartCardPaymentRequest, _client_portal_billing_v1_StartCardPaymentRequest__Output>
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
        ListOptions: MessageTypeDefinition<_client_portal_partner_v1_ListOptions, _client_portal_partner_v1_ListOptions__Output>
        ListPaymentsRequest: MessageTypeDefinition<_client_portal_partner_v1_ListPaymentsRequest, _client_portal_partner_v1_ListPaymentsRequest__Output>
        ListPaymentsResponse: MessageTypeDefinition<_client_portal_partner_v1_ListPaymentsResponse, _client_portal_partner_v1_ListPaymentsResponse__Output>
        Money: MessageTypeDefinition<_client_portal_partner_v1_Money, _client_portal_partner_v1_Money__Output>
        Payment: MessageTypeDefinition<_client_portal_partner_v1_Payment, _client_portal_partner_v1_Payment__Output>
        PaymentAllocation: MessageTypeDefinition<_client_portal_partner_v1_PaymentAllocation, _client_portal_partner_v1_PaymentAllocation__Output>
        PaymentAllocationInput: MessageTypeDefinition<_client_portal_partner_v1_PaymentAllocationInput, _client_portal_partner_v1_PaymentAllocationInput__Output>
        /**
         * Payments received from clients (by card through the portal, or recorded by the team) and what they paid.
         */
        PaymentService: SubtypeConstructor<typeof grpc.Client, _client_portal_partner_v1_PaymentServiceClient> & { service: _client_portal_partner_v1_PaymentServiceDefinition }
        RecordPaymentRequest: MessageTypeDefinition<_client_portal_partner_v1_RecordPaymentRequest, _client_portal_partner_v1_RecordPaymentRequest__Output>
      }
    }
  }
}

