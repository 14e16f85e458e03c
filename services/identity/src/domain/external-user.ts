import { randomUUID } from 'node:crypto';

export const EXTERNAL_ROLES = ['decision-maker', 'technical', 'billing', 'observer'] as const;
export type ExternalRole = (typeof EXTERNAL_ROLES)[number];
export const EXTERNAL_USER_STATUSES = ['invited', 'active'] as const;
export type ExternalUserStatus = (typeof EXTERNAL_USER_STATUSES)[number];

/** A client's contact who logs in to the portal; one per e-mail address in a tenant. */
export interface ExternalUser {
  id: string;
  tenantId: string;
  keycloakId: string;
  email: string;
  displayName: string;
  clientId: string;
  contactId: string;
  role: ExternalRole;
  /** Every workspace this person was invited to; they see exactly these. */
  workspaceIds: string[];
  /** Invited until they accept an invitation by choosing a password; only active users may sign in. */
  status: ExternalUserStatus;
  createdAt: Date;
  updatedAt: Date;
  activatedAt: Date | null;
}

export function newExternalUser(
  tenantId: string,
  keycloakId: string,
  invite: {
    email: string;
    displayName: string;
    clientId: string;
    contactId: string;
    role: ExternalRole;
    workspaceId: string;
  },
  now = new Date(),
): ExternalUser {
  return {
    id: randomUUID(),
    tenantId,
    keycloakId,
    email: invite.email,
    displayName: invite.displayName,
    clientId: invite.clientId,
    contactId: invite.contactId,
    role: invite.role,
    workspaceIds: [invite.workspaceId],
    status: 'invited',
    createdAt: now,
    updatedAt: now,
    activatedAt: null,
  };
}
