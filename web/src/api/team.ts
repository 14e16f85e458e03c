import { getJson, postJson, request } from './http';
import type { Schemas } from './schema';

export type Team = Schemas['Team'];
export type TeamMember = Schemas['TeamMember'];
export type StaffRole = TeamMember['role'];
export type StaffStatus = TeamMember['status'];
export type InviteStaff = Schemas['InviteStaff'];
export type StaffInvitationPreview = Schemas['StaffInvitationPreview'];

/** The team roles from the most to the least powerful, as the select lists them. */
export const STAFF_ROLES = ['owner', 'admin', 'manager', 'member'] as const satisfies readonly StaffRole[];

export function getTeam(signal?: AbortSignal): Promise<Team> {
  return getJson<Team>('/api/team', { signal });
}

export function inviteStaff(input: InviteStaff): Promise<TeamMember> {
  return postJson<TeamMember>('/api/team/invitations', input);
}

export function resendStaffInvitation(id: string): Promise<TeamMember> {
  return postJson<TeamMember>(`/api/team/invitations/${encodeURIComponent(id)}/resend`, {});
}

export function cancelStaffInvitation(id: string): Promise<TeamMember> {
  return request<TeamMember>(`/api/team/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function changeStaffRole(staffId: string, role: StaffRole): Promise<TeamMember> {
  const body: Schemas['ChangeStaffRole'] = { role };
  return request<TeamMember>(`/api/team/${encodeURIComponent(staffId)}`, { method: 'PATCH', body });
}

export function deactivateStaff(staffId: string): Promise<TeamMember> {
  return postJson<TeamMember>(`/api/team/${encodeURIComponent(staffId)}/deactivate`, {});
}

export function reactivateStaff(staffId: string): Promise<TeamMember> {
  return postJson<TeamMember>(`/api/team/${encodeURIComponent(staffId)}/reactivate`, {});
}

export function getStaffInvitation(token: string): Promise<StaffInvitationPreview> {
  return getJson<StaffInvitationPreview>(`/api/team-invitations/${encodeURIComponent(token)}`, {
    authenticated: false,
  });
}

export function acceptStaffInvitation(token: string, password: string): Promise<{ email: string }> {
  return postJson<{ email: string }>(
    `/api/team-invitations/${encodeURIComponent(token)}/accept`,
    { password },
    { authenticated: false },
  );
}
