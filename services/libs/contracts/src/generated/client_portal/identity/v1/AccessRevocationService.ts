// Original file: proto/identity/v1/revocation.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ConvertToStaffRequest as _client_portal_identity_v1_ConvertToStaffRequest, ConvertToStaffRequest__Output as _client_portal_identity_v1_ConvertToStaffRequest__Output } from '../../../client_portal/identity/v1/ConvertToStaffRequest.js';
import type { ConvertToStaffResponse as _client_portal_identity_v1_ConvertToStaffResponse, ConvertToStaffResponse__Output as _client_portal_identity_v1_ConvertToStaffResponse__Output } from '../../../client_portal/identity/v1/ConvertToStaffResponse.js';
import type { ListAccessLogRequest as _client_portal_identity_v1_ListAccessLogRequest, ListAccessLogRequest__Output as _client_portal_identity_v1_ListAccessLogRequest__Output } from '../../../client_portal/identity/v1/ListAccessLogRequest.js';
import type { ListAccessLogResponse as _client_portal_identity_v1_ListAccessLogResponse, ListAccessLogResponse__Output as _client_portal_identity_v1_ListAccessLogResponse__Output } from '../../../client_portal/identity/v1/ListAccessLogResponse.js';
import type { ListClientPortalAccessRequest as _client_portal_identity_v1_ListClientPortalAccessRequest, ListClientPortalAccessRequest__Output as _client_portal_identity_v1_ListClientPortalAccessRequest__Output } from '../../../client_portal/identity/v1/ListClientPortalAccessRequest.js';
import type { ListClientPortalAccessResponse as _client_portal_identity_v1_ListClientPortalAccessResponse, ListClientPortalAccessResponse__Output as _client_portal_identity_v1_ListClientPortalAccessResponse__Output } from '../../../client_portal/identity/v1/ListClientPortalAccessResponse.js';
import type { PortalAccessUser as _client_portal_identity_v1_PortalAccessUser, PortalAccessUser__Output as _client_portal_identity_v1_PortalAccessUser__Output } from '../../../client_portal/identity/v1/PortalAccessUser.js';
import type { RestorePortalAccessRequest as _client_portal_identity_v1_RestorePortalAccessRequest, RestorePortalAccessRequest__Output as _client_portal_identity_v1_RestorePortalAccessRequest__Output } from '../../../client_portal/identity/v1/RestorePortalAccessRequest.js';
import type { RevokePortalAccessRequest as _client_portal_identity_v1_RevokePortalAccessRequest, RevokePortalAccessRequest__Output as _client_portal_identity_v1_RevokePortalAccessRequest__Output } from '../../../client_portal/identity/v1/RevokePortalAccessRequest.js';
import type { SendPasswordResetEmailRequest as _client_portal_identity_v1_SendPasswordResetEmailRequest, SendPasswordResetEmailRequest__Output as _client_portal_identity_v1_SendPasswordResetEmailRequest__Output } from '../../../client_portal/identity/v1/SendPasswordResetEmailRequest.js';
import type { SendPasswordResetEmailResponse as _client_portal_identity_v1_SendPasswordResetEmailResponse, SendPasswordResetEmailResponse__Output as _client_portal_identity_v1_SendPasswordResetEmailResponse__Output } from '../../../client_portal/identity/v1/SendPasswordResetEmailResponse.js';

export interface AccessRevocationServiceClient extends grpc.Client {
  /**
   * Makes a client's (active) user a staff member with the same Keycloak login: the client role goes,
   * the staff role (chosen by an admin; owner by an owner only) comes, the external user stays as
   * `converted` with its history. FAILED_PRECONDITION when the e-mail is already staff. team.manage.
   */
  ConvertToStaff(argument: _client_portal_identity_v1_ConvertToStaffRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ConvertToStaffResponse__Output>): grpc.ClientUnaryCall;
  ConvertToStaff(argument: _client_portal_identity_v1_ConvertToStaffRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ConvertToStaffResponse__Output>): grpc.ClientUnaryCall;
  ConvertToStaff(argument: _client_portal_identity_v1_ConvertToStaffRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ConvertToStaffResponse__Output>): grpc.ClientUnaryCall;
  ConvertToStaff(argument: _client_portal_identity_v1_ConvertToStaffRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ConvertToStaffResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Makes a client's (active) user a staff member with the same Keycloak login: the client role goes,
   * the staff role (chosen by an admin; owner by an owner only) comes, the external user stays as
   * `converted` with its history. FAILED_PRECONDITION when the e-mail is already staff. team.manage.
   */
  convertToStaff(argument: _client_portal_identity_v1_ConvertToStaffRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ConvertToStaffResponse__Output>): grpc.ClientUnaryCall;
  convertToStaff(argument: _client_portal_identity_v1_ConvertToStaffRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ConvertToStaffResponse__Output>): grpc.ClientUnaryCall;
  convertToStaff(argument: _client_portal_identity_v1_ConvertToStaffRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ConvertToStaffResponse__Output>): grpc.ClientUnaryCall;
  convertToStaff(argument: _client_portal_identity_v1_ConvertToStaffRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ConvertToStaffResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Who did what to the access of a client's users, newest first (revocations, restorations,
   * removals from a workspace, conversions, password reset e-mails). clients.view.
   */
  ListAccessLog(argument: _client_portal_identity_v1_ListAccessLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  ListAccessLog(argument: _client_portal_identity_v1_ListAccessLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  ListAccessLog(argument: _client_portal_identity_v1_ListAccessLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  ListAccessLog(argument: _client_portal_identity_v1_ListAccessLogRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Who did what to the access of a client's users, newest first (revocations, restorations,
   * removals from a workspace, conversions, password reset e-mails). clients.view.
   */
  listAccessLog(argument: _client_portal_identity_v1_ListAccessLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  listAccessLog(argument: _client_portal_identity_v1_ListAccessLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  listAccessLog(argument: _client_portal_identity_v1_ListAccessLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  listAccessLog(argument: _client_portal_identity_v1_ListAccessLogRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * A client's portal users, every status (invited, active, revoked, converted), by name.
   * Staff with clients.view.
   */
  ListClientPortalAccess(argument: _client_portal_identity_v1_ListClientPortalAccessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalAccessResponse__Output>): grpc.ClientUnaryCall;
  ListClientPortalAccess(argument: _client_portal_identity_v1_ListClientPortalAccessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalAccessResponse__Output>): grpc.ClientUnaryCall;
  ListClientPortalAccess(argument: _client_portal_identity_v1_ListClientPortalAccessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalAccessResponse__Output>): grpc.ClientUnaryCall;
  ListClientPortalAccess(argument: _client_portal_identity_v1_ListClientPortalAccessRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalAccessResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A client's portal users, every status (invited, active, revoked, converted), by name.
   * Staff with clients.view.
   */
  listClientPortalAccess(argument: _client_portal_identity_v1_ListClientPortalAccessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalAccessResponse__Output>): grpc.ClientUnaryCall;
  listClientPortalAccess(argument: _client_portal_identity_v1_ListClientPortalAccessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalAccessResponse__Output>): grpc.ClientUnaryCall;
  listClientPortalAccess(argument: _client_portal_identity_v1_ListClientPortalAccessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalAccessResponse__Output>): grpc.ClientUnaryCall;
  listClientPortalAccess(argument: _client_portal_identity_v1_ListClientPortalAccessRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalAccessResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Gives a revoked user their login and workspaces back. workspaces.manage.
   */
  RestorePortalAccess(argument: _client_portal_identity_v1_RestorePortalAccessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  RestorePortalAccess(argument: _client_portal_identity_v1_RestorePortalAccessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  RestorePortalAccess(argument: _client_portal_identity_v1_RestorePortalAccessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  RestorePortalAccess(argument: _client_portal_identity_v1_RestorePortalAccessRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  /**
   * Gives a revoked user their login and workspaces back. workspaces.manage.
   */
  restorePortalAccess(argument: _client_portal_identity_v1_RestorePortalAccessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  restorePortalAccess(argument: _client_portal_identity_v1_RestorePortalAccessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  restorePortalAccess(argument: _client_portal_identity_v1_RestorePortalAccessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  restorePortalAccess(argument: _client_portal_identity_v1_RestorePortalAccessRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  
  /**
   * Takes the whole portal away from a client user at once: identity refuses them, Keycloak disables
   * the login and ends its sessions, pending invitations die, identity.access.revoked (workspace_id '')
   * makes every gateway replica forget them and close their live streams. workspaces.manage.
   */
  RevokePortalAccess(argument: _client_portal_identity_v1_RevokePortalAccessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  RevokePortalAccess(argument: _client_portal_identity_v1_RevokePortalAccessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  RevokePortalAccess(argument: _client_portal_identity_v1_RevokePortalAccessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  RevokePortalAccess(argument: _client_portal_identity_v1_RevokePortalAccessRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  /**
   * Takes the whole portal away from a client user at once: identity refuses them, Keycloak disables
   * the login and ends its sessions, pending invitations die, identity.access.revoked (workspace_id '')
   * makes every gateway replica forget them and close their live streams. workspaces.manage.
   */
  revokePortalAccess(argument: _client_portal_identity_v1_RevokePortalAccessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  revokePortalAccess(argument: _client_portal_identity_v1_RevokePortalAccessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  revokePortalAccess(argument: _client_portal_identity_v1_RevokePortalAccessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  revokePortalAccess(argument: _client_portal_identity_v1_RevokePortalAccessRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessUser__Output>): grpc.ClientUnaryCall;
  
  /**
   * Keycloak's own "update your password" e-mail (execute-actions-email) to a client user.
   * workspaces.manage.
   */
  SendPasswordResetEmail(argument: _client_portal_identity_v1_SendPasswordResetEmailRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_SendPasswordResetEmailResponse__Output>): grpc.ClientUnaryCall;
  SendPasswordResetEmail(argument: _client_portal_identity_v1_SendPasswordResetEmailRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_SendPasswordResetEmailResponse__Output>): grpc.ClientUnaryCall;
  SendPasswordResetEmail(argument: _client_portal_identity_v1_SendPasswordResetEmailRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_SendPasswordResetEmailResponse__Output>): grpc.ClientUnaryCall;
  SendPasswordResetEmail(argument: _client_portal_identity_v1_SendPasswordResetEmailRequest, callback: grpc.requestCallback<_client_portal_identity_v1_SendPasswordResetEmailResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Keycloak's own "update your password" e-mail (execute-actions-email) to a client user.
   * workspaces.manage.
   */
  sendPasswordResetEmail(argument: _client_portal_identity_v1_SendPasswordResetEmailRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_SendPasswordResetEmailResponse__Output>): grpc.ClientUnaryCall;
  sendPasswordResetEmail(argument: _client_portal_identity_v1_SendPasswordResetEmailRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_SendPasswordResetEmailResponse__Output>): grpc.ClientUnaryCall;
  sendPasswordResetEmail(argument: _client_portal_identity_v1_SendPasswordResetEmailRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_SendPasswordResetEmailResponse__Output>): grpc.ClientUnaryCall;
  sendPasswordResetEmail(argument: _client_portal_identity_v1_SendPasswordResetEmailRequest, callback: grpc.requestCallback<_client_portal_identity_v1_SendPasswordResetEmailResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface AccessRevocationServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Makes a client's (active) user a staff member with the same Keycloak login: the client role goes,
   * the staff role (chosen by an admin; owner by an owner only) comes, the external user stays as
   * `converted` with its history. FAILED_PRECONDITION when the e-mail is already staff. team.manage.
   */
  ConvertToStaff: grpc.handleUnaryCall<_client_portal_identity_v1_ConvertToStaffRequest__Output, _client_portal_identity_v1_ConvertToStaffResponse>;
  
  /**
   * Who did what to the access of a client's users, newest first (revocations, restorations,
   * removals from a workspace, conversions, password reset e-mails). clients.view.
   */
  ListAccessLog: grpc.handleUnaryCall<_client_portal_identity_v1_ListAccessLogRequest__Output, _client_portal_identity_v1_ListAccessLogResponse>;
  
  /**
   * A client's portal users, every status (invited, active, revoked, converted), by name.
   * Staff with clients.view.
   */
  ListClientPortalAccess: grpc.handleUnaryCall<_client_portal_identity_v1_ListClientPortalAccessRequest__Output, _client_portal_identity_v1_ListClientPortalAccessResponse>;
  
  /**
   * Gives a revoked user their login and workspaces back. workspaces.manage.
   */
  RestorePortalAccess: grpc.handleUnaryCall<_client_portal_identity_v1_RestorePortalAccessRequest__Output, _client_portal_identity_v1_PortalAccessUser>;
  
  /**
   * Takes the whole portal away from a client user at once: identity refuses them, Keycloak disables
   * the login and ends its sessions, pending invitations die, identity.access.revoked (workspace_id '')
   * makes every gateway replica forget them and close their live streams. workspaces.manage.
   */
  RevokePortalAccess: grpc.handleUnaryCall<_client_portal_identity_v1_RevokePortalAccessRequest__Output, _client_portal_identity_v1_PortalAccessUser>;
  
  /**
   * Keycloak's own "update your password" e-mail (execute-actions-email) to a client user.
   * workspaces.manage.
   */
  SendPasswordResetEmail: grpc.handleUnaryCall<_client_portal_identity_v1_SendPasswordResetEmailRequest__Output, _client_portal_identity_v1_SendPasswordResetEmailResponse>;
  
}

export interface AccessRevocationServiceDefinition extends grpc.ServiceDefinition {
  ConvertToStaff: MethodDefinition<_client_portal_identity_v1_ConvertToStaffRequest, _client_portal_identity_v1_ConvertToStaffResponse, _client_portal_identity_v1_ConvertToStaffRequest__Output, _client_portal_identity_v1_ConvertToStaffResponse__Output>
  ListAccessLog: MethodDefinition<_client_portal_identity_v1_ListAccessLogRequest, _client_portal_identity_v1_ListAccessLogResponse, _client_portal_identity_v1_ListAccessLogRequest__Output, _client_portal_identity_v1_ListAccessLogResponse__Output>
  ListClientPortalAccess: MethodDefinition<_client_portal_identity_v1_ListClientPortalAccessRequest, _client_portal_identity_v1_ListClientPortalAccessResponse, _client_portal_identity_v1_ListClientPortalAccessRequest__Output, _client_portal_identity_v1_ListClientPortalAccessResponse__Output>
  RestorePortalAccess: MethodDefinition<_client_portal_identity_v1_RestorePortalAccessRequest, _client_portal_identity_v1_PortalAccessUser, _client_portal_identity_v1_RestorePortalAccessRequest__Output, _client_portal_identity_v1_PortalAccessUser__Output>
  RevokePortalAccess: MethodDefinition<_client_portal_identity_v1_RevokePortalAccessRequest, _client_portal_identity_v1_PortalAccessUser, _client_portal_identity_v1_RevokePortalAccessRequest__Output, _client_portal_identity_v1_PortalAccessUser__Output>
  SendPasswordResetEmail: MethodDefinition<_client_portal_identity_v1_SendPasswordResetEmailRequest, _client_portal_identity_v1_SendPasswordResetEmailResponse, _client_portal_identity_v1_SendPasswordResetEmailRequest__Output, _client_portal_identity_v1_SendPasswordResetEmailResponse__Output>
}
