import { getJson, postJson } from '../../../api/http';
import type { Schemas } from '../../../api/schema';

export type ClientInvitation = Schemas['ClientInvitation'];
export type InvitationStatus = ClientInvitation['status'];
export type BulkInviteLine = Schemas['BulkInvite']['lines'][number];
export type BulkInviteResult = Schemas['BulkInviteResult'];
export type PortalLinkResult = Schemas['PortalLinkResult'];

export const INVITATION_STATUSES = [
  'pending',
  'accepted',
  'expired',
  'cancelled',
] as const satisfies readonly InvitationStatus[];

export interface InvitationPage {
  invitations: ClientInvitation[];
  nextPageToken: string;
}

/** The tenant's client invitations, or one client's; newest first, a page at a time. */
export async function listInvitations(
  filter: { clientId?: string; status?: InvitationStatus | '' },
  pageToken = '',
  signal?: AbortSignal,
): Promise<InvitationPage> {
  const answer = await getJson<Schemas['ClientInvitationList']>('/api/invitations', {
    query: {
      clientId: filter.clientId || undefined,
      status: filter.status || undefined,
      pageSize: 25,
      pageToken: pageToken || undefined,
    },
    signal,
  });
  return { invitations: answer.invitations, nextPageToken: answer.page.nextPageToken };
}

export function resendInvitation(id: string): Promise<ClientInvitation> {
  return postJson<ClientInvitation>(`/api/invitations/${encodeURIComponent(id)}/resend`, {});
}

export function cancelInvitation(id: string): Promise<ClientInvitation> {
  return postJson<ClientInvitation>(`/api/invitations/${encodeURIComponent(id)}/cancel`, {});
}

export async function bulkInvite(clientId: string, lines: BulkInviteLine[]): Promise<BulkInviteResult[]> {
  const answer = await postJson<Schemas['BulkInviteResults']>(
    `/api/clients/${encodeURIComponent(clientId)}/invitations`,
    { lines },
  );
  return answer.results;
}

export async function sendPortalLinks(clientIds: string[]): Promise<PortalLinkResult[]> {
  const answer = await postJson<Schemas['PortalLinkResults']>('/api/clients/portal-links', { clientIds });
  return answer.results;
}
