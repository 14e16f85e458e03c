// Original file: proto/identity/v1/branding.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { BrandingLogo as _client_portal_identity_v1_BrandingLogo, BrandingLogo__Output as _client_portal_identity_v1_BrandingLogo__Output } from '../../../client_portal/identity/v1/BrandingLogo.js';
import type { BrandingView as _client_portal_identity_v1_BrandingView, BrandingView__Output as _client_portal_identity_v1_BrandingView__Output } from '../../../client_portal/identity/v1/BrandingView.js';
import type { CheckSubdomainRequest as _client_portal_identity_v1_CheckSubdomainRequest, CheckSubdomainRequest__Output as _client_portal_identity_v1_CheckSubdomainRequest__Output } from '../../../client_portal/identity/v1/CheckSubdomainRequest.js';
import type { CheckSubdomainResponse as _client_portal_identity_v1_CheckSubdomainResponse, CheckSubdomainResponse__Output as _client_portal_identity_v1_CheckSubdomainResponse__Output } from '../../../client_portal/identity/v1/CheckSubdomainResponse.js';
import type { GetBrandingRequest as _client_portal_identity_v1_GetBrandingRequest, GetBrandingRequest__Output as _client_portal_identity_v1_GetBrandingRequest__Output } from '../../../client_portal/identity/v1/GetBrandingRequest.js';
import type { GetPublicBrandingLogoRequest as _client_portal_identity_v1_GetPublicBrandingLogoRequest, GetPublicBrandingLogoRequest__Output as _client_portal_identity_v1_GetPublicBrandingLogoRequest__Output } from '../../../client_portal/identity/v1/GetPublicBrandingLogoRequest.js';
import type { GetPublicBrandingRequest as _client_portal_identity_v1_GetPublicBrandingRequest, GetPublicBrandingRequest__Output as _client_portal_identity_v1_GetPublicBrandingRequest__Output } from '../../../client_portal/identity/v1/GetPublicBrandingRequest.js';
import type { PublicBranding as _client_portal_identity_v1_PublicBranding, PublicBranding__Output as _client_portal_identity_v1_PublicBranding__Output } from '../../../client_portal/identity/v1/PublicBranding.js';
import type { RemoveBrandingLogoRequest as _client_portal_identity_v1_RemoveBrandingLogoRequest, RemoveBrandingLogoRequest__Output as _client_portal_identity_v1_RemoveBrandingLogoRequest__Output } from '../../../client_portal/identity/v1/RemoveBrandingLogoRequest.js';
import type { SetBrandingLogoRequest as _client_portal_identity_v1_SetBrandingLogoRequest, SetBrandingLogoRequest__Output as _client_portal_identity_v1_SetBrandingLogoRequest__Output } from '../../../client_portal/identity/v1/SetBrandingLogoRequest.js';
import type { UpdateBrandingRequest as _client_portal_identity_v1_UpdateBrandingRequest, UpdateBrandingRequest__Output as _client_portal_identity_v1_UpdateBrandingRequest__Output } from '../../../client_portal/identity/v1/UpdateBrandingRequest.js';

export interface BrandingServiceClient extends grpc.Client {
  /**
   * Whether a sub-domain could be claimed by the caller's tenant (portal.configure).
   */
  CheckSubdomain(argument: _client_portal_identity_v1_CheckSubdomainRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CheckSubdomainResponse__Output>): grpc.ClientUnaryCall;
  CheckSubdomain(argument: _client_portal_identity_v1_CheckSubdomainRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_CheckSubdomainResponse__Output>): grpc.ClientUnaryCall;
  CheckSubdomain(argument: _client_portal_identity_v1_CheckSubdomainRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CheckSubdomainResponse__Output>): grpc.ClientUnaryCall;
  CheckSubdomain(argument: _client_portal_identity_v1_CheckSubdomainRequest, callback: grpc.requestCallback<_client_portal_identity_v1_CheckSubdomainResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Whether a sub-domain could be claimed by the caller's tenant (portal.configure).
   */
  checkSubdomain(argument: _client_portal_identity_v1_CheckSubdomainRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CheckSubdomainResponse__Output>): grpc.ClientUnaryCall;
  checkSubdomain(argument: _client_portal_identity_v1_CheckSubdomainRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_CheckSubdomainResponse__Output>): grpc.ClientUnaryCall;
  checkSubdomain(argument: _client_portal_identity_v1_CheckSubdomainRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CheckSubdomainResponse__Output>): grpc.ClientUnaryCall;
  checkSubdomain(argument: _client_portal_identity_v1_CheckSubdomainRequest, callback: grpc.requestCallback<_client_portal_identity_v1_CheckSubdomainResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The caller's tenant's branding (anyone of the tenant: staff and client users).
   */
  GetBranding(argument: _client_portal_identity_v1_GetBrandingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  GetBranding(argument: _client_portal_identity_v1_GetBrandingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  GetBranding(argument: _client_portal_identity_v1_GetBrandingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  GetBranding(argument: _client_portal_identity_v1_GetBrandingRequest, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  /**
   * The caller's tenant's branding (anyone of the tenant: staff and client users).
   */
  getBranding(argument: _client_portal_identity_v1_GetBrandingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  getBranding(argument: _client_portal_identity_v1_GetBrandingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  getBranding(argument: _client_portal_identity_v1_GetBrandingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  getBranding(argument: _client_portal_identity_v1_GetBrandingRequest, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  
  /**
   * No principal: what the public portal page, the login theme and e-mails show (name, logo, colours, language).
   */
  GetPublicBranding(argument: _client_portal_identity_v1_GetPublicBrandingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PublicBranding__Output>): grpc.ClientUnaryCall;
  GetPublicBranding(argument: _client_portal_identity_v1_GetPublicBrandingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PublicBranding__Output>): grpc.ClientUnaryCall;
  GetPublicBranding(argument: _client_portal_identity_v1_GetPublicBrandingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PublicBranding__Output>): grpc.ClientUnaryCall;
  GetPublicBranding(argument: _client_portal_identity_v1_GetPublicBrandingRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PublicBranding__Output>): grpc.ClientUnaryCall;
  /**
   * No principal: what the public portal page, the login theme and e-mails show (name, logo, colours, language).
   */
  getPublicBranding(argument: _client_portal_identity_v1_GetPublicBrandingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PublicBranding__Output>): grpc.ClientUnaryCall;
  getPublicBranding(argument: _client_portal_identity_v1_GetPublicBrandingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PublicBranding__Output>): grpc.ClientUnaryCall;
  getPublicBranding(argument: _client_portal_identity_v1_GetPublicBrandingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PublicBranding__Output>): grpc.ClientUnaryCall;
  getPublicBranding(argument: _client_portal_identity_v1_GetPublicBrandingRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PublicBranding__Output>): grpc.ClientUnaryCall;
  
  /**
   * No principal: the logo's bytes by tenant slug.
   */
  GetPublicBrandingLogo(argument: _client_portal_identity_v1_GetPublicBrandingLogoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingLogo__Output>): grpc.ClientUnaryCall;
  GetPublicBrandingLogo(argument: _client_portal_identity_v1_GetPublicBrandingLogoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingLogo__Output>): grpc.ClientUnaryCall;
  GetPublicBrandingLogo(argument: _client_portal_identity_v1_GetPublicBrandingLogoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingLogo__Output>): grpc.ClientUnaryCall;
  GetPublicBrandingLogo(argument: _client_portal_identity_v1_GetPublicBrandingLogoRequest, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingLogo__Output>): grpc.ClientUnaryCall;
  /**
   * No principal: the logo's bytes by tenant slug.
   */
  getPublicBrandingLogo(argument: _client_portal_identity_v1_GetPublicBrandingLogoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingLogo__Output>): grpc.ClientUnaryCall;
  getPublicBrandingLogo(argument: _client_portal_identity_v1_GetPublicBrandingLogoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingLogo__Output>): grpc.ClientUnaryCall;
  getPublicBrandingLogo(argument: _client_portal_identity_v1_GetPublicBrandingLogoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingLogo__Output>): grpc.ClientUnaryCall;
  getPublicBrandingLogo(argument: _client_portal_identity_v1_GetPublicBrandingLogoRequest, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingLogo__Output>): grpc.ClientUnaryCall;
  
  RemoveBrandingLogo(argument: _client_portal_identity_v1_RemoveBrandingLogoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  RemoveBrandingLogo(argument: _client_portal_identity_v1_RemoveBrandingLogoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  RemoveBrandingLogo(argument: _client_portal_identity_v1_RemoveBrandingLogoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  RemoveBrandingLogo(argument: _client_portal_identity_v1_RemoveBrandingLogoRequest, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  removeBrandingLogo(argument: _client_portal_identity_v1_RemoveBrandingLogoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  removeBrandingLogo(argument: _client_portal_identity_v1_RemoveBrandingLogoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  removeBrandingLogo(argument: _client_portal_identity_v1_RemoveBrandingLogoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  removeBrandingLogo(argument: _client_portal_identity_v1_RemoveBrandingLogoRequest, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  
  /**
   * The logo's bytes: PNG or JPEG recognised from the bytes, at most 512 KB (portal.configure).
   */
  SetBrandingLogo(argument: _client_portal_identity_v1_SetBrandingLogoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  SetBrandingLogo(argument: _client_portal_identity_v1_SetBrandingLogoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  SetBrandingLogo(argument: _client_portal_identity_v1_SetBrandingLogoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  SetBrandingLogo(argument: _client_portal_identity_v1_SetBrandingLogoRequest, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  /**
   * The logo's bytes: PNG or JPEG recognised from the bytes, at most 512 KB (portal.configure).
   */
  setBrandingLogo(argument: _client_portal_identity_v1_SetBrandingLogoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  setBrandingLogo(argument: _client_portal_identity_v1_SetBrandingLogoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  setBrandingLogo(argument: _client_portal_identity_v1_SetBrandingLogoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  setBrandingLogo(argument: _client_portal_identity_v1_SetBrandingLogoRequest, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Colours, language, portal name and sub-domain (staff with portal.configure), optimistic version.
   */
  UpdateBranding(argument: _client_portal_identity_v1_UpdateBrandingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  UpdateBranding(argument: _client_portal_identity_v1_UpdateBrandingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  UpdateBranding(argument: _client_portal_identity_v1_UpdateBrandingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  UpdateBranding(argument: _client_portal_identity_v1_UpdateBrandingRequest, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  /**
   * Colours, language, portal name and sub-domain (staff with portal.configure), optimistic version.
   */
  updateBranding(argument: _client_portal_identity_v1_UpdateBrandingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  updateBranding(argument: _client_portal_identity_v1_UpdateBrandingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  updateBranding(argument: _client_portal_identity_v1_UpdateBrandingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  updateBranding(argument: _client_portal_identity_v1_UpdateBrandingRequest, callback: grpc.requestCallback<_client_portal_identity_v1_BrandingView__Output>): grpc.ClientUnaryCall;
  
}

export interface BrandingServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Whether a sub-domain could be claimed by the caller's tenant (portal.configure).
   */
  CheckSubdomain: grpc.handleUnaryCall<_client_portal_identity_v1_CheckSubdomainRequest__Output, _client_portal_identity_v1_CheckSubdomainResponse>;
  
  /**
   * The caller's tenant's branding (anyone of the tenant: staff and client users).
   */
  GetBranding: grpc.handleUnaryCall<_client_portal_identity_v1_GetBrandingRequest__Output, _client_portal_identity_v1_BrandingView>;
  
  /**
   * No principal: what the public portal page, the login theme and e-mails show (name, logo, colours, language).
   */
  GetPublicBranding: grpc.handleUnaryCall<_client_portal_identity_v1_GetPublicBrandingRequest__Output, _client_portal_identity_v1_PublicBranding>;
  
  /**
   * No principal: the logo's bytes by tenant slug.
   */
  GetPublicBrandingLogo: grpc.handleUnaryCall<_client_portal_identity_v1_GetPublicBrandingLogoRequest__Output, _client_portal_identity_v1_BrandingLogo>;
  
  RemoveBrandingLogo: grpc.handleUnaryCall<_client_portal_identity_v1_RemoveBrandingLogoRequest__Output, _client_portal_identity_v1_BrandingView>;
  
  /**
   * The logo's bytes: PNG or JPEG recognised from the bytes, at most 512 KB (portal.configure).
   */
  SetBrandingLogo: grpc.handleUnaryCall<_client_portal_identity_v1_SetBrandingLogoRequest__Output, _client_portal_identity_v1_BrandingView>;
  
  /**
   * Colours, language, portal name and sub-domain (staff with portal.configure), optimistic version.
   */
  UpdateBranding: grpc.handleUnaryCall<_client_portal_identity_v1_UpdateBrandingRequest__Output, _client_portal_identity_v1_BrandingView>;
  
}

export interface BrandingServiceDefinition extends grpc.ServiceDefinition {
  CheckSubdomain: MethodDefinition<_client_portal_identity_v1_CheckSubdomainRequest, _client_portal_identity_v1_CheckSubdomainResponse, _client_portal_identity_v1_CheckSubdomainRequest__Output, _client_portal_identity_v1_CheckSubdomainResponse__Output>
  GetBranding: MethodDefinition<_client_portal_identity_v1_GetBrandingRequest, _client_portal_identity_v1_BrandingView, _client_portal_identity_v1_GetBrandingRequest__Output, _client_portal_identity_v1_BrandingView__Output>
  GetPublicBranding: MethodDefinition<_client_portal_identity_v1_GetPublicBrandingRequest, _client_portal_identity_v1_PublicBranding, _client_portal_identity_v1_GetPublicBrandingRequest__Output, _client_portal_identity_v1_PublicBranding__Output>
  GetPublicBrandingLogo: MethodDefinition<_client_portal_identity_v1_GetPublicBrandingLogoRequest, _client_portal_identity_v1_BrandingLogo, _client_portal_identity_v1_GetPublicBrandingLogoRequest__Output, _client_portal_identity_v1_BrandingLogo__Output>
  RemoveBrandingLogo: MethodDefinition<_client_portal_identity_v1_RemoveBrandingLogoRequest, _client_portal_identity_v1_BrandingView, _client_portal_identity_v1_RemoveBrandingLogoRequest__Output, _client_portal_identity_v1_BrandingView__Output>
  SetBrandingLogo: MethodDefinition<_client_portal_identity_v1_SetBrandingLogoRequest, _client_portal_identity_v1_BrandingView, _client_portal_identity_v1_SetBrandingLogoRequest__Output, _client_portal_identity_v1_BrandingView__Output>
  UpdateBranding: MethodDefinition<_client_portal_identity_v1_UpdateBrandingRequest, _client_portal_identity_v1_BrandingView, _client_portal_identity_v1_UpdateBrandingRequest__Output, _client_portal_identity_v1_BrandingView__Output>
}
