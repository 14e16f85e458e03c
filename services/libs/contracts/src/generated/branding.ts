import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { BrandingLogo as _client_portal_identity_v1_BrandingLogo, BrandingLogo__Output as _client_portal_identity_v1_BrandingLogo__Output } from './client_portal/identity/v1/BrandingLogo.js';
import type { BrandingLogoInfo as _client_portal_identity_v1_BrandingLogoInfo, BrandingLogoInfo__Output as _client_portal_identity_v1_BrandingLogoInfo__Output } from './client_portal/identity/v1/BrandingLogoInfo.js';
import type { BrandingServiceClient as _client_portal_identity_v1_BrandingServiceClient, BrandingServiceDefinition as _client_portal_identity_v1_BrandingServiceDefinition } from './client_portal/identity/v1/BrandingService.js';
import type { BrandingView as _client_portal_identity_v1_BrandingView, BrandingView__Output as _client_portal_identity_v1_BrandingView__Output } from './client_portal/identity/v1/BrandingView.js';
import type { CheckSubdomainRequest as _client_portal_identity_v1_CheckSubdomainRequest, CheckSubdomainRequest__Output as _client_portal_identity_v1_CheckSubdomainRequest__Output } from './client_portal/identity/v1/CheckSubdomainRequest.js';
import type { CheckSubdomainResponse as _client_portal_identity_v1_CheckSubdomainResponse, CheckSubdomainResponse__Output as _client_portal_identity_v1_CheckSubdomainResponse__Output } from './client_portal/identity/v1/CheckSubdomainResponse.js';
import type { GetBrandingRequest as _client_portal_identity_v1_GetBrandingRequest, GetBrandingRequest__Output as _client_portal_identity_v1_GetBrandingRequest__Output } from './client_portal/identity/v1/GetBrandingRequest.js';
import type { GetPublicBrandingLogoRequest as _client_portal_identity_v1_GetPublicBrandingLogoRequest, GetPublicBrandingLogoRequest__Output as _client_portal_identity_v1_GetPublicBrandingLogoRequest__Output } from './client_portal/identity/v1/GetPublicBrandingLogoRequest.js';
import type { GetPublicBrandingRequest as _client_portal_identity_v1_GetPublicBrandingRequest, GetPublicBrandingRequest__Output as _client_portal_identity_v1_GetPublicBrandingRequest__Output } from './client_portal/identity/v1/GetPublicBrandingRequest.js';
import type { PublicBranding as _client_portal_identity_v1_PublicBranding, PublicBranding__Output as _client_portal_identity_v1_PublicBranding__Output } from './client_portal/identity/v1/PublicBranding.js';
import type { RemoveBrandingLogoRequest as _client_portal_identity_v1_RemoveBrandingLogoRequest, RemoveBrandingLogoRequest__Output as _client_portal_identity_v1_RemoveBrandingLogoRequest__Output } from './client_portal/identity/v1/RemoveBrandingLogoRequest.js';
import type { SetBrandingLogoRequest as _client_portal_identity_v1_SetBrandingLogoRequest, SetBrandingLogoRequest__Output as _client_portal_identity_v1_SetBrandingLogoRequest__Output } from './client_portal/identity/v1/SetBrandingLogoRequest.js';
import type { UpdateBrandingRequest as _client_portal_identity_v1_UpdateBrandingRequest, UpdateBrandingRequest__Output as _client_portal_identity_v1_UpdateBrandingRequest__Output } from './client_portal/identity/v1/UpdateBrandingRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    identity: {
      v1: {
        BrandingLogo: MessageTypeDefinition<_client_portal_identity_v1_BrandingLogo, _client_portal_identity_v1_BrandingLogo__Output>
        BrandingLogoInfo: MessageTypeDefinition<_client_portal_identity_v1_BrandingLogoInfo, _client_portal_identity_v1_BrandingLogoInfo__Output>
        BrandingService: SubtypeConstructor<typeof grpc.Client, _client_portal_identity_v1_BrandingServiceClient> & { service: _client_portal_identity_v1_BrandingServiceDefinition }
        BrandingView: MessageTypeDefinition<_client_portal_identity_v1_BrandingView, _client_portal_identity_v1_BrandingView__Output>
        CheckSubdomainRequest: MessageTypeDefinition<_client_portal_identity_v1_CheckSubdomainRequest, _client_portal_identity_v1_CheckSubdomainRequest__Output>
        CheckSubdomainResponse: MessageTypeDefinition<_client_portal_identity_v1_CheckSubdomainResponse, _client_portal_identity_v1_CheckSubdomainResponse__Output>
        GetBrandingRequest: MessageTypeDefinition<_client_portal_identity_v1_GetBrandingRequest, _client_portal_identity_v1_GetBrandingRequest__Output>
        GetPublicBrandingLogoRequest: MessageTypeDefinition<_client_portal_identity_v1_GetPublicBrandingLogoRequest, _client_portal_identity_v1_GetPublicBrandingLogoRequest__Output>
        GetPublicBrandingRequest: MessageTypeDefinition<_client_portal_identity_v1_GetPublicBrandingRequest, _client_portal_identity_v1_GetPublicBrandingRequest__Output>
        PublicBranding: MessageTypeDefinition<_client_portal_identity_v1_PublicBranding, _client_portal_identity_v1_PublicBranding__Output>
        RemoveBrandingLogoRequest: MessageTypeDefinition<_client_portal_identity_v1_RemoveBrandingLogoRequest, _client_portal_identity_v1_RemoveBrandingLogoRequest__Output>
        SetBrandingLogoRequest: MessageTypeDefinition<_client_portal_identity_v1_SetBrandingLogoRequest, _client_portal_identity_v1_SetBrandingLogoRequest__Output>
        UpdateBrandingRequest: MessageTypeDefinition<_client_portal_identity_v1_UpdateBrandingRequest, _client_portal_identity_v1_UpdateBrandingRequest__Output>
      }
    }
  }
}

