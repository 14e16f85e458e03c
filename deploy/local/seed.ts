// Seeds the demo tenants through the services' own gRPC APIs, so the data is exactly what the product
// would have written: each tenant and its owner (identity's EnsureTenant), then the demo agency's clients,
// contacts, invoices, portal workspaces, conversations and two client users whose passwords are set
// through the real invitation path (the e-mail notification sends, read from Mailpit, then
// AcceptInvitation). Idempotent: everything is looked up by its natural key first (tenant slug, client
// name, contact e-mail, invoice description, one workspace per client, invitation e-mail, a conversation
// only when the workspace has none), so running it again adds nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createServiceClient } from '@client-portal/contracts';
import {
  DEVELOPMENT_PRINCIPAL_KEYS,
  principalSignerFromConfig,
  repoRoot,
  DEFAULT_PORTAL_RIGHTS,
  servicePrincipal,
  type Principal,
} from '@client-portal/kit';
import { DEMO_AGENCY_SLUG, DEMO_CLIENTS, DEMO_INTERNAL_NOTES, type DemoClient } from './demo-agency.js';
import { seedProjects } from './seed-projects.js';
import { seedTasks } from './seed-tasks.js';
import { seedBillingProfile } from './seed-billing-profile.js';
import { seedCatalog } from './seed-catalog.js';
import { seedDeliverables } from './seed-deliverables.js';
import { seedSubscriptions } from './seed-subscriptions.js';
import {
  firstWorkspace,
  seedBranding,
  seedPortalSettings,
  seedWorkspaceContent,
} from './seed-workspace-content.js';

interface Layout {
  demo: {
    tenants: { slug: string; name: string; ownerEmail: string; ownerName: string; ownerPassword: string }[];
    clientUsers: { tenant: string; client: string; email: string; name: string; password: string }[];
    staff: { tenant: string; email: string; name: string; role: string; password: string }[];
  };
}

const layout = JSON.parse(
  readFileSync(path.join(repoRoot(), 'deploy/local/services.json'), 'utf8'),
) as Layout;
const address = (service: string, fallback: number) =>
  process.env[`${service.toUpperCase()}_GRPC_ADDRESS`] ?? `127.0.0.1:${fallback}`;
// The seed signs its principal as issuer `seed`, which the services' development defaults trust.
const signer = principalSignerFromConfig(
  'seed',
  process.env.PRINCIPAL_SIGNING_KEY || DEVELOPMENT_PRINCIPAL_KEYS.privateKey,
);
const options = { deadlineMs: 30_000, signer };
const identity = createServiceClient('identity', address('identity', 17051), options);
const crm = createServiceClient('crm', address('crm', 17052), options);
const projects = createServiceClient('projects', address('crm', 17052), options);
const portal = createServiceClient('portal', address('portal', 17053), options);
const tasks = createServiceClient('tasks', address('portal', 17053), options);
const documents = createServiceClient('documents', address('billing', 17054), options);
const billingProfile = createServiceClient('billingProfile', address('billing', 17054), options);
const recurring = createServiceClient('recurring', address('billing', 17054), options);
const messaging = createServiceClient('messaging', address('messaging', 17055), options);
// crm also serves the activity API (timeline, notes).
const activity = createServiceClient('activity', address('crm', 17052), options);
// billing also serves the catalog API (products, switch, orders).
const catalog = createServiceClient('catalog', address('billing', 17054), options);
const deliverables = createServiceClient('deliverables', address('portal', 17053), options);
// --- tidy slice: workspace content, files, home buttons, branding.
const files = createServiceClient('files', address('portal', 17053), options);
const content = createServiceClient('content', address('portal', 17053), options);
const portalSettings = createServiceClient('portalSettings', address('portal', 17053), options);
const branding = createServiceClient('branding', address('identity', 17051), options);
const MAILPIT_URL = process.env.MAILPIT_URL ?? 'http://127.0.0.1:18025';

const say = (line: string) => process.stderr.write(`  ${line}\n`);
const as = (principal: Principal) => ({ principal });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** Retries a call that depends on an event another service has not consumed yet (a read model). */
async function eventually<T>(what: string, call: () => Promise<T>, seconds = 90): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      await sleep(500);
    }
  }
}

/** The invitation link's token from the newest e-mail Mailpit holds for the address. */
async function invitationToken(email: string): Promise<string> {
  return eventually(`the invitation e-mail to ${email}`, async () => {
    const query = encodeURIComponent(`to:"${email}"`);
    const search = await fetch(`${MAILPIT_URL}/api/v1/search?query=${query}`);
    const { messages } = (await search.json()) as { messages: { ID: string }[] };
    for (const summary of messages) {
      const message = (await (await fetch(`${MAILPIT_URL}/api/v1/message/${summary.ID}`)).json()) as {
        Text: string;
      };
      const token = /\/invitations\/([\w-]+)/.exec(message.Text)?.[1];
      if (token) return token;
    }
    throw new Error('not received yet');
  });
}

// --- Team (issue #8, team slice): the demo agency's admin, manager and member ---------------------

/** The newest team invitation link e-mailed to someone (Mailpit lists the newest first). */
async function teamInvitationToken(email: string): Promise<string> {
  return eventually(`the team invitation e-mail to ${email}`, async () => {
    const query = encodeURIComponent(`to:"${email}"`);
    const search = await fetch(`${MAILPIT_URL}/api/v1/search?query=${query}`);
    const { messages } = (await search.json()) as { messages: { ID: string }[] };
    for (const summary of messages) {
      const message = (await (await fetch(`${MAILPIT_URL}/api/v1/message/${summary.ID}`)).json()) as {
        Text: string;
      };
      const token = /\/team-invitations\/([\w-]+)/.exec(message.Text)?.[1];
      if (token) return token;
    }
    throw new Error('not received yet');
  });
}

/**
 * Each demo staff member joins as a person would: invited by the owner, the link from the e-mail, a
 * password. Idempotent by e-mail: a member already active is kept; one still invited gets a fresh link.
 */
async function seedTeam(owner: Principal, tenantSlug: string): Promise<string[]> {
  const done: string[] = [];
  const { staff: team } = await identity.listStaff({ includeInactive: true }, as(owner));
  for (const person of layout.demo.staff.filter((candidate) => candidate.tenant === tenantSlug)) {
    const existing = team.find((member) => member.email === person.email);
    if (existing && existing.status !== 'invited') continue;
    if (existing) await identity.resendStaffInvitation({ staffId: existing.id }, as(owner));
    else
      await identity.inviteStaff(
        { email: person.email, displayName: person.name, role: person.role },
        as(owner),
      );
    // A resent link replaces the previous one: retry until the newest e-mail has arrived.
    await eventually(`${person.email} joining the team`, async () => {
      const token = await teamInvitationToken(person.email);
      await identity.acceptStaffInvitation({ token, password: person.password });
    });
    done.push('staff member');
  }
  return done;
}

// --- end of the team block ------------------------------------------------------------------------

async function seedClient(
  client: DemoClient,
  staff: Principal,
  tenantName: string,
  clientUser: Layout['demo']['clientUsers'][number] | undefined,
): Promise<string[]> {
  const done: string[] = [];
  const [primary, ...others] = client.contacts;
  if (!primary) throw new Error(`${client.name} has no contact`);
  const { clients } = await crm.listClients({ search: client.name, page: { pageSize: 100 } }, as(staff));
  let stored = clients.find((candidate) => candidate.name === client.name);
  if (!stored) {
    // --- client record (clients slice): created in its first status, then moved on, so the status
    // history reads as the relationship went; website and address with it.
    const [firstStatus, ...laterStatuses] = [...(client.earlierStatuses ?? []), client.status];
    stored = await crm.createClient(
      {
        name: client.name,
        industry: client.industry,
        phone: client.phone,
        notes: client.notes,
        status: firstStatus,
        primaryContact: { ...primary, mobile: '' },
        website: client.website ?? '',
        address: client.address ?? null,
      },
      as(staff),
    );
    for (const status of laterStatuses)
      stored = await crm.updateClient(
        {
          ...stored,
          clientId: stored.id,
          expectedVersion: stored.version,
          address: stored.address,
          status,
        },
        as(staff),
      );
    done.push('client');
  }
  const clientId = stored.id;
  const known = new Set(stored.contacts.map((contact) => contact.email.toLowerCase()));
  for (const contact of others.filter((candidate) => !known.has(candidate.email.toLowerCase()))) {
    // crm guards a client's document with optimistic concurrency, and its own event relay writes the
    // same document right after a change: on a conflict, reload and add again unless it is there.
    stored = await eventually(`contact ${contact.email}`, async () => {
      const current = await crm.getClient({ clientId }, as(staff));
      if (current.contacts.some((existing) => existing.email.toLowerCase() === contact.email.toLowerCase()))
        return current;
      return crm.addContact(
        { clientId, contact: { ...contact, mobile: '' }, primary: false, expectedVersion: current.version },
        as(staff),
      );
    });
    done.push(`contact ${contact.role}`);
  }

  // --- documents slice: invoices and the other kinds are billing documents, keyed by first line ---
  const existing = await documents.listDocuments({ clientId, page: { pageSize: 100 } }, as(staff));
  const byDescription = new Map(
    existing.documents.map((document) => [document.lines[0]?.description, document]),
  );
  const demoDocuments = [
    ...client.invoices.map((invoice) => ({ ...invoice, kind: 'invoice', issue: true, creditOf: '' })),
    ...(client.documents ?? []),
  ];
  for (const wanted of demoDocuments.filter((candidate) => !byDescription.has(candidate.description))) {
    const line = {
      description: wanted.description,
      quantityMilli: wanted.quantityMilli,
      unitPriceMinor: wanted.unitPriceMinor,
      taxRateBasisPoints: wanted.taxRateBasisPoints,
    };
    const credited = wanted.creditOf ? byDescription.get(wanted.creditOf) : undefined;
    const draft = await eventually(`${wanted.kind} ${wanted.description}`, () =>
      credited
        ? documents.createCreditNote({ invoiceId: credited.id, lines: [line] }, as(staff))
        : documents.createDraft(
            {
              clientId,
              clientName: client.name,
              kind: wanted.kind,
              currency: wanted.currency,
              dueDate: wanted.kind === 'delivery_note' ? '' : day(wanted.dueInDays),
              lines: [line],
            },
            as(staff),
          ),
    );
    const document = wanted.issue
      ? await documents.issueDocument(
          { documentId: draft.id, expectedVersion: draft.version, tenantName },
          as(staff),
        )
      : draft;
    byDescription.set(wanted.description, document);
    done.push(wanted.kind);
  }

  if (!client.portal) return done;
  // Enabling the portal as the gateway's workflow does: a workspace, then the primary contact invited.
  const { workspaces } = await portal.listWorkspaces({ clientId }, as(staff));
  let workspace = firstWorkspace(workspaces);
  if (!workspace) {
    workspace = await portal.enablePortal(
      { clientId, clientName: client.name, workspaceName: '' },
      as(staff),
    );
    done.push('workspace');
  }
  const primaryStored = stored.contacts.find((contact) => contact.primary);
  const { invitations } = await identity.listInvitations({ clientId }, as(staff));
  let invitation = invitations.find((candidate) => candidate.email.toLowerCase() === primary.email);
  if (!invitation && primaryStored) {
    const invited = await identity.inviteExternalUser(
      {
        email: primary.email,
        displayName: `${primary.firstName} ${primary.lastName}`,
        clientId,
        contactId: primaryStored.id,
        workspaceId: workspace.id,
        workspaceName: workspace.name,
        clientName: client.name,
        role: primary.role,
      },
      as(staff),
    );
    invitation = invited.invitation ?? undefined;
    done.push('invitation');
  }

  // The client user's password is set as a person would: the link in the invitation e-mail.
  let clientPrincipal: Principal | undefined;
  if (clientUser && invitation && invitation.status !== 'accepted') {
    const token = await invitationToken(clientUser.email);
    const { user } = await identity.acceptInvitation({ token, password: clientUser.password });
    if (user)
      clientPrincipal = {
        userId: user.id,
        tenantId: user.tenantId,
        kind: 'client',
        clientId: user.clientId,
        contactId: user.contactId,
        workspaceIds: user.workspaceIds,
        // What identity would put on their sign-in: their role's rights in each workspace.
        workspaceAccess: user.workspaceIds.map((workspaceId) => ({
          workspaceId,
          rights: [...(DEFAULT_PORTAL_RIGHTS[user.role] ?? [])],
        })),
        displayName: user.displayName,
      };
    done.push('client login');
  }

  // A conversation only in a workspace that has none (the messaging service learns of the workspace
  // from portal's events: retry until it has).
  const workspaceId = workspace.id;
  const { messages } = await eventually('the conversation', () =>
    messaging.listMessages({ workspaceId, page: { pageSize: 1 } }, as(staff)),
  );
  if (messages.length === 0) {
    for (const message of client.portal.messages) {
      const author = message.from === 'agency' ? staff : clientPrincipal;
      if (!author) continue; // the client user was activated by an earlier run: its lines are not replayed
      await eventually('a message', () =>
        messaging.postMessage({ workspaceId, body: message.body, authorDisplayName: '' }, as(author)),
      );
      done.push('message');
    }
  }
  return done;
}

// --- activity slice: internal notes, keyed by their text on the client's timeline. -------------------
async function seedNotes(staff: Principal): Promise<string[]> {
  const done: string[] = [];
  for (const { client: name, notes } of DEMO_INTERNAL_NOTES) {
    const { clients } = await crm.listClients({ search: name, page: { pageSize: 100 } }, as(staff));
    const client = clients.find((candidate) => candidate.name === name);
    if (!client) continue;
    const { entries } = await activity.listTimeline(
      { clientId: client.id, category: 'note', page: { pageSize: 100 } },
      as(staff),
    );
    const written = new Set(entries.map((entry) => entry.body));
    for (const body of notes.filter((note) => !written.has(note))) {
      await activity.addNote({ clientId: client.id, body }, as(staff));
      done.push('note');
    }
  }
  return done;
}

try {
  for (const tenant of layout.demo.tenants) {
    const result = await identity.ensureTenant(
      {
        slug: tenant.slug,
        name: tenant.name,
        ownerEmail: tenant.ownerEmail,
        ownerDisplayName: tenant.ownerName,
        ownerPassword: tenant.ownerPassword,
        defaultLanguage: 'en',
      },
      as(servicePrincipal('seed', tenant.slug)),
    );
    say(`${result.created ? 'created' : 'kept'} tenant ${tenant.name} (owner ${tenant.ownerEmail})`);
    if (tenant.slug !== DEMO_AGENCY_SLUG || !result.tenant || !result.owner) continue;
    const staff: Principal = {
      userId: result.owner.id,
      tenantId: result.tenant.id,
      kind: 'staff',
      staffRole: 'owner',
      workspaceIds: [],
      displayName: result.owner.displayName,
    };
    const added: string[] = [...(await seedTeam(staff, tenant.slug))];
    // --- tidy slice: the tenant's branding and home buttons (and the embed allow-list) first.
    added.push(...(await seedBranding({ branding }, staff)));
    added.push(...(await seedPortalSettings({ portalSettings }, staff)));
    for (const client of DEMO_CLIENTS) {
      const clientUser = layout.demo.clientUsers.find(
        (user) => user.tenant === tenant.slug && user.client === client.name,
      );
      added.push(...(await seedClient(client, staff, tenant.name, clientUser)));
      added.push(
        ...(await seedProjects(
          { crm, projects },
          client.name,
          staff,
          clientUser && { email: clientUser.email, name: clientUser.name },
        )),
      );
      // Tasks slice: a few tasks in the client's workspace (once).
      added.push(...(await seedTasks({ crm, portal, tasks }, client.name, staff)));
      // Recurring slice: the client's subscriptions.
      added.push(...(await seedSubscriptions({ crm, recurring }, client.name, staff, tenant.name)));
      // Deliverables slice: one deliverable awaiting the client's approval in its workspace.
      added.push(...(await seedDeliverables({ crm, portal, deliverables }, client.name, staff)));
      // --- tidy slice: links, an embed, notes, a shared folder and files, a second workspace.
      added.push(...(await seedWorkspaceContent({ crm, portal, files, content }, client.name, staff)));
    }
    added.push(...(await seedNotes(staff)));
    added.push(...(await seedBillingProfile({ crm, billingProfile }, staff)));
    // --- catalog slice: products, the portal switch, one order from the first demo client user.
    added.push(
      ...(await seedCatalog(
        { crm, catalog },
        staff,
        layout.demo.clientUsers.find((user) => user.tenant === tenant.slug),
      )),
    );
    const counts = new Map<string, number>();
    for (const kind of added) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    say(
      added.length === 0
        ? `kept the ${DEMO_CLIENTS.length} demo clients of ${tenant.name}: nothing to add`
        : `added to ${tenant.name}: ${[...counts].map(([kind, count]) => `${count} ${kind}`).join(', ')}`,
    );
  }
} finally {
  for (const client of [
    identity,
    crm,
    projects,
    portal,
    tasks,
    documents,
    billingProfile,
    recurring,
    catalog,
    deliverables,
    messaging,
    activity,
    files,
    content,
    portalSettings,
    branding,
  ])
    client.close();
}
