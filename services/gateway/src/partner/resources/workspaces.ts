import type { PartnerApi, Workspace__Output as InternalWorkspace } from '@client-portal/contracts';
import { on } from '../../http/backends.js';
import { nextPageToken, readListOptions, requireField, type PartnerCall } from '../call.js';
import type { PartnerResource } from '../server.js';

/**
 * The public workspace, field by field: portal's answer also carries the tenant and the client's name
 * (and, for GetWorkspace, the shared documents and tabs), which this message does not have.
 */
export function toPartnerWorkspace(workspace: InternalWorkspace): PartnerApi.Workspace__Output {
  return {
    id: workspace.id,
    clientId: workspace.clientId,
    name: workspace.name,
    projectId: workspace.projectId,
    modules: [...workspace.modules],
    archived: Boolean(workspace.archivedAt),
    createdAt: workspace.createdAt,
    updatedAt: workspace.updatedAt,
  };
}

/** WorkspaceService of the partner API: portal's workspaces in the sync order. */
export const workspacesResource: PartnerResource = {
  service: 'WorkspaceService',
  methods: (backends) => ({
    ListWorkspaces: {
      scope: 'workspaces:read',
      handle: async (
        request: PartnerApi.ListWorkspacesRequest__Output,
        call: PartnerCall,
      ): Promise<PartnerApi.ListWorkspacesResponse__Output> => {
        const filters = { clientId: request.clientId.trim(), includeArchived: request.includeArchived };
        const window = readListOptions(request.options, 'ListWorkspaces', filters);
        const internal = await backends.portal.listWorkspaces(
          {
            clientId: filters.clientId,
            byUpdate: true,
            updatedSince: window.updatedSince,
            activeOnly: !filters.includeArchived,
            page: { pageSize: window.pageSize, pageToken: window.innerToken },
          },
          on(call.principal),
        );
        return {
          workspaces: internal.workspaces.map(toPartnerWorkspace),
          nextPageToken: nextPageToken(internal.page?.nextPageToken, 'ListWorkspaces', filters, window),
        };
      },
    },
    GetWorkspace: {
      scope: 'workspaces:read',
      handle: async (
        request: PartnerApi.GetWorkspaceRequest__Output,
        call: PartnerCall,
      ): Promise<PartnerApi.Workspace__Output> => {
        const id = requireField(request.id, 'id');
        const view = await backends.portal.getWorkspace({ workspaceId: id }, on(call.principal));
        if (!view.workspace) throw new Error(`portal answered workspace ${id} without it`);
        return toPartnerWorkspace(view.workspace);
      },
    },
  }),
};
