import { readPrincipal, requirePrincipal } from '@client-portal/kit';
import type { HandlersOf, JoinLinkView, JoinView } from '@client-portal/contracts';
import type { JoinLinkService, JoinLinkSummary } from '../application/join-link.service.js';
import type { Join } from '../domain/join-link.js';

const iso = (date: Date | null): string => (date ? date.toISOString() : '');

function toJoinLinkView(link: JoinLinkSummary): JoinLinkView {
  return {
    id: link.id,
    scope: link.scope,
    clientId: link.clientId,
    clientName: link.clientName,
    workspaceId: link.workspaceId,
    workspaceName: link.workspaceName,
    role: link.role,
    createContact: link.createContact,
    status: link.status,
    token: link.token,
    createdBy: link.createdBy,
    createdAt: iso(link.createdAt),
    resetAt: iso(link.resetAt),
    joinCount: link.joinCount,
    lastJoinedAt: iso(link.lastJoinedAt),
  };
}

function toJoinView(join: Join): JoinView {
  return {
    id: join.id,
    linkId: join.linkId,
    email: join.email,
    displayName: join.displayName,
    status: join.status,
    clientId: join.clientId,
    clientName: join.clientName,
    workspaceId: join.workspaceId,
    ipAddress: join.ipAddress,
    createdAt: iso(join.createdAt),
    joinedAt: iso(join.joinedAt),
  };
}

/** Shareable invitation links (issue 11, join-links). */
export function joinLinkHandlers(links: JoinLinkService): HandlersOf<'joinLinks'> {
  return {
    CreateJoinLink: async (request, call) =>
      toJoinLinkView(await links.create(requirePrincipal(call.metadata), request)),
    ListJoinLinks: async (request, call) => ({
      links: (await links.list(requirePrincipal(call.metadata), request.workspaceId)).map(toJoinLinkView),
    }),
    ResetJoinLink: async (request, call) =>
      toJoinLinkView(await links.reset(requirePrincipal(call.metadata), request.linkId)),
    SetJoinLinkEnabled: async (request, call) =>
      toJoinLinkView(
        await links.setEnabled(requirePrincipal(call.metadata), request.linkId, request.enabled),
      ),
    ListJoins: async (request, call) => ({
      joins: (await links.listJoins(requirePrincipal(call.metadata), request.linkId)).map(toJoinView),
    }),
    PreviewJoinLink: async (request) => links.preview(request.token),
    StartJoin: async (request) => {
      const { join, link } = await links.start(request);
      return {
        joinId: join.id,
        tenantId: join.tenantId,
        scope: link.scope,
        clientId: link.clientId,
        clientName: link.clientName,
        workspaceId: link.workspaceId,
        workspaceName: link.workspaceName,
        role: link.role,
        createContact: link.createContact,
        createdBy: link.createdBy,
        email: join.email,
        displayName: join.displayName,
      };
    },
    CompleteJoin: async (request, call) => links.complete(readPrincipal(call.metadata), request),
  };
}
