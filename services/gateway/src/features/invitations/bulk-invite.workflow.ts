import { DomainError } from '@client-portal/kit';
import type { Backends } from '../../http/backends.js';
import type { CallOptions } from '../../http/route.js';
import { enablePortal } from '../portal/enable-portal.workflow.js';

export interface BulkInviteLine {
  email: string;
  /** For a new contact (none in the CRM with this address); an existing contact keeps its name. */
  firstName: string;
  lastName: string;
  /** The portal role of this person (a role id: built-in or the tenant's). */
  role: string;
  /** At least one of the client's workspaces. */
  workspaceIds: string[];
}

const CRM_CONTACT_ROLES: readonly string[] = ['decision-maker', 'technical', 'billing', 'observer'];

export type LineOutcome = 'invited' | 'failed';

export interface BulkInviteResult {
  /** 1-based, as the person typed the lines. */
  line: number;
  email: string;
  outcome: LineOutcome;
  /** Machine code of a failure: invalid_format, duplicate, staff_member, other_client, required, … */
  reason: string;
  message: string;
  /** The CRM contact (found, or created for this line). */
  contactId: string;
  contactCreated: boolean;
  /** The workspaces this line put the person in (those they were in already are not repeated). */
  workspaceIds: string[];
}

/** A refusal's machine code and message, for the line it belongs to. */
function failureOf(error: unknown): { reason: string; message: string } {
  if (!(error instanceof DomainError)) throw error;
  const violation = error.violations[0];
  return {
    reason: error.reason ?? violation?.code ?? error.code.toLowerCase(),
    message: violation ? `${error.message}: ${violation.message}` : error.message,
  };
}

/**
 * Invites many people of one client at once, one line each (Holded / Flowlu bulk invite). It spans
 * crm (the client, its contacts: found by e-mail or created), portal (the client's workspaces) and
 * identity (the rules on addresses, then one invitation per person through the workspace members
 * flow). Each line succeeds or fails on its own: the good lines go out, each bad one says why, and a
 * refused line writes nothing (its problems are checked before its contact is created).
 */
export async function bulkInvite(
  backends: Backends,
  clientId: string,
  lines: readonly BulkInviteLine[],
  onBehalf: CallOptions,
): Promise<{ results: BulkInviteResult[] }> {
  if (lines.length === 0)
    throw DomainError.invalid('Nothing to send', [
      { field: 'lines', message: 'Write at least one e-mail address', code: 'required' },
    ]);
  const client = await backends.crm.getClient({ clientId }, onBehalf);
  const { checks } = await backends.clientInvitations.checkInvitees(
    { clientId: client.id, emails: lines.map((line) => line.email) },
    onBehalf,
  );
  const { workspaces } = await backends.portal.listWorkspaces({ clientId: client.id }, onBehalf);
  let contacts = client.contacts;
  const results: BulkInviteResult[] = [];
  for (const [index, line] of lines.entries()) {
    const check = checks[index];
    const email = check?.email ?? line.email.trim().toLowerCase();
    const base = { line: index + 1, email, contactId: '', contactCreated: false, workspaceIds: [] };
    const fail = (reason: string, message: string) =>
      results.push({ ...base, outcome: 'failed', reason, message });
    if (check?.problem) {
      fail(check.problem, check.message);
      continue;
    }
    const wanted = [...new Set(line.workspaceIds.map((id) => id.trim()).filter(Boolean))];
    if (wanted.length === 0) {
      fail('required', `Choose at least one workspace for ${email}`);
      continue;
    }
    const unknown = wanted.find((id) => !workspaces.some((workspace) => workspace.id === id));
    if (unknown) {
      fail('invalid_value', `Choose workspaces of ${client.name} for ${email}`);
      continue;
    }

    let contact = contacts.find((candidate) => candidate.email.toLowerCase() === email);
    let contactCreated = false;
    if (!contact) {
      try {
        const updated = await backends.crm.addContact(
          {
            clientId: client.id,
            contact: {
              firstName: line.firstName,
              lastName: line.lastName,
              email,
              phone: '',
              mobile: '',
              // The CRM knows the four built-in roles: a tenant role leaves crm's default.
              role: CRM_CONTACT_ROLES.includes(line.role) ? line.role : '',
            },
            primary: false,
            expectedVersion: 0,
          },
          onBehalf,
        );
        contacts = updated.contacts;
        contact = contacts.find((candidate) => candidate.email.toLowerCase() === email);
        contactCreated = true;
      } catch (error) {
        const failure = failureOf(error);
        fail(failure.reason, `${email}: ${failure.message}`);
        continue;
      }
    }
    if (!contact) {
      fail('unavailable', `${email}: the contact could not be created`);
      continue;
    }

    const added: string[] = [];
    let failure: { reason: string; message: string } | undefined;
    for (const workspaceId of wanted) {
      const workspace = workspaces.find((candidate) => candidate.id === workspaceId);
      try {
        await backends.workspaceAccess.addWorkspaceMember(
          {
            workspaceId,
            workspaceName: workspace?.name ?? '',
            clientId: client.id,
            clientName: client.name,
            contactId: contact.id,
            email: contact.email,
            displayName: `${contact.firstName} ${contact.lastName}`.trim(),
            role: line.role,
            rights: [],
            mobile: contact.mobile,
          },
          onBehalf,
        );
        added.push(workspaceId);
      } catch (error) {
        // Already in that workspace: nothing to do there, the line still counts for the others.
        if (error instanceof DomainError && error.reason === 'member.exists') continue;
        failure = failureOf(error);
        break;
      }
    }
    const done = { ...base, contactId: contact.id, contactCreated, workspaceIds: added };
    if (failure) results.push({ ...done, outcome: 'failed', ...failure });
    else if (added.length === 0)
      results.push({
        ...done,
        outcome: 'failed',
        reason: 'member.exists',
        message: `${email} is in ${wanted.length === 1 ? 'this workspace' : 'these workspaces'} already`,
      });
    else results.push({ ...done, outcome: 'invited', reason: '', message: '' });
  }
  return { results };
}

export interface PortalLinkResult {
  clientId: string;
  clientName: string;
  email: string;
  outcome: LineOutcome;
  reason: string;
  message: string;
}

/**
 * "Send the portal link" to the clients selected in the client list (Holded): each client's primary
 * contact gets an invitation to the client's portal (the portal is enabled on the way when it was
 * not). A resend replaces the pending link. One client's failure does not stop the others.
 */
export async function sendPortalLinks(
  backends: Backends,
  clientIds: readonly string[],
  onBehalf: CallOptions,
): Promise<{ results: PortalLinkResult[] }> {
  const unique = [...new Set(clientIds.map((id) => id.trim()).filter(Boolean))];
  if (unique.length === 0)
    throw DomainError.invalid('Nothing selected', [
      { field: 'clientIds', message: 'Select at least one client', code: 'required' },
    ]);
  if (unique.length > 50)
    throw DomainError.invalid('Too many clients', [
      { field: 'clientIds', message: 'At most 50 clients at once', code: 'too_big' },
    ]);
  const results: PortalLinkResult[] = [];
  for (const clientId of unique) {
    try {
      const { invitation } = await enablePortal(backends, clientId, onBehalf);
      results.push({
        clientId,
        clientName: invitation?.clientName ?? '',
        email: invitation?.email ?? '',
        outcome: 'invited',
        reason: '',
        message: '',
      });
    } catch (error) {
      results.push({ clientId, clientName: '', email: '', outcome: 'failed', ...failureOf(error) });
    }
  }
  return { results };
}
