// Original file: proto/identity/v1/invitations.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CheckInviteesRequest as _client_portal_identity_v1_CheckInviteesRequest, CheckInviteesRequest__Output as _client_portal_identity_v1_CheckInviteesRequest__Output } from '../../../client_portal/identity/v1/CheckInviteesRequest.js';
import type { CheckInviteesResponse as _client_portal_identity_v1_CheckInviteesResponse, CheckInviteesResponse__Output as _client_portal_identity_v1_CheckInviteesResponse__Output } from '../../../client_portal/identity/v1/CheckInviteesResponse.js';
import type { ClientInvitationRequest as _client_portal_identity_v1_ClientInvitationRequest, ClientInvitationRequest__Output as _client_portal_identity_v1_ClientInvitationRequest__Output } from '../../../client_portal/identity/v1/ClientInvitationRequest.js';
import type { Invitation as _client_portal_identity_v1_Invitation, Invitation__Output as _client_portal_identity_v1_Invitation__Output } from '../../../client_portal/identity/v1/Invitation.js';
import type { IssueInvitationLinkRequest as _client_portal_identity_v1_IssueInvitationLinkRequest, IssueInvitationLinkRequest__Output as _client_portal_identity_v1_IssueInvitationLinkRequest__Output } from '../../../client_portal/identity/v1/IssueInvitationLinkRequest.js';
import type { IssuedInvitationLink as _client_portal_identity_v1_IssuedInvitationLink, IssuedInvitationLink__Output as _client_portal_identity_v1_IssuedInvitationLink__Output } from '../../../client_portal/identity/v1/IssuedInvitationLink.js';
import type { ListClientInvitationsRequest as _client_portal_identity_v1_ListClientInvitationsRequest, ListClientInvitationsRequest__Output as _client_portal_identity_v1_ListClientInvitationsRequest__Output } from '../../../client_portal/identity/v1/ListClientInvitationsRequest.js';
import type { ListClientInvitationsResponse as _client_portal_identity_v1_ListClientInvitationsResponse, ListClientInvitationsResponse__Output as _client_portal_identity_v1_ListClientInvitationsResponse__Output } from '../../../client_portal/identity/v1/ListClientInvitationsResponse.js';

export interface ClientInvitationServiceClient extends grpc.Client {
  /**
   * Staff with portal.configure: withdraws a pending invitation; its link dies at once.
   */
  CancelClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  CancelClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  CancelClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  CancelClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with portal.configure: withdraws a pending invitation; its link dies at once.
   */
  cancelClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  cancelClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  cancelClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  cancelClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with portal.configure: what each address of a bulk invitation would meet, before anything
   * is written: a team member's address, another client's contact, or nothing (it may be invited).
   * Another organisation's logins are never revealed here (they read as "nothing").
   */
  CheckInvitees(argument: _client_portal_identity_v1_CheckInviteesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CheckInviteesResponse__Output>): grpc.ClientUnaryCall;
  CheckInvitees(argument: _client_portal_identity_v1_CheckInviteesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_CheckInviteesResponse__Output>): grpc.ClientUnaryCall;
  CheckInvitees(argument: _client_portal_identity_v1_CheckInviteesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CheckInviteesResponse__Output>): grpc.ClientUnaryCall;
  CheckInvitees(argument: _client_portal_identity_v1_CheckInviteesRequest, callback: grpc.requestCallback<_client_portal_identity_v1_CheckInviteesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with portal.configure: what each address of a bulk invitation would meet, before anything
   * is written: a team member's address, another client's contact, or nothing (it may be invited).
   * Another organisation's logins are never revealed here (they read as "nothing").
   */
  checkInvitees(argument: _client_portal_identity_v1_CheckInviteesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CheckInviteesResponse__Output>): grpc.ClientUnaryCall;
  checkInvitees(argument: _client_portal_identity_v1_CheckInviteesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_CheckInviteesResponse__Output>): grpc.ClientUnaryCall;
  checkInvitees(argument: _client_portal_identity_v1_CheckInviteesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CheckInviteesResponse__Output>): grpc.ClientUnaryCall;
  checkInvitees(argument: _client_portal_identity_v1_CheckInviteesRequest, callback: grpc.requestCallback<_client_portal_identity_v1_CheckInviteesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The notification service only (service principal signed by notification): a fresh working link
   * for a client invitation (kind "client", id = invitation id) or a team invitation (kind "staff",
   * id = staff member id), issued when the e-mail is sent. The stored secret is replaced, so earlier
   * links die; the link exists only in that e-mail, never in Kafka.
   */
  IssueInvitationLink(argument: _client_portal_identity_v1_IssueInvitationLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_IssuedInvitationLink__Output>): grpc.ClientUnaryCall;
  IssueInvitationLink(argument: _client_portal_identity_v1_IssueInvitationLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_IssuedInvitationLink__Output>): grpc.ClientUnaryCall;
  IssueInvitationLink(argument: _client_portal_identity_v1_IssueInvitationLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_IssuedInvitationLink__Output>): grpc.ClientUnaryCall;
  IssueInvitationLink(argument: _client_portal_identity_v1_IssueInvitationLinkRequest, callback: grpc.requestCallback<_client_portal_identity_v1_IssuedInvitationLink__Output>): grpc.ClientUnaryCall;
  /**
   * The notification service only (service principal signed by notification): a fresh working link
   * for a client invitation (kind "client", id = invitation id) or a team invitation (kind "staff",
   * id = staff member id), issued when the e-mail is sent. The stored secret is replaced, so earlier
   * links die; the link exists only in that e-mail, never in Kafka.
   */
  issueInvitationLink(argument: _client_portal_identity_v1_IssueInvitationLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_IssuedInvitationLink__Output>): grpc.ClientUnaryCall;
  issueInvitationLink(argument: _client_portal_identity_v1_IssueInvitationLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_IssuedInvitationLink__Output>): grpc.ClientUnaryCall;
  issueInvitationLink(argument: _client_portal_identity_v1_IssueInvitationLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_IssuedInvitationLink__Output>): grpc.ClientUnaryCall;
  issueInvitationLink(argument: _client_portal_identity_v1_IssueInvitationLinkRequest, callback: grpc.requestCallback<_client_portal_identity_v1_IssuedInvitationLink__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (member and up): the tenant's client invitations, or one client's, newest first, paged.
   */
  ListClientInvitations(argument: _client_portal_identity_v1_ListClientInvitationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientInvitationsResponse__Output>): grpc.ClientUnaryCall;
  ListClientInvitations(argument: _client_portal_identity_v1_ListClientInvitationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientInvitationsResponse__Output>): grpc.ClientUnaryCall;
  ListClientInvitations(argument: _client_portal_identity_v1_ListClientInvitationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientInvitationsResponse__Output>): grpc.ClientUnaryCall;
  ListClientInvitations(argument: _client_portal_identity_v1_ListClientInvitationsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientInvitationsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (member and up): the tenant's client invitations, or one client's, newest first, paged.
   */
  listClientInvitations(argument: _client_portal_identity_v1_ListClientInvitationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listClientInvitations(argument: _client_portal_identity_v1_ListClientInvitationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listClientInvitations(argument: _client_portal_identity_v1_ListClientInvitationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listClientInvitations(argument: _client_portal_identity_v1_ListClientInvitationsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientInvitationsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with portal.configure: a new link for a pending or expired invitation; the old link dies at
   * once, the new one works 7 days. Publishes identity.invitation.sent (resent: true).
   */
  ResendClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  ResendClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  ResendClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  ResendClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with portal.configure: a new link for a pending or expired invitation; the old link dies at
   * once, the new one works 7 days. Publishes identity.invitation.sent (resent: true).
   */
  resendClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  resendClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  resendClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  resendClientInvitation(argument: _client_portal_identity_v1_ClientInvitationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_Invitation__Output>): grpc.ClientUnaryCall;
  
}

export interface ClientInvitationServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Staff with portal.configure: withdraws a pending invitation; its link dies at once.
   */
  CancelClientInvitation: grpc.handleUnaryCall<_client_portal_identity_v1_ClientInvitationRequest__Output, _client_portal_identity_v1_Invitation>;
  
  /**
   * Staff with portal.configure: what each address of a bulk invitation would meet, before anything
   * is written: a team member's address, another client's contact, or nothing (it may be invited).
   * Another organisation's logins are never revealed here (they read as "nothing").
   */
  CheckInvitees: grpc.handleUnaryCall<_client_portal_identity_v1_CheckInviteesRequest__Output, _client_portal_identity_v1_CheckInviteesResponse>;
  
  /**
   * The notification service only (service principal signed by notification): a fresh working link
   * for a client invitation (kind "client", id = invitation id) or a team invitation (kind "staff",
   * id = staff member id), issued when the e-mail is sent. The stored secret is replaced, so earlier
   * links die; the link exists only in that e-mail, never in Kafka.
   */
  IssueInvitationLink: grpc.handleUnaryCall<_client_portal_identity_v1_IssueInvitationLinkRequest__Output, _client_portal_identity_v1_IssuedInvitationLink>;
  
  /**
   * Staff (member and up): the tenant's client invitations, or one client's, newest first, paged.
   */
  ListClientInvitations: grpc.handleUnaryCall<_client_portal_identity_v1_ListClientInvitationsRequest__Output, _client_portal_identity_v1_ListClientInvitationsResponse>;
  
  /**
   * Staff with portal.configure: a new link for a pending or expired invitation; the old link dies at
   * once, the new one works 7 days. Publishes identity.invitation.sent (resent: true).
   */
  ResendClientInvitation: grpc.handleUnaryCall<_client_portal_identity_v1_ClientInvitationRequest__Output, _client_portal_identity_v1_Invitation>;
  
}

export interface ClientInvitationServiceDefinition extends grpc.ServiceDefinition {
  CancelClientInvitation: MethodDefinition<_client_portal_identity_v1_ClientInvitationRequest, _client_portal_identity_v1_Invitation, _client_portal_identity_v1_ClientInvitationRequest__Output, _client_portal_identity_v1_Invitation__Output>
  CheckInvitees: MethodDefinition<_client_portal_identity_v1_CheckInviteesRequest, _client_portal_identity_v1_CheckInviteesResponse, _client_portal_identity_v1_CheckInviteesRequest__Output, _client_portal_identity_v1_CheckInviteesResponse__Output>
  IssueInvitationLink: MethodDefinition<_client_portal_identity_v1_IssueInvitationLinkRequest, _client_portal_identity_v1_IssuedInvitationLink, _client_portal_identity_v1_IssueInvitationLinkRequest__Output, _client_portal_identity_v1_IssuedInvitationLink__Output>
  ListClientInvitations: MethodDefinition<_client_portal_identity_v1_ListClientInvitationsRequest, _client_portal_identity_v1_ListClientInvitationsResponse, _client_portal_identity_v1_ListClientInvitationsRequest__Output, _client_portal_identity_v1_ListClientInvitationsResponse__Output>
  ResendClientInvitation: MethodDefinition<_client_portal_identity_v1_ClientInvitationRequest, _client_portal_identity_v1_Invitation, _client_portal_identity_v1_ClientInvitationRequest__Output, _client_portal_identity_v1_Invitation__Output>
}
