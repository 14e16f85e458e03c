import { randomUUID } from 'node:crypto';
import type { Principal } from '@client-portal/kit';
import { on } from '../services/gateway/src/http/backends.js';
import {
  partnerPrincipal,
  type PartnerApplication,
  type PartnerCall,
} from '../services/gateway/src/partner/call.js';
import type { PartnerMethod } from '../services/gateway/src/partner/call.js';
import type { PartnerResource } from '../services/gateway/src/partner/server.js';
import { filesResource } from '../services/gateway/src/partner/resources/files.js';
import { messagesResource } from '../services/gateway/src/partner/resources/messages.js';
import { workspacesResource } from '../services/gateway/src/partner/resources/workspaces.js';
import { MessageRepository } from '../services/messaging/src/store/message.repository.js';
import { WorkspaceRepository } from '../services/portal/src/store/workspace.repository.js';
import { addClientUser, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Page {
  nextPageToken: string;
}
interface Stamped {
  id: string;
  updatedAt: string;
}

async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch((error: unknown) => error as T);
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** (updated_at, id) ascending: the partner API's one list order. */
function inSyncOrder(items: Stamped[]): boolean {
  return items.every((item, index) => {
    const previous = items[index - 1];
    if (!previous) return true;
    return (
      previous.updatedAt < item.updatedAt || (previous.updatedAt === item.updatedAt && previous.id < item.id)
    );
  });
}

const later = (instant: string) => new Date(Date.parse(instant) + 1).toISOString();

/**
 * The partner API's workspace, file and message resources, called through their handlers against the
 * real services (portal, messaging, notification, S3Proxy): field-by-field mapping with no internal
 * field, paging and incremental sync in (updated_at, id) order, download links, posting as the
 * application, internal conversations and other tenants' ids answering NOT_FOUND.
 */
describe('partner API: workspaces, files, messages', () => {
  let platform: Platform;
  let tenantId: string;
  let otherTenantId: string;
  let owner: Principal;
  let call: PartnerCall;
  let otherCall: PartnerCall;
  let methods: (resource: PartnerResource) => Record<string, PartnerMethod>;
  /** Calls a method's handler as the application `as` (tenant A's unless said). */
  let invoke: <Response = unknown>(
    resource: PartnerResource,
    method: string,
    request: unknown,
    as?: PartnerCall,
  ) => Promise<Response>;
  const clientId = randomUUID();
  const workspaceIds: string[] = [];

  const application = (tenant: string, name: string): PartnerApplication => ({
    applicationId: randomUUID(),
    tenantId: tenant,
    name,
    scopes: ['workspaces:read', 'files:read', 'messages:read', 'messages:write'],
    rateLimitPerMinute: 600,
  });
  const callOf = (app: PartnerApplication): PartnerCall => ({
    application: app,
    principal: partnerPrincipal(app),
    signal: new AbortController().signal,
    correlationId: 't',
  });

  /** Every item of a list, page by page (`size` per page), with the number of pages it took. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the item type
  async function pageThrough<Item>(
    resource: PartnerResource,
    method: string,
    key: string,
    request: Record<string, unknown>,
    size: number,
    updatedSince = '',
  ): Promise<{ items: Item[]; pages: number }> {
    const items: Item[] = [];
    let token = '';
    let pages = 0;
    do {
      const answer = await invoke<Record<string, unknown> & Page>(resource, method, {
        ...request,
        options: { pageSize: size, pageToken: token, updatedSince },
      });
      items.push(...(answer[key] as Item[]));
      token = answer.nextPageToken;
      pages += 1;
    } while (token && pages < 50);
    return { items, pages };
  }

  beforeAll(async () => {
    platform = await Platform.start();
    const agency = await createTenant(platform, { name: 'Partner Portal Agency' });
    tenantId = agency.tenantId;
    otherTenantId = (await createTenant(platform, { name: 'Other Agency' })).tenantId;
    owner = {
      userId: agency.owner.userId,
      tenantId,
      kind: 'staff',
      staffRole: 'owner',
      displayName: 'Olivia Owner',
      workspaceIds: [],
    };
    call = callOf(application(tenantId, 'Acme Books'));
    otherCall = callOf(application(otherTenantId, 'Other Books'));
    methods = (resource) => resource.methods(platform.gateway.backends);
    invoke = async <Response>(resource: PartnerResource, method: string, request: unknown, as = call) => {
      const handler = methods(resource)[method];
      if (!handler) throw new Error(`no ${method}`);
      return (await handler.handle(request as never, as)) as Response;
    };
    const portal = platform.gateway.backends.portal;
    for (const name of ['Website', 'Brand book', 'Ads'])
      workspaceIds.push(
        (
          await portal.createWorkspace(
            { clientId, clientName: 'Globex', name, projectId: '', projectName: '' },
            on(owner),
          )
        ).id,
      );
  }, 120_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('workspaces: mapped field by field, paged in sync order, updated_since, archived, NOT_FOUND across tenants', async () => {
    const all = await pageThrough<Stamped & Record<string, unknown>>(
      workspacesResource,
      'ListWorkspaces',
      'workspaces',
      { clientId, includeArchived: false },
      2,
    );
    expect(all.pages).toBe(2);
    expect(all.items.map((workspace) => workspace.id).sort()).toEqual([...workspaceIds].sort());
    expect(inSyncOrder(all.items)).toBe(true);
    const website = all.items.find((workspace) => workspace.name === 'Website');
    expect(website).toEqual({
      id: workspaceIds[0],
      clientId,
      name: 'Website',
      projectId: '',
      modules: expect.arrayContaining(['files', 'messages']) as unknown,
      archived: false,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/) as unknown,
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/) as unknown,
    });
    // Portal's internal fields (tenant, client name, shared documents, tabs) never leave.
    const json = JSON.stringify(all.items);
    for (const leaked of [tenantId, 'Globex', 'tenantId', 'clientName', 'tabs', 'documents'])
      expect(json).not.toContain(leaked);

    // Incremental sync: after the greatest updated_at seen, only what changed.
    const since = later(
      all.items
        .map((workspace) => workspace.updatedAt)
        .sort()
        .at(-1) ?? '',
    );
    const portal = platform.gateway.backends.portal;
    await portal.renameWorkspace({ workspaceId: workspaceIds[1] ?? '', name: 'Brand book 2027' }, on(owner));
    const changed = await pageThrough<Stamped & { name: string }>(
      workspacesResource,
      'ListWorkspaces',
      'workspaces',
      { clientId, includeArchived: false },
      2,
      since,
    );
    expect(changed.items.map((workspace) => [workspace.id, workspace.name])).toEqual([
      [workspaceIds[1], 'Brand book 2027'],
    ]);
    expect((changed.items[0]?.updatedAt ?? '') >= since).toBe(true);

    // Archived: left out unless asked for, and it moved to the end of the sync order.
    await portal.archiveWorkspace({ workspaceId: workspaceIds[2] ?? '' }, on(owner));
    const active = await pageThrough<Stamped>(
      workspacesResource,
      'ListWorkspaces',
      'workspaces',
      { clientId },
      10,
    );
    expect(active.items.map((workspace) => workspace.id)).not.toContain(workspaceIds[2]);
    const everything = await pageThrough<Stamped & { archived: boolean }>(
      workspacesResource,
      'ListWorkspaces',
      'workspaces',
      { clientId, includeArchived: true },
      10,
    );
    expect(everything.items.at(-1)).toMatchObject({ id: workspaceIds[2], archived: true });

    const got = await invoke<{ name: string }>(workspacesResource, 'GetWorkspace', { id: workspaceIds[1] });
    expect(got).toMatchObject({ id: workspaceIds[1], name: 'Brand book 2027', clientId });
    expect(JSON.stringify(got)).not.toContain(tenantId);
    // Another tenant's application: NOT_FOUND, and its lists hold nothing of tenant A.
    await expect(
      invoke(workspacesResource, 'GetWorkspace', { id: workspaceIds[1] }, otherCall),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await invoke(workspacesResource, 'ListWorkspaces', { clientId: '', options: null }, otherCall),
    ).toEqual({ workspaces: [], nextPageToken: '' });
    await expect(invoke(workspacesResource, 'GetWorkspace', { id: ' ' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [expect.objectContaining({ field: 'id' })],
    });

    // A page token only fits its list and filters.
    const first = await invoke<Page>(workspacesResource, 'ListWorkspaces', {
      clientId,
      includeArchived: true,
      options: { pageSize: 1 },
    });
    for (const [request, list] of [
      [{ clientId: randomUUID(), includeArchived: true }, 'ListWorkspaces'],
      [{ workspaceId: '' }, 'ListFiles'],
    ] as const)
      await expect(
        invoke(list === 'ListFiles' ? filesResource : workspacesResource, list, {
          ...request,
          options: { pageToken: first.nextPageToken },
        }),
      ).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        violations: [expect.objectContaining({ field: 'options.page_token' })],
      });
    await expect(
      invoke(workspacesResource, 'ListWorkspaces', { clientId, options: { pageToken: 'garbage' } }),
    ).rejects.toMatchObject({ violations: [expect.objectContaining({ field: 'options.page_token' })] });
    await expect(
      invoke(workspacesResource, 'ListWorkspaces', { clientId, options: { updatedSince: 'yesterday' } }),
    ).rejects.toMatchObject({ violations: [expect.objectContaining({ field: 'options.updated_since' })] });
  }, 60_000);

  it('files: ready files of every workspace in sync order, internal ones flagged, a 5-minute download link', async () => {
    const files = platform.gateway.backends.files;
    const [website, brand] = workspaceIds as [string, string];
    const upload = async (workspaceId: string, name: string, text: string, clientVisible: boolean) => {
      const bytes = Buffer.from(text);
      const started = await files.requestUpload(
        { workspaceId, folderId: '', name, sizeBytes: String(bytes.length), clientVisible },
        on(owner),
      );
      const put = await fetch(started.uploadUrl, {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream' },
        body: bytes,
      });
      expect(put.status).toBe(200);
      const done = await files.completeUpload({ workspaceId, fileId: started.file?.id ?? '' }, on(owner));
      return done.id;
    };
    const brief = await upload(website, 'brief.txt', 'The brief, version 1\n', true);
    const notes = await upload(website, 'internal-notes.txt', 'Margins are thin\n', false);
    const logo = await upload(brand, 'logo-notes.txt', 'Blue, not green\n', true);
    // A pending upload (bytes never sent) is not a file yet.
    await files.requestUpload(
      { workspaceId: website, folderId: '', name: 'pending.txt', sizeBytes: '10', clientVisible: true },
      on(owner),
    );

    const all = await pageThrough<Stamped & Record<string, unknown>>(
      filesResource,
      'ListFiles',
      'files',
      { workspaceId: '' },
      2,
    );
    expect(all.pages).toBe(2);
    expect(all.items.map((file) => file.id)).toEqual([brief, notes, logo]);
    expect(inSyncOrder(all.items)).toBe(true);
    expect(all.items[1]).toEqual({
      id: notes,
      workspaceId: website,
      folderId: '',
      name: 'internal-notes.txt',
      contentType: 'text/plain',
      sizeBytes: String(Buffer.byteLength('Margins are thin\n')),
      clientVisible: false,
      uploadedByKind: 'staff',
      uploadedByName: 'Olivia Owner',
      createdAt: expect.stringMatching(/Z$/) as unknown,
      updatedAt: expect.stringMatching(/Z$/) as unknown,
    });
    // Portal's object keys, statuses and the uploader's staff id never leave.
    const json = JSON.stringify(all.items);
    for (const leaked of [owner.userId, tenantId, 'objectKey', 'status', 'pending.txt'])
      expect(json).not.toContain(leaked);
    const one = await pageThrough<Stamped>(filesResource, 'ListFiles', 'files', { workspaceId: brand }, 10);
    expect(one.items.map((file) => file.id)).toEqual([logo]);

    // Sharing the internal file is a change: it alone comes back after the greatest updated_at seen.
    const since = later(
      all.items
        .map((file) => file.updatedAt)
        .sort()
        .at(-1) ?? '',
    );
    await files.setFileVisibility({ workspaceId: website, fileId: notes, clientVisible: true }, on(owner));
    const changed = await pageThrough<Stamped & { clientVisible: boolean }>(
      filesResource,
      'ListFiles',
      'files',
      { workspaceId: '' },
      10,
      since,
    );
    expect(changed.items.map((file) => [file.id, file.clientVisible])).toEqual([[notes, true]]);

    const link = await invoke<{ url: string; expiresAt: string }>(filesResource, 'GetFileDownloadUrl', {
      id: brief,
    });
    expect(new URL(link.url).searchParams.get('X-Amz-Expires')).toBe('300');
    const expiresIn = Date.parse(link.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(0);
    expect(expiresIn).toBeLessThanOrEqual(300_000);
    const downloaded = await fetch(link.url);
    expect(downloaded.status).toBe(200);
    expect(await downloaded.text()).toBe('The brief, version 1\n');

    await expect(invoke(filesResource, 'GetFileDownloadUrl', { id: brief }, otherCall)).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
    await expect(
      invoke(filesResource, 'ListFiles', { workspaceId: website, options: null }, otherCall),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(invoke(filesResource, 'GetFileDownloadUrl', { id: randomUUID() })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  }, 60_000);

  it('messages: posted as the application (the client is notified), synced by update, internal discussions NOT_FOUND', async () => {
    const [website] = workspaceIds as [string];
    const backends = platform.gateway.backends;
    const client = await addClientUser(platform, tenantId, clientId, 'Grace Client', {
      workspaceIds: [website],
    });
    // Messaging hears of the workspace through portal's event.
    const welcome = await eventually(
      () =>
        backends.messaging.postMessage(
          { workspaceId: website, body: 'Welcome!', authorDisplayName: '' },
          on(owner),
        ),
      (answer) => typeof (answer as { id?: unknown }).id === 'string',
    );
    expect(welcome).toMatchObject({ body: 'Welcome!' });

    const posted = await invoke<Record<string, unknown> & Stamped>(messagesResource, 'PostMessage', {
      idempotencyKey: 'k-1',
      workspaceId: website,
      conversationId: '',
      body: '  Invoice 2026-041 is booked.  ',
    });
    expect(posted).toEqual({
      id: expect.any(String) as unknown,
      workspaceId: website,
      conversationId: website,
      clientId,
      authorKind: 'partner',
      authorName: 'Acme Books',
      body: 'Invoice 2026-041 is booked.',
      attachments: [],
      createdAt: expect.stringMatching(/Z$/) as unknown,
      editedAt: '',
      deletedAt: '',
      updatedAt: posted.createdAt,
    });
    expect(JSON.stringify(posted)).not.toContain(call.application.applicationId);
    expect(JSON.stringify(posted)).not.toContain(tenantId);

    // The client's user is notified as for any team message.
    const clientPrincipal: Principal = {
      userId: client.userId,
      tenantId,
      kind: 'client',
      clientId,
      displayName: client.displayName,
      workspaceIds: [website],
    };
    const inbox = await eventually(
      () =>
        backends.inbox.listInboxNotifications(
          { page: { pageSize: 20 }, unreadOnly: false },
          on(clientPrincipal),
        ),
      (answer) =>
        (answer as { notifications?: { body: string }[] }).notifications?.some((notification) =>
          notification.body.includes('Invoice 2026-041'),
        ) ?? false,
    );
    expect(
      (inbox as { notifications: { body: string; title: string }[] }).notifications.find((notification) =>
        notification.body.includes('Invoice 2026-041'),
      )?.title,
    ).toContain('Acme Books');

    for (let index = 1; index <= 3; index++)
      await backends.messaging.postMessage(
        { workspaceId: website, body: `Update ${index}`, authorDisplayName: '' },
        on(owner),
      );
    const all = await pageThrough<Stamped & { body: string; authorKind: string }>(
      messagesResource,
      'ListMessages',
      'messages',
      { workspaceId: website, conversationId: '' },
      2,
    );
    expect(all.pages).toBe(3);
    expect(all.items.map((message) => message.body)).toEqual([
      'Welcome!',
      'Invoice 2026-041 is booked.',
      'Update 1',
      'Update 2',
      'Update 3',
    ]);
    expect(all.items.map((message) => message.authorKind)).toEqual([
      'staff',
      'partner',
      'staff',
      'staff',
      'staff',
    ]);
    expect(inSyncOrder(all.items)).toBe(true);
    expect(JSON.stringify(all.items)).not.toContain(owner.userId);

    // An edit moves the message to the end of the sync order: it alone comes back.
    const since = later(
      all.items
        .map((message) => message.updatedAt)
        .sort()
        .at(-1) ?? '',
    );
    await backends.messageActions.editMessage(
      { messageId: posted.id, body: 'Invoice 2026-041 is booked and paid.' },
      on(call.principal),
    );
    const changed = await pageThrough<Stamped & { body: string; editedAt: string }>(
      messagesResource,
      'ListMessages',
      'messages',
      { workspaceId: website, conversationId: '' },
      10,
      since,
    );
    expect(changed.items).toEqual([
      expect.objectContaining({ id: posted.id, body: 'Invoice 2026-041 is booked and paid.' }),
    ]);
    expect(changed.items[0]?.updatedAt).toBe(changed.items[0]?.editedAt);

    // The team's internal discussion does not exist for the application: neither read nor written.
    const internal = await backends.conversations.createConversation(
      { workspaceId: website, clientId: '', subject: 'Pricing (internal)', internal: true },
      on(owner),
    );
    await backends.messaging.postMessage(
      {
        workspaceId: website,
        conversationId: internal.id,
        body: 'Keep margins at 30%',
        authorDisplayName: '',
      },
      on(owner),
    );
    await expect(
      invoke(messagesResource, 'ListMessages', {
        workspaceId: website,
        conversationId: internal.id,
        options: null,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      invoke(messagesResource, 'PostMessage', {
        idempotencyKey: 'k-2',
        workspaceId: website,
        conversationId: internal.id,
        body: 'hello',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const internalMessages = await backends.messaging.listMessages(
      { workspaceId: website, conversationId: internal.id, page: { pageSize: 10 } },
      on(owner),
    );
    expect(internalMessages.messages.map((message) => message.body)).toEqual(['Keep margins at 30%']);
    const clientVisible = JSON.stringify(
      await pageThrough(
        messagesResource,
        'ListMessages',
        'messages',
        { workspaceId: website, conversationId: '' },
        50,
      ),
    );
    expect(clientVisible).not.toContain('Keep margins');

    // Bad input names the field and stores nothing; another tenant's workspace is NOT_FOUND.
    const before = all.items.length;
    await expect(
      invoke(messagesResource, 'PostMessage', {
        idempotencyKey: 'k-3',
        workspaceId: website,
        conversationId: '',
        body: '  ',
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [expect.objectContaining({ field: 'body' })],
    });
    await expect(
      invoke(messagesResource, 'PostMessage', {
        idempotencyKey: 'k-4',
        workspaceId: website,
        conversationId: '',
        body: 'x'.repeat(5001),
      }),
    ).rejects.toMatchObject({ violations: [expect.objectContaining({ field: 'body', code: 'too_long' })] });
    await expect(
      invoke(messagesResource, 'ListMessages', { workspaceId: '', conversationId: '', options: null }),
    ).rejects.toMatchObject({ violations: [expect.objectContaining({ field: 'workspace_id' })] });
    const after = await pageThrough<Stamped>(
      messagesResource,
      'ListMessages',
      'messages',
      { workspaceId: website, conversationId: '' },
      50,
    );
    expect(after.items).toHaveLength(before);
    for (const method of ['ListMessages', 'PostMessage'])
      await expect(
        invoke(
          messagesResource,
          method,
          { idempotencyKey: 'k-5', workspaceId: website, conversationId: '', body: 'hi', options: null },
          otherCall,
        ),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 90_000);

  it('documents stored before the sync order get their updated_at at start-up and are listed', async () => {
    const portal = platform.runtimes.get('portal');
    const messaging = platform.runtimes.get('messaging');
    if (!portal || !messaging) throw new Error('portal and messaging run');
    // A workspace as issue 9 stored it: neither updatedAt nor archivedAt.
    const legacyClient = randomUUID();
    const legacyId = randomUUID();
    const created = new Date('2025-06-01T08:00:00.000Z');
    await portal.connection.collection('workspaces').insertOne({
      _id: legacyId as never,
      tenantId,
      clientId: legacyClient,
      clientName: 'Legacy Ltd',
      name: 'Legacy workspace',
      projectId: null,
      modules: ['files', 'messages'],
      createdAt: created,
    });
    expect(await new WorkspaceRepository(portal.connection).backfillUpdatedAt()).toBe(1);
    expect(await new WorkspaceRepository(portal.connection).backfillUpdatedAt()).toBe(0);
    const listed = await invoke<{ workspaces: Stamped[] }>(workspacesResource, 'ListWorkspaces', {
      clientId: legacyClient,
      includeArchived: false,
      options: { updatedSince: '2025-01-01T00:00:00Z' },
    });
    expect(listed.workspaces).toEqual([
      expect.objectContaining({ id: legacyId, updatedAt: created.toISOString(), archived: false }),
    ]);

    // A message posted, then edited, before the sync order: its edit is its last change.
    const [website] = workspaceIds as [string];
    const legacyMessage = randomUUID();
    await messaging.connection.collection('messages').insertOne({
      _id: legacyMessage as never,
      tenantId,
      workspaceId: website,
      conversationId: website,
      clientId,
      author: { userId: owner.userId, displayName: 'Olivia Owner', kind: 'staff' },
      body: 'From the old days',
      createdAt: new Date('2025-06-01T09:00:00.000Z'),
      editedAt: new Date('2025-06-01T09:03:00.000Z'),
    });
    expect(await new MessageRepository(messaging.connection).backfillUpdatedAt()).toBe(1);
    const messages = await pageThrough<Stamped & { body: string }>(
      messagesResource,
      'ListMessages',
      'messages',
      { workspaceId: website, conversationId: '' },
      50,
    );
    // Oldest change first: the legacy message leads.
    expect(messages.items[0]).toMatchObject({
      id: legacyMessage,
      body: 'From the old days',
      updatedAt: '2025-06-01T09:03:00.000Z',
    });
  }, 60_000);
});
