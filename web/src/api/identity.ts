import { getJson, postJson } from './http';
import type { Schemas } from './schema';

export type Me = Schemas['Me'];
export type Principal = Schemas['Principal'];
export type PrincipalKind = Principal['kind'];
/** A line of the staff permission matrix (services/libs/kit/src/auth/permissions.ts). */
export type StaffPermission = Me['permissions'][number];
export type InvitationPreview = Schemas['InvitationPreview'];
export type InvitationStatus = InvitationPreview['status'];
export type AcceptInvitationResult = Schemas['Accepted'];

export function getMe(): Promise<Me> {
  return getJson<Me>('/api/me');
}

export function getInvitation(token: string): Promise<InvitationPreview> {
  return getJson<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`, {
    authenticated: false,
  });
}

export function acceptInvitation(token: string, password: string): Promise<AcceptInvitationResult> {
  const body: Schemas['AcceptInvitation'] = { password };
  return postJson<AcceptInvitationResult>(`/api/invitations/${encodeURIComponent(token)}/accept`, body, {
    authenticated: false,
  });
}
