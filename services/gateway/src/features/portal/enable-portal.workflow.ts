import { DomainError } from '@client-portal/kit';
import type { Backends } from '../../http/backends.js';
import type { CallOptions } from '../../http/route.js';

/**
 * Enabling a client's portal spans three services: crm says who the primary contact is, portal
 * creates the workspace, identity invites the contact into it (and e-mails the link through events).
 * Each step is idempotent on its side, so a retry after a failure part-way finishes the job.
 */
export async function enablePortal(backends: Backends, clientId: string, onBehalf: CallOptions) {
  const client = await backends.crm.getClient({ clientId }, onBehalf);
  const contact = client.contacts.find((candidate) => candidate.primary);
  if (!contact)
    throw DomainError.precondition(
      `${client.name} has no primary contact to invite: add one first`,
      'client.primary_contact_missing',
    );
  const workspace = await backends.portal.enablePortal(
    { clientId: client.id, clientName: client.name },
    onBehalf,
  );
  const invited = await backends.identity.inviteExternalUser(
    {
      email: contact.email,
      displayName: `${contact.firstName} ${contact.lastName}`.trim(),
      clientId: client.id,
      contactId: contact.id,
      workspaceId: workspace.id,
      workspaceName: workspace.name,
      clientName: client.name,
      role: contact.role,
      mobile: contact.mobile,
    },
    onBehalf,
  );
  return { workspace, invitation: invited.invitation };
}
