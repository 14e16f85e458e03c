// Original file: proto/billing/v1/profile.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { BillingLogo as _client_portal_billing_v1_BillingLogo, BillingLogo__Output as _client_portal_billing_v1_BillingLogo__Output } from '../../../client_portal/billing/v1/BillingLogo.js';
import type { BillingPdf as _client_portal_billing_v1_BillingPdf, BillingPdf__Output as _client_portal_billing_v1_BillingPdf__Output } from '../../../client_portal/billing/v1/BillingPdf.js';
import type { BillingProfileView as _client_portal_billing_v1_BillingProfileView, BillingProfileView__Output as _client_portal_billing_v1_BillingProfileView__Output } from '../../../client_portal/billing/v1/BillingProfileView.js';
import type { ClientBillingDetailsView as _client_portal_billing_v1_ClientBillingDetailsView, ClientBillingDetailsView__Output as _client_portal_billing_v1_ClientBillingDetailsView__Output } from '../../../client_portal/billing/v1/ClientBillingDetailsView.js';
import type { GetBillingLogoRequest as _client_portal_billing_v1_GetBillingLogoRequest, GetBillingLogoRequest__Output as _client_portal_billing_v1_GetBillingLogoRequest__Output } from '../../../client_portal/billing/v1/GetBillingLogoRequest.js';
import type { GetBillingProfileRequest as _client_portal_billing_v1_GetBillingProfileRequest, GetBillingProfileRequest__Output as _client_portal_billing_v1_GetBillingProfileRequest__Output } from '../../../client_portal/billing/v1/GetBillingProfileRequest.js';
import type { GetClientBillingDetailsRequest as _client_portal_billing_v1_GetClientBillingDetailsRequest, GetClientBillingDetailsRequest__Output as _client_portal_billing_v1_GetClientBillingDetailsRequest__Output } from '../../../client_portal/billing/v1/GetClientBillingDetailsRequest.js';
import type { PreviewBillingPdfRequest as _client_portal_billing_v1_PreviewBillingPdfRequest, PreviewBillingPdfRequest__Output as _client_portal_billing_v1_PreviewBillingPdfRequest__Output } from '../../../client_portal/billing/v1/PreviewBillingPdfRequest.js';
import type { RemoveBillingLogoRequest as _client_portal_billing_v1_RemoveBillingLogoRequest, RemoveBillingLogoRequest__Output as _client_portal_billing_v1_RemoveBillingLogoRequest__Output } from '../../../client_portal/billing/v1/RemoveBillingLogoRequest.js';
import type { SetBillingLogoRequest as _client_portal_billing_v1_SetBillingLogoRequest, SetBillingLogoRequest__Output as _client_portal_billing_v1_SetBillingLogoRequest__Output } from '../../../client_portal/billing/v1/SetBillingLogoRequest.js';
import type { UpdateBillingProfileRequest as _client_portal_billing_v1_UpdateBillingProfileRequest, UpdateBillingProfileRequest__Output as _client_portal_billing_v1_UpdateBillingProfileRequest__Output } from '../../../client_portal/billing/v1/UpdateBillingProfileRequest.js';
import type { UpdateClientBillingDetailsRequest as _client_portal_billing_v1_UpdateClientBillingDetailsRequest, UpdateClientBillingDetailsRequest__Output as _client_portal_billing_v1_UpdateClientBillingDetailsRequest__Output } from '../../../client_portal/billing/v1/UpdateClientBillingDetailsRequest.js';

export interface BillingProfileServiceClient extends grpc.Client {
  /**
   * Anyone of the tenant (client users see it on their documents); NOT_FOUND when there is none.
   */
  GetBillingLogo(argument: _client_portal_billing_v1_GetBillingLogoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingLogo__Output>): grpc.ClientUnaryCall;
  GetBillingLogo(argument: _client_portal_billing_v1_GetBillingLogoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingLogo__Output>): grpc.ClientUnaryCall;
  GetBillingLogo(argument: _client_portal_billing_v1_GetBillingLogoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingLogo__Output>): grpc.ClientUnaryCall;
  GetBillingLogo(argument: _client_portal_billing_v1_GetBillingLogoRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingLogo__Output>): grpc.ClientUnaryCall;
  /**
   * Anyone of the tenant (client users see it on their documents); NOT_FOUND when there is none.
   */
  getBillingLogo(argument: _client_portal_billing_v1_GetBillingLogoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingLogo__Output>): grpc.ClientUnaryCall;
  getBillingLogo(argument: _client_portal_billing_v1_GetBillingLogoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingLogo__Output>): grpc.ClientUnaryCall;
  getBillingLogo(argument: _client_portal_billing_v1_GetBillingLogoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingLogo__Output>): grpc.ClientUnaryCall;
  getBillingLogo(argument: _client_portal_billing_v1_GetBillingLogoRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingLogo__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with billing.view. Never saved: the defaults (version 0).
   */
  GetBillingProfile(argument: _client_portal_billing_v1_GetBillingProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  GetBillingProfile(argument: _client_portal_billing_v1_GetBillingProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  GetBillingProfile(argument: _client_portal_billing_v1_GetBillingProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  GetBillingProfile(argument: _client_portal_billing_v1_GetBillingProfileRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with billing.view. Never saved: the defaults (version 0).
   */
  getBillingProfile(argument: _client_portal_billing_v1_GetBillingProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  getBillingProfile(argument: _client_portal_billing_v1_GetBillingProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  getBillingProfile(argument: _client_portal_billing_v1_GetBillingProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  getBillingProfile(argument: _client_portal_billing_v1_GetBillingProfileRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (billing.view) or the client's own users; another client's: NOT_FOUND.
   */
  GetClientBillingDetails(argument: _client_portal_billing_v1_GetClientBillingDetailsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  GetClientBillingDetails(argument: _client_portal_billing_v1_GetClientBillingDetailsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  GetClientBillingDetails(argument: _client_portal_billing_v1_GetClientBillingDetailsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  GetClientBillingDetails(argument: _client_portal_billing_v1_GetClientBillingDetailsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (billing.view) or the client's own users; another client's: NOT_FOUND.
   */
  getClientBillingDetails(argument: _client_portal_billing_v1_GetClientBillingDetailsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  getClientBillingDetails(argument: _client_portal_billing_v1_GetClientBillingDetailsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  getClientBillingDetails(argument: _client_portal_billing_v1_GetClientBillingDetailsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  getClientBillingDetails(argument: _client_portal_billing_v1_GetClientBillingDetailsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  
  /**
   * billing.view: a sample document rendered with the profile, in the language asked.
   */
  PreviewBillingPdf(argument: _client_portal_billing_v1_PreviewBillingPdfRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingPdf__Output>): grpc.ClientUnaryCall;
  PreviewBillingPdf(argument: _client_portal_billing_v1_PreviewBillingPdfRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingPdf__Output>): grpc.ClientUnaryCall;
  PreviewBillingPdf(argument: _client_portal_billing_v1_PreviewBillingPdfRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingPdf__Output>): grpc.ClientUnaryCall;
  PreviewBillingPdf(argument: _client_portal_billing_v1_PreviewBillingPdfRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingPdf__Output>): grpc.ClientUnaryCall;
  /**
   * billing.view: a sample document rendered with the profile, in the language asked.
   */
  previewBillingPdf(argument: _client_portal_billing_v1_PreviewBillingPdfRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingPdf__Output>): grpc.ClientUnaryCall;
  previewBillingPdf(argument: _client_portal_billing_v1_PreviewBillingPdfRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingPdf__Output>): grpc.ClientUnaryCall;
  previewBillingPdf(argument: _client_portal_billing_v1_PreviewBillingPdfRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingPdf__Output>): grpc.ClientUnaryCall;
  previewBillingPdf(argument: _client_portal_billing_v1_PreviewBillingPdfRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingPdf__Output>): grpc.ClientUnaryCall;
  
  /**
   * billing.configure.
   */
  RemoveBillingLogo(argument: _client_portal_billing_v1_RemoveBillingLogoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  RemoveBillingLogo(argument: _client_portal_billing_v1_RemoveBillingLogoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  RemoveBillingLogo(argument: _client_portal_billing_v1_RemoveBillingLogoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  RemoveBillingLogo(argument: _client_portal_billing_v1_RemoveBillingLogoRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  /**
   * billing.configure.
   */
  removeBillingLogo(argument: _client_portal_billing_v1_RemoveBillingLogoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  removeBillingLogo(argument: _client_portal_billing_v1_RemoveBillingLogoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  removeBillingLogo(argument: _client_portal_billing_v1_RemoveBillingLogoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  removeBillingLogo(argument: _client_portal_billing_v1_RemoveBillingLogoRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  
  /**
   * billing.configure. PNG or JPEG up to 1 MB, recognised from the bytes.
   */
  SetBillingLogo(argument: _client_portal_billing_v1_SetBillingLogoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  SetBillingLogo(argument: _client_portal_billing_v1_SetBillingLogoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  SetBillingLogo(argument: _client_portal_billing_v1_SetBillingLogoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  SetBillingLogo(argument: _client_portal_billing_v1_SetBillingLogoRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  /**
   * billing.configure. PNG or JPEG up to 1 MB, recognised from the bytes.
   */
  setBillingLogo(argument: _client_portal_billing_v1_SetBillingLogoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  setBillingLogo(argument: _client_portal_billing_v1_SetBillingLogoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  setBillingLogo(argument: _client_portal_billing_v1_SetBillingLogoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  setBillingLogo(argument: _client_portal_billing_v1_SetBillingLogoRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  
  /**
   * billing.configure (admin). expected_version: the version read (0 for the first save); another
   * save in between is FAILED_PRECONDITION.
   */
  UpdateBillingProfile(argument: _client_portal_billing_v1_UpdateBillingProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  UpdateBillingProfile(argument: _client_portal_billing_v1_UpdateBillingProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  UpdateBillingProfile(argument: _client_portal_billing_v1_UpdateBillingProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  UpdateBillingProfile(argument: _client_portal_billing_v1_UpdateBillingProfileRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  /**
   * billing.configure (admin). expected_version: the version read (0 for the first save); another
   * save in between is FAILED_PRECONDITION.
   */
  updateBillingProfile(argument: _client_portal_billing_v1_UpdateBillingProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  updateBillingProfile(argument: _client_portal_billing_v1_UpdateBillingProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  updateBillingProfile(argument: _client_portal_billing_v1_UpdateBillingProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  updateBillingProfile(argument: _client_portal_billing_v1_UpdateBillingProfileRequest, callback: grpc.requestCallback<_client_portal_billing_v1_BillingProfileView__Output>): grpc.ClientUnaryCall;
  
  /**
   * documents.edit; the client's own users may change their address, tax id and recipients.
   */
  UpdateClientBillingDetails(argument: _client_portal_billing_v1_UpdateClientBillingDetailsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  UpdateClientBillingDetails(argument: _client_portal_billing_v1_UpdateClientBillingDetailsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  UpdateClientBillingDetails(argument: _client_portal_billing_v1_UpdateClientBillingDetailsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  UpdateClientBillingDetails(argument: _client_portal_billing_v1_UpdateClientBillingDetailsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  /**
   * documents.edit; the client's own users may change their address, tax id and recipients.
   */
  updateClientBillingDetails(argument: _client_portal_billing_v1_UpdateClientBillingDetailsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  updateClientBillingDetails(argument: _client_portal_billing_v1_UpdateClientBillingDetailsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  updateClientBillingDetails(argument: _client_portal_billing_v1_UpdateClientBillingDetailsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  updateClientBillingDetails(argument: _client_portal_billing_v1_UpdateClientBillingDetailsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ClientBillingDetailsView__Output>): grpc.ClientUnaryCall;
  
}

export interface BillingProfileServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Anyone of the tenant (client users see it on their documents); NOT_FOUND when there is none.
   */
  GetBillingLogo: grpc.handleUnaryCall<_client_portal_billing_v1_GetBillingLogoRequest__Output, _client_portal_billing_v1_BillingLogo>;
  
  /**
   * Staff with billing.view. Never saved: the defaults (version 0).
   */
  GetBillingProfile: grpc.handleUnaryCall<_client_portal_billing_v1_GetBillingProfileRequest__Output, _client_portal_billing_v1_BillingProfileView>;
  
  /**
   * Staff (billing.view) or the client's own users; another client's: NOT_FOUND.
   */
  GetClientBillingDetails: grpc.handleUnaryCall<_client_portal_billing_v1_GetClientBillingDetailsRequest__Output, _client_portal_billing_v1_ClientBillingDetailsView>;
  
  /**
   * billing.view: a sample document rendered with the profile, in the language asked.
   */
  PreviewBillingPdf: grpc.handleUnaryCall<_client_portal_billing_v1_PreviewBillingPdfRequest__Output, _client_portal_billing_v1_BillingPdf>;
  
  /**
   * billing.configure.
   */
  RemoveBillingLogo: grpc.handleUnaryCall<_client_portal_billing_v1_RemoveBillingLogoRequest__Output, _client_portal_billing_v1_BillingProfileView>;
  
  /**
   * billing.configure. PNG or JPEG up to 1 MB, recognised from the bytes.
   */
  SetBillingLogo: grpc.handleUnaryCall<_client_portal_billing_v1_SetBillingLogoRequest__Output, _client_portal_billing_v1_BillingProfileView>;
  
  /**
   * billing.configure (admin). expected_version: the version read (0 for the first save); another
   * save in between is FAILED_PRECONDITION.
   */
  UpdateBillingProfile: grpc.handleUnaryCall<_client_portal_billing_v1_UpdateBillingProfileRequest__Output, _client_portal_billing_v1_BillingProfileView>;
  
  /**
   * documents.edit; the client's own users may change their address, tax id and recipients.
   */
  UpdateClientBillingDetails: grpc.handleUnaryCall<_client_portal_billing_v1_UpdateClientBillingDetailsRequest__Output, _client_portal_billing_v1_ClientBillingDetailsView>;
  
}

export interface BillingProfileServiceDefinition extends grpc.ServiceDefinition {
  GetBillingLogo: MethodDefinition<_client_portal_billing_v1_GetBillingLogoRequest, _client_portal_billing_v1_BillingLogo, _client_portal_billing_v1_GetBillingLogoRequest__Output, _client_portal_billing_v1_BillingLogo__Output>
  GetBillingProfile: MethodDefinition<_client_portal_billing_v1_GetBillingProfileRequest, _client_portal_billing_v1_BillingProfileView, _client_portal_billing_v1_GetBillingProfileRequest__Output, _client_portal_billing_v1_BillingProfileView__Output>
  GetClientBillingDetails: MethodDefinition<_client_portal_billing_v1_GetClientBillingDetailsRequest, _client_portal_billing_v1_ClientBillingDetailsView, _client_portal_billing_v1_GetClientBillingDetailsRequest__Output, _client_portal_billing_v1_ClientBillingDetailsView__Output>
  PreviewBillingPdf: MethodDefinition<_client_portal_billing_v1_PreviewBillingPdfRequest, _client_portal_billing_v1_BillingPdf, _client_portal_billing_v1_PreviewBillingPdfRequest__Output, _client_portal_billing_v1_BillingPdf__Output>
  RemoveBillingLogo: MethodDefinition<_client_portal_billing_v1_RemoveBillingLogoRequest, _client_portal_billing_v1_BillingProfileView, _client_portal_billing_v1_RemoveBillingLogoRequest__Output, _client_portal_billing_v1_BillingProfileView__Output>
  SetBillingLogo: MethodDefinition<_client_portal_billing_v1_SetBillingLogoRequest, _client_portal_billing_v1_BillingProfileView, _client_portal_billing_v1_SetBillingLogoRequest__Output, _client_portal_billing_v1_BillingProfileView__Output>
  UpdateBillingProfile: MethodDefinition<_client_portal_billing_v1_UpdateBillingProfileRequest, _client_portal_billing_v1_BillingProfileView, _client_portal_billing_v1_UpdateBillingProfileRequest__Output, _client_portal_billing_v1_BillingProfileView__Output>
  UpdateClientBillingDetails: MethodDefinition<_client_portal_billing_v1_UpdateClientBillingDetailsRequest, _client_portal_billing_v1_ClientBillingDetailsView, _client_portal_billing_v1_UpdateClientBillingDetailsRequest__Output, _client_portal_billing_v1_ClientBillingDetailsView__Output>
}
