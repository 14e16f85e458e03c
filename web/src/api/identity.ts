import { getJson, postJson } from './http';

export type PrincipalKind = 'staff' | 'client';

export interface Principal {
  userId: string;
  tenantId: string;
  kind: PrincipalKind;
  staffRole?: string;
  clientId?: string;
  workspaceIds: string[];
}

export interface Me {
  principal: Principal;
  displayName: string;
  email: string;
  tenantName: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'cancelled';

export interface InvitationPreview {
  email: string;
  displayName: string;
  tenantName: string;
  clientName: string;
  workspaceName: string;
  status: InvitationStatus;
  hasPassword: boolean;
}

export interface AcceptInvitationResult {
  email: string;
}

interface RawMe extends Omit<Me, 'principal'> {
  principal: Omit<Principal, 'kind'> & { kind: string };
}

/** Accepts `staff`, `KIND_STAFF` or `Kind.STAFF`: the gateway may pass the proto enum through. */
function normaliseKind(kind: string): PrincipalKind {
  const lower = kind.toLowerCase();
  return lower.endsWith('client') ? 'client' : lower.endsWith('staff') ? 'staff' : (lower as PrincipalKind);
}

export async function getMe(): Promise<Me> {
  const me = await getJson<RawMe>('/api/me');
  return {
    ...me,
    principal: {
      ...me.principal,
      kind: normaliseKind(me.principal.kind),
      workspaceIds: me.principal.workspaceIds ?? [],
    },
  };
}

export function getInvitation(token: string): Promise<InvitationPreview> {
  return getJson<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`, {
    authenticated: false,
  });
}

export function acceptInvitation(token: string, password: string): Promise<AcceptInvitationResult> {
  return postJson<AcceptInvitationResult>(
    `/api/invitations/${encodeURIComponent(token)}/accept`,
    { password },
    { authenticated: false },
  );
}
