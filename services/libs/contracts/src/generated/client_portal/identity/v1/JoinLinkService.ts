// Original file: proto/identity/v1/join_links.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CompleteJoinRequest as _client_portal_identity_v1_CompleteJoinRequest, CompleteJoinRequest__Output as _client_portal_identity_v1_CompleteJoinRequest__Output } from '../../../client_portal/identity/v1/CompleteJoinRequest.js';
import type { CompleteJoinResponse as _client_portal_identity_v1_CompleteJoinResponse, CompleteJoinResponse__Output as _client_portal_identity_v1_CompleteJoinResponse__Output } from '../../../client_portal/identity/v1/CompleteJoinResponse.js';
import type { CreateJoinLinkRequest as _client_portal_identity_v1_CreateJoinLinkRequest, CreateJoinLinkRequest__Output as _client_portal_identity_v1_CreateJoinLinkRequest__Output } from '../../../client_portal/identity/v1/CreateJoinLinkRequest.js';
import type { JoinLinkPreview as _client_portal_identity_v1_JoinLinkPreview, JoinLinkPreview__Output as _client_portal_identity_v1_JoinLinkPreview__Output } from '../../../client_portal/identity/v1/JoinLinkPreview.js';
import type { JoinLinkRequest as _client_portal_identity_v1_JoinLinkRequest, JoinLinkRequest__Output as _client_portal_identity_v1_JoinLinkRequest__Output } from '../../../client_portal/identity/v1/JoinLinkRequest.js';
import type { JoinLinkView as _client_portal_identity_v1_JoinLinkView, JoinLinkView__Output as _client_portal_identity_v1_JoinLinkView__Output } from '../../../client_portal/identity/v1/JoinLinkView.js';
import type { JoinTokenRequest as _client_portal_identity_v1_JoinTokenRequest, JoinTokenRequest__Output as _client_portal_identity_v1_JoinTokenRequest__Output } from '../../../client_portal/identity/v1/JoinTokenRequest.js';
import type { ListJoinLinksRequest as _client_portal_identity_v1_ListJoinLinksRequest, ListJoinLinksRequest__Output as _client_portal_identity_v1_ListJoinLinksRequest__Output } from '../../../client_portal/identity/v1/ListJoinLinksRequest.js';
import type { ListJoinLinksResponse as _client_portal_identity_v1_ListJoinLinksResponse, ListJoinLinksResponse__Output as _client_portal_identity_v1_ListJoinLinksResponse__Output } from '../../../client_portal/identity/v1/ListJoinLinksResponse.js';
import type { ListJoinsResponse as _client_portal_identity_v1_ListJoinsResponse, ListJoinsResponse__Output as _client_portal_identity_v1_ListJoinsResponse__Output } from '../../../client_portal/identity/v1/ListJoinsResponse.js';
import type { SetJoinLinkEnabledRequest as _client_portal_identity_v1_SetJoinLinkEnabledRequest, SetJoinLinkEnabledRequest__Output as _client_portal_identity_v1_SetJoinLinkEnabledRequest__Output } from '../../../client_portal/identity/v1/SetJoinLinkEnabledRequest.js';
import type { StartJoinRequest as _client_portal_identity_v1_StartJoinRequest, StartJoinRequest__Output as _client_portal_identity_v1_StartJoinRequest__Output } from '../../../client_portal/identity/v1/StartJoinRequest.js';
import type { StartJoinResponse as _client_portal_identity_v1_StartJoinResponse, StartJoinResponse__Output as _client_portal_identity_v1_StartJoinResponse__Output } from '../../../client_portal/identity/v1/StartJoinResponse.js';

export interface JoinLinkServiceClient extends grpc.Client {
  /**
   * Step 2, the gateway's service principal only, once the CRM contact (and for a tenant link the
   * client and its workspace) exist: the sign-in account, the portal user, the join recorded as done.
   */
  CompleteJoin(argument: _client_portal_identity_v1_CompleteJoinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteJoinResponse__Output>): grpc.ClientUnaryCall;
  CompleteJoin(argument: _client_portal_identity_v1_CompleteJoinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteJoinResponse__Output>): grpc.ClientUnaryCall;
  CompleteJoin(argument: _client_portal_identity_v1_CompleteJoinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteJoinResponse__Output>): grpc.ClientUnaryCall;
  CompleteJoin(argument: _client_portal_identity_v1_CompleteJoinRequest, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteJoinResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Step 2, the gateway's service principal only, once the CRM contact (and for a tenant link the
   * client and its workspace) exist: the sign-in account, the portal user, the join recorded as done.
   */
  completeJoin(argument: _client_portal_identity_v1_CompleteJoinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteJoinResponse__Output>): grpc.ClientUnaryCall;
  completeJoin(argument: _client_portal_identity_v1_CompleteJoinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteJoinResponse__Output>): grpc.ClientUnaryCall;
  completeJoin(argument: _client_portal_identity_v1_CompleteJoinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteJoinResponse__Output>): grpc.ClientUnaryCall;
  completeJoin(argument: _client_portal_identity_v1_CompleteJoinRequest, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteJoinResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Opens a link. A workspace link admits people to that workspace of its client (with
   * create_contact, each joiner also becomes a CRM contact of the client); a tenant link makes each
   * joiner a new CRM client (an individual) with a workspace of their own.
   */
  CreateJoinLink(argument: _client_portal_identity_v1_CreateJoinLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  CreateJoinLink(argument: _client_portal_identity_v1_CreateJoinLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  CreateJoinLink(argument: _client_portal_identity_v1_CreateJoinLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  CreateJoinLink(argument: _client_portal_identity_v1_CreateJoinLinkRequest, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  /**
   * Opens a link. A workspace link admits people to that workspace of its client (with
   * create_contact, each joiner also becomes a CRM contact of the client); a tenant link makes each
   * joiner a new CRM client (an individual) with a workspace of their own.
   */
  createJoinLink(argument: _client_portal_identity_v1_CreateJoinLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  createJoinLink(argument: _client_portal_identity_v1_CreateJoinLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  createJoinLink(argument: _client_portal_identity_v1_CreateJoinLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  createJoinLink(argument: _client_portal_identity_v1_CreateJoinLinkRequest, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  
  /**
   * The tenant's links (or one workspace's), newest first, with their join counts.
   */
  ListJoinLinks(argument: _client_portal_identity_v1_ListJoinLinksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinLinksResponse__Output>): grpc.ClientUnaryCall;
  ListJoinLinks(argument: _client_portal_identity_v1_ListJoinLinksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinLinksResponse__Output>): grpc.ClientUnaryCall;
  ListJoinLinks(argument: _client_portal_identity_v1_ListJoinLinksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinLinksResponse__Output>): grpc.ClientUnaryCall;
  ListJoinLinks(argument: _client_portal_identity_v1_ListJoinLinksRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinLinksResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The tenant's links (or one workspace's), newest first, with their join counts.
   */
  listJoinLinks(argument: _client_portal_identity_v1_ListJoinLinksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinLinksResponse__Output>): grpc.ClientUnaryCall;
  listJoinLinks(argument: _client_portal_identity_v1_ListJoinLinksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinLinksResponse__Output>): grpc.ClientUnaryCall;
  listJoinLinks(argument: _client_portal_identity_v1_ListJoinLinksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinLinksResponse__Output>): grpc.ClientUnaryCall;
  listJoinLinks(argument: _client_portal_identity_v1_ListJoinLinksRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinLinksResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Who joined (or tried to) through a link, newest first.
   */
  ListJoins(argument: _client_portal_identity_v1_JoinLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinsResponse__Output>): grpc.ClientUnaryCall;
  ListJoins(argument: _client_portal_identity_v1_JoinLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinsResponse__Output>): grpc.ClientUnaryCall;
  ListJoins(argument: _client_portal_identity_v1_JoinLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinsResponse__Output>): grpc.ClientUnaryCall;
  ListJoins(argument: _client_portal_identity_v1_JoinLinkRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Who joined (or tried to) through a link, newest first.
   */
  listJoins(argument: _client_portal_identity_v1_JoinLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinsResponse__Output>): grpc.ClientUnaryCall;
  listJoins(argument: _client_portal_identity_v1_JoinLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinsResponse__Output>): grpc.ClientUnaryCall;
  listJoins(argument: _client_portal_identity_v1_JoinLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinsResponse__Output>): grpc.ClientUnaryCall;
  listJoins(argument: _client_portal_identity_v1_JoinLinkRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListJoinsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Public (no principal): what the join page shows. NOT_FOUND for an unknown or reset token.
   */
  PreviewJoinLink(argument: _client_portal_identity_v1_JoinTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkPreview__Output>): grpc.ClientUnaryCall;
  PreviewJoinLink(argument: _client_portal_identity_v1_JoinTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkPreview__Output>): grpc.ClientUnaryCall;
  PreviewJoinLink(argument: _client_portal_identity_v1_JoinTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkPreview__Output>): grpc.ClientUnaryCall;
  PreviewJoinLink(argument: _client_portal_identity_v1_JoinTokenRequest, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkPreview__Output>): grpc.ClientUnaryCall;
  /**
   * Public (no principal): what the join page shows. NOT_FOUND for an unknown or reset token.
   */
  previewJoinLink(argument: _client_portal_identity_v1_JoinTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkPreview__Output>): grpc.ClientUnaryCall;
  previewJoinLink(argument: _client_portal_identity_v1_JoinTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkPreview__Output>): grpc.ClientUnaryCall;
  previewJoinLink(argument: _client_portal_identity_v1_JoinTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkPreview__Output>): grpc.ClientUnaryCall;
  previewJoinLink(argument: _client_portal_identity_v1_JoinTokenRequest, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkPreview__Output>): grpc.ClientUnaryCall;
  
  /**
   * A new token for the link: the old URL is refused from now on. Role and options are kept.
   */
  ResetJoinLink(argument: _client_portal_identity_v1_JoinLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  ResetJoinLink(argument: _client_portal_identity_v1_JoinLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  ResetJoinLink(argument: _client_portal_identity_v1_JoinLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  ResetJoinLink(argument: _client_portal_identity_v1_JoinLinkRequest, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  /**
   * A new token for the link: the old URL is refused from now on. Role and options are kept.
   */
  resetJoinLink(argument: _client_portal_identity_v1_JoinLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  resetJoinLink(argument: _client_portal_identity_v1_JoinLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  resetJoinLink(argument: _client_portal_identity_v1_JoinLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  resetJoinLink(argument: _client_portal_identity_v1_JoinLinkRequest, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Disables (the URL is refused) or enables the link again.
   */
  SetJoinLinkEnabled(argument: _client_portal_identity_v1_SetJoinLinkEnabledRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  SetJoinLinkEnabled(argument: _client_portal_identity_v1_SetJoinLinkEnabledRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  SetJoinLinkEnabled(argument: _client_portal_identity_v1_SetJoinLinkEnabledRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  SetJoinLinkEnabled(argument: _client_portal_identity_v1_SetJoinLinkEnabledRequest, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  /**
   * Disables (the URL is refused) or enables the link again.
   */
  setJoinLinkEnabled(argument: _client_portal_identity_v1_SetJoinLinkEnabledRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  setJoinLinkEnabled(argument: _client_portal_identity_v1_SetJoinLinkEnabledRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  setJoinLinkEnabled(argument: _client_portal_identity_v1_SetJoinLinkEnabledRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  setJoinLinkEnabled(argument: _client_portal_identity_v1_SetJoinLinkEnabledRequest, callback: grpc.requestCallback<_client_portal_identity_v1_JoinLinkView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Public step 1 of a join: checks the form, the link and the rate limits (per link and per address),
   * and records the join as started. RESOURCE_EXHAUSTED-like refusals come as FAILED_PRECONDITION with
   * reason join.rate_limited.
   */
  StartJoin(argument: _client_portal_identity_v1_StartJoinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StartJoinResponse__Output>): grpc.ClientUnaryCall;
  StartJoin(argument: _client_portal_identity_v1_StartJoinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StartJoinResponse__Output>): grpc.ClientUnaryCall;
  StartJoin(argument: _client_portal_identity_v1_StartJoinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StartJoinResponse__Output>): grpc.ClientUnaryCall;
  StartJoin(argument: _client_portal_identity_v1_StartJoinRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StartJoinResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Public step 1 of a join: checks the form, the link and the rate limits (per link and per address),
   * and records the join as started. RESOURCE_EXHAUSTED-like refusals come as FAILED_PRECONDITION with
   * reason join.rate_limited.
   */
  startJoin(argument: _client_portal_identity_v1_StartJoinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StartJoinResponse__Output>): grpc.ClientUnaryCall;
  startJoin(argument: _client_portal_identity_v1_StartJoinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StartJoinResponse__Output>): grpc.ClientUnaryCall;
  startJoin(argument: _client_portal_identity_v1_StartJoinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StartJoinResponse__Output>): grpc.ClientUnaryCall;
  startJoin(argument: _client_portal_identity_v1_StartJoinRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StartJoinResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface JoinLinkServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Step 2, the gateway's service principal only, once the CRM contact (and for a tenant link the
   * client and its workspace) exist: the sign-in account, the portal user, the join recorded as done.
   */
  CompleteJoin: grpc.handleUnaryCall<_client_portal_identity_v1_CompleteJoinRequest__Output, _client_portal_identity_v1_CompleteJoinResponse>;
  
  /**
   * Opens a link. A workspace link admits people to that workspace of its client (with
   * create_contact, each joiner also becomes a CRM contact of the client); a tenant link makes each
   * joiner a new CRM client (an individual) with a workspace of their own.
   */
  CreateJoinLink: grpc.handleUnaryCall<_client_portal_identity_v1_CreateJoinLinkRequest__Output, _client_portal_identity_v1_JoinLinkView>;
  
  /**
   * The tenant's links (or one workspace's), newest first, with their join counts.
   */
  ListJoinLinks: grpc.handleUnaryCall<_client_portal_identity_v1_ListJoinLinksRequest__Output, _client_portal_identity_v1_ListJoinLinksResponse>;
  
  /**
   * Who joined (or tried to) through a link, newest first.
   */
  ListJoins: grpc.handleUnaryCall<_client_portal_identity_v1_JoinLinkRequest__Output, _client_portal_identity_v1_ListJoinsResponse>;
  
  /**
   * Public (no principal): what the join page shows. NOT_FOUND for an unknown or reset token.
   */
  PreviewJoinLink: grpc.handleUnaryCall<_client_portal_identity_v1_JoinTokenRequest__Output, _client_portal_identity_v1_JoinLinkPreview>;
  
  /**
   * A new token for the link: the old URL is refused from now on. Role and options are kept.
   */
  ResetJoinLink: grpc.handleUnaryCall<_client_portal_identity_v1_JoinLinkRequest__Output, _client_portal_identity_v1_JoinLinkView>;
  
  /**
   * Disables (the URL is refused) or enables the link again.
   */
  SetJoinLinkEnabled: grpc.handleUnaryCall<_client_portal_identity_v1_SetJoinLinkEnabledRequest__Output, _client_portal_identity_v1_JoinLinkView>;
  
  /**
   * Public step 1 of a join: checks the form, the link and the rate limits (per link and per address),
   * and records the join as started. RESOURCE_EXHAUSTED-like refusals come as FAILED_PRECONDITION with
   * reason join.rate_limited.
   */
  StartJoin: grpc.handleUnaryCall<_client_portal_identity_v1_StartJoinRequest__Output, _client_portal_identity_v1_StartJoinResponse>;
  
}

export interface JoinLinkServiceDefinition extends grpc.ServiceDefinition {
  CompleteJoin: MethodDefinition<_client_portal_identity_v1_CompleteJoinRequest, _client_portal_identity_v1_CompleteJoinResponse, _client_portal_identity_v1_CompleteJoinRequest__Output, _client_portal_identity_v1_CompleteJoinResponse__Output>
  CreateJoinLink: MethodDefinition<_client_portal_identity_v1_CreateJoinLinkRequest, _client_portal_identity_v1_JoinLinkView, _client_portal_identity_v1_CreateJoinLinkRequest__Output, _client_portal_identity_v1_JoinLinkView__Output>
  ListJoinLinks: MethodDefinition<_client_portal_identity_v1_ListJoinLinksRequest, _client_portal_identity_v1_ListJoinLinksResponse, _client_portal_identity_v1_ListJoinLinksRequest__Output, _client_portal_identity_v1_ListJoinLinksResponse__Output>
  ListJoins: MethodDefinition<_client_portal_identity_v1_JoinLinkRequest, _client_portal_identity_v1_ListJoinsResponse, _client_portal_identity_v1_JoinLinkRequest__Output, _client_portal_identity_v1_ListJoinsResponse__Output>
  PreviewJoinLink: MethodDefinition<_client_portal_identity_v1_JoinTokenRequest, _client_portal_identity_v1_JoinLinkPreview, _client_portal_identity_v1_JoinTokenRequest__Output, _client_portal_identity_v1_JoinLinkPreview__Output>
  ResetJoinLink: MethodDefinition<_client_portal_identity_v1_JoinLinkRequest, _client_portal_identity_v1_JoinLinkView, _client_portal_identity_v1_JoinLinkRequest__Output, _client_portal_identity_v1_JoinLinkView__Output>
  SetJoinLinkEnabled: MethodDefinition<_client_portal_identity_v1_SetJoinLinkEnabledRequest, _client_portal_identity_v1_JoinLinkView, _client_portal_identity_v1_SetJoinLinkEnabledRequest__Output, _client_portal_identity_v1_JoinLinkView__Output>
  StartJoin: MethodDefinition<_client_portal_identity_v1_StartJoinRequest, _client_portal_identity_v1_StartJoinResponse, _client_portal_identity_v1_StartJoinRequest__Output, _client_portal_identity_v1_StartJoinResponse__Output>
}
