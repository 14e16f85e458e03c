import { randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, type Principal, FIELD_LIMITS } from '@client-portal/kit';
import type { ExternalUser } from './external-user.js';

/** What staff did to a client user's access (revocation slice, issue 11). */
export const ACCESS_LOG_ACTIONS = [
  'portal_revoked',
  'portal_restored',
  'workspace_removed',
  'converted_to_staff',
  'password_reset_sent',
] as const;
export type AccessLogAction = (typeof ACCESS_LOG_ACTIONS)[number];

/** One line of a client's access log: who, what, when; kept when the person changes or leaves. */
export interface AccessLogEntry {
  id: string;
  tenantId: string;
  clientId: string;
  externalUserId: string;
  /** The person as they were named when it happened. */
  userName: string;
  userEmail: string;
  action: AccessLogAction;
  /** The workspace of a workspace_removed; '' otherwise. */
  workspaceId: string;
  actorId: string;
  actorName: string;
  reason: string;
  at: Date;
}

export const MAX_REASON_LENGTH = FIELD_LIMITS.identity.accessReason;

export function newAccessLogEntry(
  principal: Principal,
  user: Pick<ExternalUser, 'tenantId' | 'clientId' | 'id' | 'displayName' | 'email'>,
  action: AccessLogAction,
  details: { workspaceId?: string; reason?: string } = {},
  at = new Date(),
): AccessLogEntry {
  return {
    id: randomUUID(),
    tenantId: user.tenantId,
    clientId: user.clientId,
    externalUserId: user.id,
    userName: user.displayName,
    userEmail: user.email,
    action,
    workspaceId: details.workspaceId ?? '',
    actorId: principal.userId,
    actorName: principal.displayName ?? '',
    reason: details.reason ?? '',
    at,
  };
}

/** A revocation's reason: optional, trimmed, at most MAX_REASON_LENGTH characters. */
export function checkReason(reason: string): string {
  const trimmed = reason.trim();
  const violations: FieldViolation[] = [];
  if (trimmed.length > MAX_REASON_LENGTH)
    violations.push({
      field: 'reason',
      message: `A reason is at most ${MAX_REASON_LENGTH} characters`,
      code: 'too_long',
    });
  if (violations.length > 0) throw DomainError.invalid('Shorten the reason', violations);
  return trimmed;
}
