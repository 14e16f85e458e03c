import { DomainError, isDomainError, servicePrincipal } from '@client-portal/kit';
import type { Backends } from '../../http/backends.js';
import { on } from '../../http/backends.js';
import type { CallOptions } from '../../http/route.js';

/** The CRM's contact roles: a tenant-defined role (roles slice) makes the contact a decision-maker. */
const CONTACT_ROLES = ['decision-maker', 'technical', 'billing', 'observer'];

export interface JoinLinkInput {
  scope: 'tenant' | 'workspace';
  workspaceId?: string | undefined;
  role?: string | undefined;
  createContact?: boolean | undefined;
}

/** A workspace link names its workspace and client as portal knows them, never as the browser says. */
export async function createJoinLink(backends: Backends, input: JoinLinkInput, onBehalf: CallOptions) {
  let target = { clientId: '', clientName: '', workspaceId: '', workspaceName: '' };
  const workspaceId = (input.workspaceId ?? '').trim();
  if (input.scope === 'workspace') {
    if (!workspaceId)
      throw DomainError.invalid('The link could not be created: check the highlighted fields', [
        { field: 'workspaceId', message: 'Choose the workspace', code: 'required' },
      ]);
    const { workspace } = await backends.portal.getWorkspace({ workspaceId }, onBehalf);
    if (!workspace) throw DomainError.notFound('Workspace', workspaceId);
    target = {
      clientId: workspace.clientId,
      clientName: workspace.clientName,
      workspaceId: workspace.id,
      workspaceName: workspace.name,
    };
  }
  return backends.joinLinks.createJoinLink(
    { scope: input.scope, role: input.role ?? '', createContact: input.createContact ?? false, ...target },
    onBehalf,
  );
}

function namesOf(displayName: string): { firstName: string; lastName: string } {
  const space = displayName.lastIndexOf(' ');
  return space > 0
    ? { firstName: displayName.slice(0, space), lastName: displayName.slice(space + 1) }
    : { firstName: displayName, lastName: '' };
}

/**
 * A join spans identity (the link, the limits, the login and portal user), crm (the contact; for a
 * tenant link a new client) and portal (the new client's workspace). Identity checks everything it can
 * first (StartJoin), so a refused join creates nothing in crm or portal; the records are made by the
 * gateway's own service principal, since the person joining has no account yet.
 */
export async function joinThroughLink(
  backends: Backends,
  token: string,
  form: { displayName: string; email: string; password: string },
  origin: { ipAddress: string; userAgent: string },
): Promise<{ email: string }> {
  const started = await backends.joinLinks.startJoin({ token, ...form, ...origin });
  const platform = on(servicePrincipal('gateway', started.tenantId));
  const contact = {
    ...namesOf(started.displayName),
    email: started.email,
    role: CONTACT_ROLES.includes(started.role) ? started.role : 'decision-maker',
  };
  let target = {
    clientId: started.clientId,
    clientName: started.clientName,
    workspaceId: started.workspaceId,
    workspaceName: started.workspaceName,
    contactId: '',
  };
  if (started.scope === 'tenant') {
    const client = await createIndividualClient(
      backends,
      started.displayName,
      contact,
      started.createdBy,
      platform,
    );
    const workspace = await backends.portal.createWorkspace(
      { clientId: client.id, clientName: client.name, name: '', projectId: '', projectName: '' },
      platform,
    );
    target = {
      clientId: client.id,
      clientName: client.name,
      workspaceId: workspace.id,
      workspaceName: workspace.name,
      contactId: client.contacts.find((candidate) => candidate.email === started.email)?.id ?? '',
    };
  } else if (started.createContact) {
    target.contactId = await addContact(backends, started.clientId, contact, platform);
  }
  const done = await backends.joinLinks.completeJoin(
    { joinId: started.joinId, token, password: form.password, ...target },
    platform,
  );
  return { email: done.email };
}

/** The joiner as a new client (an individual) whose primary contact they are, owned by the link's author. */
async function createIndividualClient(
  backends: Backends,
  name: string,
  contact: { firstName: string; lastName: string; email: string; role: string },
  ownerUserId: string,
  platform: CallOptions,
) {
  const request = { name, primaryContact: contact, ownerUserId };
  try {
    return await backends.crm.createClient(request, platform);
  } catch (error) {
    // The link's author left the team meanwhile: the client is created without that owner.
    if (!isDomainError(error) || error.code !== 'INVALID_ARGUMENT') throw error;
    return backends.crm.createClient({ ...request, ownerUserId: '' }, platform);
  }
}

/** Adds the joiner to the workspace's client; retried when staff changed the client at that moment. */
async function addContact(
  backends: Backends,
  clientId: string,
  contact: { firstName: string; lastName: string; email: string; role: string },
  platform: CallOptions,
): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const client = await backends.crm.getClient({ clientId }, platform);
    const known = client.contacts.find((candidate) => candidate.email.toLowerCase() === contact.email);
    if (known) return known.id;
    try {
      const updated = await backends.crm.addContact(
        { clientId, contact, primary: false, expectedVersion: client.version },
        platform,
      );
      return updated.contacts.find((candidate) => candidate.email.toLowerCase() === contact.email)?.id ?? '';
    } catch (error) {
      if (attempt >= 2 || !isDomainError(error) || error.code !== 'FAILED_PRECONDITION') throw error;
    }
  }
}
