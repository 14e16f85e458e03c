import * as grpc from '@grpc/grpc-js';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import type { PrincipalSigner } from './principal-token.js';

/**
 * Who is calling, as the gateway resolved it through the identity service. Services read it from gRPC
 * metadata and never from a request body: a browser cannot choose its own principal.
 */
export const STAFF_ROLES = ['owner', 'admin', 'manager', 'member'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * What a client user may do in one workspace (issue 10). Staff and services hold every right in every
 * workspace of their tenant; a client user holds, per workspace they were added to, the rights staff
 * gave them (defaulted from the contact's role, DEFAULT_PORTAL_RIGHTS).
 */
export const PORTAL_RIGHTS = ['view', 'comment', 'approve', 'upload', 'billing', 'pay', 'chat'] as const;
export type PortalRight = (typeof PORTAL_RIGHTS)[number];

/**
 * The built-in external roles and their rights (issue 11: tenants add their own roles, identity's
 * portal-role catalogue). `billing` is "see billing" (documents, payments); `pay` needs it and implies it.
 */
export const DEFAULT_PORTAL_RIGHTS: Record<string, readonly PortalRight[]> = {
  'decision-maker': PORTAL_RIGHTS,
  technical: ['view', 'comment'],
  billing: ['billing', 'pay'],
  observer: ['view'],
};

export const workspaceAccessSchema = z.object({
  workspaceId: z.string(),
  rights: z.array(z.enum(PORTAL_RIGHTS)),
});
export type WorkspaceAccess = z.infer<typeof workspaceAccessSchema>;

export const principalSchema = z.object({
  userId: z.string(),
  tenantId: z.string().min(1),
  kind: z.enum(['staff', 'client', 'service']),
  staffRole: z.enum(STAFF_ROLES).optional(),
  clientId: z.string().optional(),
  /** A client user's CRM contact (tasks are assigned to contacts, approvers are contacts). */
  contactId: z.string().optional(),
  workspaceIds: z.array(z.string()).default([]),
  /** A client user's rights per workspace (every id in workspaceIds has an entry; none means no right). */
  workspaceAccess: z.array(workspaceAccessSchema).optional(),
  /** Set (to the staff user's id) when staff look at the portal "as" this client user: the gateway refuses every change. */
  viewedBy: z.string().optional(),
  displayName: z.string().optional(),
  /**
   * When the user last proved who they are (epoch seconds: the access token's `auth_time`, which a
   * token refresh keeps). Set by the gateway for users; absent for services.
   */
  authTime: z.number().int().nonnegative().optional(),
  /**
   * The tenant's step-up limit (identity's security settings): sensitive actions need an authentication
   * younger than this many seconds. 0 or absent = no limit.
   */
  stepUpMaxAgeSeconds: z.number().int().nonnegative().optional(),
});
export type Principal = z.infer<typeof principalSchema>;

/** The gRPC metadata key carrying the signed principal token (principal-token.ts). */
export const PRINCIPAL_METADATA_KEY = 'x-principal';

/** Metadata carrying `principal`, signed for one service (the audience): what gRPC clients send. */
export function principalMetadata(
  principal: Principal,
  signer: PrincipalSigner,
  audience: string,
  metadata = new grpc.Metadata(),
): grpc.Metadata {
  metadata.set(PRINCIPAL_METADATA_KEY, signer.sign(principal, audience));
  return metadata;
}

/**
 * Principals the kit's gRPC server verified, keyed by the call's metadata. Handlers read the principal
 * through readPrincipal(call.metadata) and so only ever see one whose token was verified: the raw
 * metadata value is never decoded here.
 */
const verifiedPrincipals = new WeakMap<grpc.Metadata, Principal>();

/** Called by the gRPC server once it has verified the call's token. */
export function recordVerifiedPrincipal(metadata: grpc.Metadata, principal: Principal): void {
  verifiedPrincipals.set(metadata, principal);
}

/** The principal of a call, or undefined when the caller sent none (public endpoints). */
export function readPrincipal(metadata: grpc.Metadata): Principal | undefined {
  const verified = verifiedPrincipals.get(metadata);
  if (verified) return verified;
  if (metadata.get(PRINCIPAL_METADATA_KEY).length === 0) return undefined;
  throw DomainError.unauthenticated('The caller identity was not verified');
}

export function requirePrincipal(metadata: grpc.Metadata): Principal {
  const principal = readPrincipal(metadata);
  if (!principal) throw DomainError.unauthenticated();
  return principal;
}

/** A principal for work a service does on its own (consumers, seeding), scoped to one tenant. */
export function servicePrincipal(service: string, tenantId: string): Principal {
  return { userId: `service:${service}`, tenantId, kind: 'service', workspaceIds: [] };
}

const RANK: Record<StaffRole, number> = { owner: 4, admin: 3, manager: 2, member: 1 };

/** Staff with at least the given role (owner > admin > manager > member), or a service. */
export function assertStaff(principal: Principal, atLeast: StaffRole = 'member'): void {
  if (principal.kind === 'service') return;
  if (principal.kind !== 'staff' || !principal.staffRole)
    throw DomainError.forbidden('Only the agency team can do this');
  if (RANK[principal.staffRole] < RANK[atLeast])
    throw DomainError.forbidden(`This needs the ${atLeast} role or higher`);
}

/** Staff and services see every client of their tenant; a client user only their own client. */
export function canSeeClient(principal: Principal, clientId: string): boolean {
  return principal.kind !== 'client' || principal.clientId === clientId;
}

export function canSeeWorkspace(principal: Principal, workspace: { clientId: string; id: string }): boolean {
  return (
    principal.kind !== 'client' ||
    (principal.clientId === workspace.clientId && principal.workspaceIds.includes(workspace.id))
  );
}

/**
 * The rights a principal holds in a workspace: every right for staff and services of the tenant, the
 * granted ones for a client user added to it, undefined when the workspace is hidden from them (answer
 * NOT_FOUND then, like a missing one).
 */
export function workspaceRights(
  principal: Principal,
  workspace: { clientId: string; id: string },
): readonly PortalRight[] | undefined {
  if (principal.kind !== 'client') return PORTAL_RIGHTS;
  if (!canSeeWorkspace(principal, workspace)) return undefined;
  return (
    (principal.workspaceAccess ?? []).find((access) => access.workspaceId === workspace.id)?.rights ?? []
  );
}

/**
 * Refuses a client user who lacks `right` in the workspace: NOT_FOUND (`thing`) when they cannot see the
 * workspace at all, PERMISSION_DENIED naming the right otherwise. A changing call from staff viewing the
 * portal as a client ("view as client") is refused too: that view is read-only.
 */
export function assertWorkspaceRight(
  principal: Principal,
  workspace: { clientId: string; id: string },
  right: PortalRight,
  thing = 'Workspace',
): void {
  const rights = workspaceRights(principal, workspace);
  if (!rights) throw DomainError.notFound(thing, workspace.id);
  if (!rights.includes(right))
    throw DomainError.forbidden(`You do not have the "${right}" right in this workspace`);
}

/** Whether a client user holds `right` in at least one of their workspaces (staff and services: always). */
export function holdsRightAnywhere(principal: Principal, right: PortalRight): boolean {
  if (principal.kind !== 'client') return true;
  return (principal.workspaceAccess ?? []).some(
    (access) => principal.workspaceIds.includes(access.workspaceId) && access.rights.includes(right),
  );
}
