// Original file: proto/common/v1/common.proto

import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from '../../../client_portal/common/v1/WorkspaceAccess.js';

// Original file: proto/common/v1/common.proto

export const _client_portal_common_v1_Principal_Kind = {
  KIND_UNSPECIFIED: 'KIND_UNSPECIFIED',
  KIND_STAFF: 'KIND_STAFF',
  KIND_CLIENT: 'KIND_CLIENT',
  KIND_SERVICE: 'KIND_SERVICE',
} as const;

export type _client_portal_common_v1_Principal_Kind =
  | 'KIND_UNSPECIFIED'
  | 0
  | 'KIND_STAFF'
  | 1
  | 'KIND_CLIENT'
  | 2
  | 'KIND_SERVICE'
  | 3

export type _client_portal_common_v1_Principal_Kind__Output = typeof _client_portal_common_v1_Principal_Kind[keyof typeof _client_portal_common_v1_Principal_Kind]

/**
 * Who is calling, as resolved by the gateway through the identity service and passed in gRPC
 * metadata; services never trust a principal the browser sends.
 */
export interface Principal {
  'userId'?: (string);
  'tenantId'?: (string);
  'kind'?: (_client_portal_common_v1_Principal_Kind);
  /**
   * Staff role: owner, admin, manager or member. Empty for clients.
   */
  'staffRole'?: (string);
  /**
   * For client users: the client (company) they belong to and the workspaces they were invited to.
   */
  'clientId'?: (string);
  'workspaceIds'?: (string)[];
  /**
   * For client users: their rights in each of those workspaces (view, comment, approve, upload, pay, chat).
   */
  'workspaceAccess'?: (_client_portal_common_v1_WorkspaceAccess)[];
  /**
   * For client users: their contact in the CRM.
   */
  'contactId'?: (string);
}

/**
 * Who is calling, as resolved by the gateway through the identity service and passed in gRPC
 * metadata; services never trust a principal the browser sends.
 */
export interface Principal__Output {
  'userId': (string);
  'tenantId': (string);
  'kind': (_client_portal_common_v1_Principal_Kind__Output);
  /**
   * Staff role: owner, admin, manager or member. Empty for clients.
   */
  'staffRole': (string);
  /**
   * For client users: the client (company) they belong to and the workspaces they were invited to.
   */
  'clientId': (string);
  'workspaceIds': (string)[];
  /**
   * For client users: their rights in each of those workspaces (view, comment, approve, upload, pay, chat).
   */
  'workspaceAccess': (_client_portal_common_v1_WorkspaceAccess__Output)[];
  /**
   * For client users: their contact in the CRM.
   */
  'contactId': (string);
}
