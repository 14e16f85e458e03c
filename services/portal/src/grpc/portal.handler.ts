import { requirePrincipal } from '@client-portal/kit';
import type {
  HandlersOf,
  SharedDocument as SharedDocumentMessage,
  Workspace as WorkspaceMessage,
} from '@client-portal/contracts';
import type { WorkspaceService } from '../application/workspace.service.js';
import type { SharedDocument } from '../domain/shared-document.js';
import type { Workspace } from '../domain/workspace.js';

export function toWorkspaceMessage(workspace: Workspace): WorkspaceMessage {
  return {
    id: workspace.id,
    tenantId: workspace.tenantId,
    clientId: workspace.clientId,
    clientName: workspace.clientName,
    name: workspace.name,
    createdAt: workspace.createdAt.toISOString(),
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
      return toWorkspaceMessage(await workspaces.enable(principal, request));
    },
    ListWorkspaces: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const list = await workspaces.list(principal, request);
      return { workspaces: list.map(toWorkspaceMessage) };
    },
    GetWorkspace: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const view = await workspaces.get(principal, request.workspaceId);
      return {
        workspace: toWorkspaceMessage(view.workspace),
        documents: view.documents.map(toSharedDocumentMessage),
        tabs: view.tabs,
      };
    },
  };
}
