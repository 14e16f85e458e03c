import * as grpc from '@grpc/grpc-js';
import { z } from 'zod';
import { DomainError } from '../errors.js';

/**
 * Who is calling, as the gateway resolved it through the identity service. Services read it from gRPC
 * metadata and never from a request body: a browser cannot choose its own principal.
 */
export const STAFF_ROLES = ['owner', 'admin', 'manager', 'member'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const principalSchema = z.object({
  userId: z.string(),
  tenantId: z.string().min(1),
  kind: z.enum(['staff', 'client', 'service']),
  staffRole: z.enum(STAFF_ROLES).optional(),
  clientId: z.string().optional(),
  workspaceIds: z.array(z.string()).default([]),
  displayName: z.string().optional(),
});
export type Principal = z.infer<typeof principalSchema>;

export const PRINCIPAL_METADATA_KEY = 'x-principal';

export function principalMetadata(principal: Principal, metadata = new grpc.Metadata()): grpc.Metadata {
  metadata.set(PRINCIPAL_METADATA_KEY, Buffer.from(JSON.stringify(principal)).toString('base64url'));
  return metadata;
}

/** The principal of a call, or undefined when the caller sent none (public endpoints). */
export function readPrincipal(metadata: grpc.Metadata): Principal | undefined {
  const [value] = metadata.get(PRINCIPAL_METADATA_KEY);
  if (value === undefined) return undefined;
  try {
    return principalSchema.parse(JSON.parse(Buffer.from(String(value), 'base64url').toString('utf8')));
  } catch {
    throw DomainError.unauthenticated('The caller identity is malformed');
  }
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
