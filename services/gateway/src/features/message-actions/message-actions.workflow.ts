import { createHash } from 'node:crypto';
import { DomainError, servicePrincipal, type Principal } from '@client-portal/kit';
import { on, type Backends } from '../../http/backends.js';
import type { CallOptions } from '../../http/route.js';

export interface MentionCandidate {
  userId: string;
  kind: 'staff' | 'client';
  displayName: string;
}

/**
 * How the caller names a candidate when mentioning them: the user id, except that a client user is
 * never given the agency's internal staff ids: a staff member is `staff:<digest>`, which the gateway
 * maps back when the message is posted.
 */
export function mentionKey(principal: Principal, candidate: MentionCandidate): string {
  if (principal.kind !== 'client' || candidate.kind !== 'staff') return candidate.userId;
  const digest = createHash('sha256').update(`${principal.tenantId}|${candidate.userId}`).digest('hex');
  return `staff:${digest.slice(0, 32)}`;
}

/**
 * The people who may be mentioned in a conversation, as the caller may learn them: the tenant's active
 * staff and, only when the conversation is client-visible, the workspace's active client users (limited
 * to its audience when it has one). Never the caller. Messaging answers NOT_FOUND first when the caller
 * may not see the conversation; identity is asked as the gateway, the lists being composed here.
 */
export async function mentionCandidates(
  backends: Backends,
  principal: Principal,
  onBehalf: CallOptions,
  conversationId: string,
): Promise<MentionCandidate[]> {
  const audience = await backends.messageActions.getMessageAudience({ conversationId }, onBehalf);
  const asGateway = on(servicePrincipal('gateway', principal.tenantId));
  const [staff, members] = await Promise.all([
    backends.identity.listStaff({ tenantId: principal.tenantId, includeInactive: false }, asGateway),
    // A client-level conversation (no workspace) offers the agency's people only.
    audience.clientVisible && audience.workspaceId
      ? backends.workspaceAccess.listWorkspaceMembers({ workspaceId: audience.workspaceId }, asGateway)
      : Promise.resolve({ members: [] }),
  ]);
  const candidates: MentionCandidate[] = [
    ...staff.staff
      .filter((member) => member.status === 'active')
      .map((member) => ({ userId: member.id, kind: 'staff' as const, displayName: member.displayName })),
    ...members.members
      .filter(
        (member) =>
          member.status === 'active' &&
          (audience.clientAudience.length === 0 || audience.clientAudience.includes(member.externalUserId)),
      )
      .map((member) => ({
        userId: member.externalUserId,
        kind: 'client' as const,
        displayName: member.displayName,
      })),
  ];
  return candidates
    .filter((candidate) => candidate.userId !== principal.userId)
    .sort((left, right) => left.displayName.localeCompare(right.displayName));
}

/** The mentions a message asks for, each one of the people who may be mentioned; else the field named. */
export async function resolveMentions(
  backends: Backends,
  principal: Principal,
  onBehalf: CallOptions,
  conversationId: string,
  userIds: string[],
): Promise<MentionCandidate[]> {
  if (userIds.length === 0) return [];
  const candidates = new Map(
    (await mentionCandidates(backends, principal, onBehalf, conversationId)).map((candidate) => [
      mentionKey(principal, candidate),
      candidate,
    ]),
  );
  return [...new Set(userIds)].map((userId, index) => {
    const candidate = candidates.get(userId);
    if (!candidate)
      throw DomainError.invalid('This person cannot be mentioned here', [
        {
          field: `mentions[${index}]`,
          code: 'invalid_value',
          message: 'Only people who may see this conversation can be mentioned',
        },
      ]);
    return candidate;
  });
}

/**
 * "Seen by" with names: the people whose read marker is past the last message, named from the people
 * who may see the conversation (a client user is given names, never the agency's user ids).
 */
export async function seenBy(
  backends: Backends,
  principal: Principal,
  onBehalf: CallOptions,
  conversationId: string,
): Promise<{ messageId: string; people: { userId: string; kind: string; displayName: string }[] }> {
  const seen = await backends.messageActions.getSeenBy({ conversationId }, onBehalf);
  if (seen.userIds.length === 0) return { messageId: seen.messageId, people: [] };
  const everyone = await mentionCandidates(backends, principal, onBehalf, conversationId);
  const people = everyone
    .filter((person) => seen.userIds.includes(person.userId))
    .map((person) => ({
      ...person,
      userId: principal.kind === 'client' && person.kind === 'staff' ? '' : person.userId,
    }));
  return { messageId: seen.messageId, people };
}
