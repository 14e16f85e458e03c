import { DomainError } from '@client-portal/kit';
import type { Backends } from '../../http/backends.js';
import type { CallOptions } from '../../http/route.js';

/**
 * Opening a workspace spans crm (the client's name, the project and its name) and portal (the
 * workspace). crm answers NOT_FOUND for a client or project the caller may not see.
 */
export async function createWorkspace(
  backends: Backends,
  clientId: string,
  input: { name?: string | undefined; projectId?: string | undefined },
  onBehalf: CallOptions,
) {
  const client = await backends.crm.getClient({ clientId }, onBehalf);
  const projectId = (input.projectId ?? '').trim();
  let projectName = '';
  if (projectId) {
    const project = await backends.projects.getProject({ projectId }, onBehalf);
    if (project.clientId !== client.id)
      throw DomainError.invalid('The project belongs to another client', [
        { field: 'projectId', message: 'Choose a project of this client', code: 'invalid_value' },
      ]);
    projectName = project.name;
  }
  return backends.portal.createWorkspace(
    { clientId: client.id, clientName: client.name, name: input.name ?? '', projectId, projectName },
    onBehalf,
  );
}

/**
 * Adding a member spans portal (the workspace and its client), crm (the contact: e-mail, name, role)
 * and identity (the portal user, the invitation, the rights). The contact must be one of the
 * workspace's client: the e-mail invited is crm's, never the browser's.
 */
export async function addWorkspaceMember(
  backends: Backends,
  workspaceId: string,
  input: {
    contactId: string;
    rights?: string[] | undefined;
    role?: string | undefined;
    groupIds?: string[] | undefined;
  },
  onBehalf: CallOptions,
) {
  const { workspace } = await backends.portal.getWorkspace({ workspaceId }, onBehalf);
  if (!workspace) throw DomainError.notFound('Workspace', workspaceId);
  const client = await backends.crm.getClient({ clientId: workspace.clientId }, onBehalf);
  const contact = client.contacts.find((candidate) => candidate.id === input.contactId.trim());
  if (!contact)
    throw DomainError.invalid('That contact is not one of the client’s', [
      { field: 'contactId', message: `Choose a contact of ${client.name}`, code: 'invalid_value' },
    ]);
  const member = await backends.workspaceAccess.addWorkspaceMember(
    {
      workspaceId: workspace.id,
      workspaceName: workspace.name,
      clientId: client.id,
      clientName: client.name,
      contactId: contact.id,
      email: contact.email,
      displayName: `${contact.firstName} ${contact.lastName}`.trim(),
      // The role chosen with the invitation (issue 11: tenant roles too), else the contact's CRM role.
      role: input.role?.trim() || contact.role,
      rights: input.rights ?? [],
      mobile: contact.mobile,
    },
    onBehalf,
  );
  if (input.groupIds && input.groupIds.length > 0)
    await backends.externalRoles.joinPortalGroups(
      { externalUserId: member.externalUserId, groupIds: input.groupIds },
      onBehalf,
    );
  return member;
}
