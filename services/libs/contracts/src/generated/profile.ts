import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { BillingAddress as _client_portal_billing_v1_BillingAddress, BillingAddress__Output as _client_portal_billing_v1_BillingAddress__Output } from './client_portal/billing/v1/BillingAddress.js';
import type { BillingLogo as _client_portal_billing_v1_BillingLogo, BillingLogo__Output as _client_portal_billing_v1_BillingLogo__Output } from './client_portal/billing/v1/BillingLogo.js';
import type { BillingLogoInfo as _client_portal_billing_v1_BillingLogoInfo, BillingLogoInfo__Output as _client_portal_billing_v1_BillingLogoInfo__Output } from './client_portal/billing/v1/BillingLogoInfo.js';
import type { BillingPaymentInstructions as _client_portal_billing_v1_BillingPaymentInstructions, BillingPaymentInstructions__Output as _client_portal_billing_v1_BillingPaymentInstructions__Output } from './client_portal/billing/v1/BillingPaymentInstructions.js';
import type { BillingPdf as _client_portal_billing_v1_BillingPdf, BillingPdf__Output as _client_portal_billing_v1_BillingPdf__Output } from './client_portal/billing/v1/BillingPdf.js';
import type { BillingProfileFields as _client_portal_billing_v1_BillingProfileFields, BillingProfileFields__Output as _client_portal_billing_v1_BillingProfileFields__Output } from './client_portal/billing/v1/BillingProfileFields.js';
import type { BillingProfileServiceClient as _client_portal_billing_v1_BillingProfileServiceClient, BillingProfileServiceDefinition as _client_portal_billing_v1_BillingProfileServiceDefinition } from './client_portal/billing/v1/BillingProfileService.js';
import type { BillingProfileView as _client_portal_billing_v1_BillingProfileView, BillingProfileView__Output as _client_portal_billing_v1_BillingProfileView__Output } from './client_portal/billing/v1/BillingProfileView.js';
import type { BillingRecipientView as _client_portal_billing_v1_BillingRecipientView, BillingRecipientView__Output as _client_portal_billing_v1_BillingRecipientView__Output } from './client_portal/billing/v1/BillingRecipientView.js';
import type { BillingTaxRate as _client_portal_billing_v1_BillingTaxRate, BillingTaxRate__Output as _client_portal_billing_v1_BillingTaxRate__Output } from './client_portal/billing/v1/BillingTaxRate.js';
import type { ClientBillingDetailsFields as _client_portal_billing_v1_ClientBillingDetailsFields, ClientBillingDetailsFields__Output as _client_portal_billing_v1_ClientBillingDetailsFields__Output } from './client_portal/billing/v1/ClientBillingDetailsFields.js';
import type { ClientBillingDetailsView as _client_portal_billing_v1_ClientBillingDetailsView, ClientBillingDetailsView__Output as _client_portal_billing_v1_ClientBillingDetailsView__Output } from './client_portal/billing/v1/ClientBillingDetailsView.js';
import type { GetBillingLogoRequest as _client_portal_billing_v1_GetBillingLogoRequest, GetBillingLogoRequest__Output as _client_portal_billing_v1_GetBillingLogoRequest__Output } from './client_portal/billing/v1/GetBillingLogoRequest.js';
import type { GetBillingProfileRequest as _client_portal_billing_v1_GetBillingProfileRequest, GetBillingProfileRequest__Output as _client_portal_billing_v1_GetBillingProfileRequest__Output } from './client_portal/billing/v1/GetBillingProfileRequest.js';
import type { GetClientBillingDetailsRequest as _client_portal_billing_v1_GetClientBillingDetailsRequest, GetClientBillingDetailsRequest__Output as _client_portal_billing_v1_GetClientBillingDetailsRequest__Output } from './client_portal/billing/v1/GetClientBillingDetailsRequest.js';
import type { PreviewBillingPdfRequest as _client_portal_billing_v1_PreviewBillingPdfRequest, PreviewBillingPdfRequest__Output as _client_portal_billing_v1_PreviewBillingPdfRequest__Output } from './client_portal/billing/v1/PreviewBillingPdfRequest.js';
import type { RemoveBillingLogoRequest as _client_portal_billing_v1_RemoveBillingLogoRequest, RemoveBillingLogoRequest__Output as _client_portal_billing_v1_RemoveBillingLogoRequest__Output } from './client_portal/billing/v1/RemoveBillingLogoRequest.js';
import type { SetBillingLogoRequest as _client_portal_billing_v1_SetBillingLogoRequest, SetBillingLogoRequest__Output as _client_portal_billing_v1_SetBillingLogoRequest__Output } from './client_portal/billing/v1/SetBillingLogoRequest.js';
import type { UpdateBillingProfileRequest as _client_portal_billing_v1_UpdateBillingProfileRequest, UpdateBillingProfileRequest__Output as _client_portal_billing_v1_UpdateBillingProfileRequest__Output } from './client_portal/billing/v1/UpdateBillingProfileRequest.js';
import type { UpdateClientBillingDetailsRequest as _client_portal_billing_v1_UpdateClientBillingDetailsRequest, UpdateClientBillingDetailsRequest__Output as _client_portal_billing_v1_UpdateClientBillingDetailsRequest__Output } from './client_portal/billing/v1/UpdateClientBillingDetailsRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        BillingAddress: MessageTypeDefinition<_client_portal_billing_v1_BillingAddress, _client_portal_billing_v1_BillingAddress__Output>
        BillingLogo: MessageTypeDefinition<_client_portal_billing_v1_BillingLogo, _client_portal_billing_v1_BillingLogo__Output>
        BillingLogoInfo: MessageTypeDefinition<_client_portal_billing_v1_BillingLogoInfo, _client_portal_billing_v1_BillingLogoInfo__Output>
        BillingPaymentInstructions: MessageTypeDefinition<_client_portal_billing_v1_BillingPaymentInstructions, _client_portal_billing_v1_BillingPaymentInstructions__Output>
        BillingPdf: MessageTypeDefinition<_client_portal_billing_v1_BillingPdf, _client_portal_billing_v1_BillingPdf__Output>
        BillingProfileFields: MessageTypeDefinition<_client_portal_billing_v1_BillingProfileFields, _client_portal_billing_v1_BillingProfileFields__Output>
        BillingProfileService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_BillingProfileServiceClient> & { service: _client_portal_billing_v1_BillingProfileServiceDefinition }
        BillingProfileView: MessageTypeDefinition<_client_portal_billing_v1_BillingProfileView, _client_portal_billing_v1_BillingProfileView__Output>
        BillingRecipientView: MessageTypeDefinition<_client_portal_billing_v1_BillingRecipientView, _client_portal_billing_v1_BillingRecipientView__Output>
        BillingTaxRate: MessageTypeDefinition<_client_portal_billing_v1_BillingTaxRate, _client_portal_billing_v1_BillingTaxRate__Output>
        ClientBillingDetailsFields: MessageTypeDefinition<_client_portal_billing_v1_ClientBillingDetailsFields, _client_portal_billing_v1_ClientBillingDetailsFields__Output>
        ClientBillingDetailsView: MessageTypeDefinition<_client_portal_billing_v1_ClientBillingDetailsView, _client_portal_billing_v1_ClientBillingDetailsView__Output>
        GetBillingLogoRequest: MessageTypeDefinition<_client_portal_billing_v1_GetBillingLogoRequest, _client_portal_billing_v1_GetBillingLogoRequest__Output>
        GetBillingProfileRequest: MessageTypeDefinition<_client_portal_billing_v1_GetBillingProfileRequest, _client_portal_billing_v1_GetBillingProfileRequest__Output>
        GetClientBillingDetailsRequest: MessageTypeDefinition<_client_portal_billing_v1_GetClientBillingDetailsRequest, _client_portal_billing_v1_GetClientBillingDetailsRequest__Output>
        PreviewBillingPdfRequest: MessageTypeDefinition<_client_portal_billing_v1_PreviewBillingPdfRequest, _client_portal_billing_v1_PreviewBillingPdfRequest__Output>
        RemoveBillingLogoRequest: MessageTypeDefinition<_client_portal_billing_v1_RemoveBillingLogoRequest, _client_portal_billing_v1_RemoveBillingLogoRequest__Output>
        SetBillingLogoRequest: MessageTypeDefinition<_client_portal_billing_v1_SetBillingLogoRequest, _client_portal_billing_v1_SetBillingLogoRequest__Output>
        UpdateBillingProfileRequest: MessageTypeDefinition<_client_portal_billing_v1_UpdateBillingProfileRequest, _client_portal_billing_v1_UpdateBillingProfileRequest__Output>
        UpdateClientBillingDetailsRequest: MessageTypeDefinition<_client_portal_billing_v1_UpdateClientBillingDetailsRequest, _client_portal_billing_v1_UpdateClientBillingDetailsRequest__Output>
      }
    }
  }
}

