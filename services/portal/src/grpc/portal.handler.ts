import { requirePrincipal, type Principal } from '@client-portal/kit';
import type {
  HandlersOf,
  SharedDocument as SharedDocumentMessage,
  Workspace as WorkspaceMessage,
} from '@client-portal/contracts';
import type { WorkspaceService } from '../application/workspace.service.js';
import type { SharedDocument } from '../domain/shared-document.js';
import type { Workspace } from '../domain/workspace.js';

/** The workspace as `viewer` may see it: its module switches are configuration, never sent to a client user. */
export function toWorkspaceMessage(workspace: Workspace, viewer?: Principal): WorkspaceMessage {
  return {
    id: workspace.id,
    tenantId: workspace.tenantId,
    clientId: workspace.clientId,
    clientName: workspace.clientName,
    name: workspace.name,
    createdAt: workspace.createdAt.toISOString(),
    projectId: workspace.projectId ?? '',
    modules: viewer?.kind === 'client' ? [] : [...workspace.modules],
    archivedAt: workspace.archivedAt?.toISOString() ?? '',
    updatedAt: workspace.updatedAt.toISOString(),
  };
}

export function toSharedDocumentMessage(document: SharedDocument): SharedDocumentMessage {
  return {
    id: document.id,
    kind: document.kind,
    number: document.number,
    total: { amountMinor: String(document.totalMinor), currency: document.currency },
    status: document.status,
    issuedAt: document.issuedAt.toISOString(),
    dueDate: document.dueDate,
  };
}

export function portalHandlers(workspaces: WorkspaceService): HandlersOf<'portal'> {
  return {
    EnablePortal: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toWorkspaceMessage(await workspaces.enable(principal, request), principal);
    },
    CreateWorkspace: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const created = await workspaces.create(principal, {
        clientId: request.clientId,
        clientName: request.clientName,
        workspaceName: request.name,
        projectId: request.projectId,
        projectName: request.projectName,
      });
      return toWorkspaceMessage(created, principal);
    },
    RenameWorkspace: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toWorkspaceMessage(
        await workspaces.rename(principal, request.workspaceId, request.name),
        principal,
      );
    },
    SetWorkspaceModules: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const updated = await workspaces.setModules(principal, request.workspaceId, request.modules);
      return toWorkspaceMessage(updated, principal);
    },
    ArchiveWorkspace: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toWorkspaceMessage(await workspaces.archive(principal, request.workspaceId), principal);
    },
    RestoreWorkspace: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toWorkspaceMessage(await workspaces.restore(principal, request.workspaceId), principal);
    },
    ListWorkspaces: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      if (request.byUpdate) {
        const page = await workspaces.listByUpdate(principal, {
          clientId: request.clientId,
          updatedSince: request.updatedSince,
          activeOnly: request.activeOnly,
          page: request.page,
        });
        return {
          workspaces: page.workspaces.map((workspace) => toWorkspaceMessage(workspace, principal)),
          page: { nextPageToken: page.nextPageToken, totalSize: 0 },
        };
      }
      const list = await workspaces.list(principal, request);
      return { workspaces: list.map((workspace) => toWorkspaceMessage(workspace, principal)) };
    },
    GetWorkspace: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const view = await workspaces.get(principal, request.workspaceId);
      return {
        workspace: toWorkspaceMessage(view.workspace, principal),
        documents: view.documents.map(toSharedDocumentMessage),
        tabs: view.tabs,
      };
    },
  };
}
