import { as, clientUser, serviceTestEnvironment, staff, testKafka, uniqueName } from '@client-portal/testing';
import { producerSchemas } from '@client-portal/events';
import { EventOutbox, type Principal, type ServiceRuntime } from '@client-portal/kit';
import { createServiceClient as contractClient, type ServiceClient } from '@client-portal/contracts';
import { loadPortalConfig } from '../src/config.js';
import { startPortal } from '../src/app.js';
import { defaultPortalSettings } from '../src/domain/portal-settings.js';
import { PortalSettingsRepository } from '../src/store/portal-settings.repository.js';

/** Polls until `check` passes (read models are fed by Kafka: eventually). */
async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The error a call was refused with (fails the test when the call succeeds). */
async function refusal(
  call: Promise<unknown>,
): Promise<{ code: string; violations: { field: string; code?: string; message: string }[] }> {
  try {
    await call;
  } catch (error) {
    return error as { code: string; violations: { field: string; code?: string; message: string }[] };
  }
  throw new Error('the call was accepted');
}

describe('portal ContentService (links, embeds, notes, timeline) against the real infrastructure', () => {
  const environment = serviceTestEnvironment('portal');
  let runtime: ServiceRuntime;
  let portal: ServiceClient<'portal'>;
  let content: ServiceClient<'content'>;
  const tenant = uniqueName('tenant');
  const owner = staff(tenant, 'owner');
  const member = staff(tenant, 'member');
  let workspaceId: string;
  let clientId: string;
  let viewer: Principal;
  let noRights: Principal;
  let otherClient: Principal;
  let notInvited: Principal;
  let otherTenantStaff: Principal;

  async function setAllowList(embedAllowList: string[]): Promise<void> {
    const settings = new PortalSettingsRepository(runtime.connection);
    const current = await settings.get(tenant);
    expect(
      await settings.save(
        { ...defaultPortalSettings(tenant), embedAllowList, version: current.version + 1 },
        current.version,
      ),
    ).toBe(true);
  }

  beforeAll(async () => {
    runtime = await startPortal(loadPortalConfig(environment));
    portal = contractClient('portal', `127.0.0.1:${runtime.grpcPort}`);
    content = contractClient('content', `127.0.0.1:${runtime.grpcPort}`);
    clientId = uniqueName('client');
    const workspace = await portal.enablePortal({ clientId, clientName: 'Globex' }, as(owner));
    workspaceId = workspace.id;
    viewer = { ...clientUser(tenant, clientId, [workspaceId], undefined, ['view']), displayName: 'Dana' };
    noRights = clientUser(tenant, clientId, [workspaceId], undefined, ['pay']);
    otherClient = clientUser(tenant, uniqueName('client'), [workspaceId]);
    notInvited = clientUser(tenant, clientId, []);
    otherTenantStaff = staff(uniqueName('tenant'), 'owner');
    owner.displayName = 'Olivia Owner';
  });
  afterAll(async () => {
    portal.close();
    content.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  it('links: staff add (http(s) only, javascript: and data: refused naming the rule), client users with view read', async () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://x.test/a',
    ]) {
      const refused = await refusal(content.addLink({ workspaceId, title: 'Bad', url }, as(owner)));
      expect(refused.code).toBe('INVALID_ARGUMENT');
      expect(refused.violations).toMatchObject([{ field: 'url', code: 'unsafe_scheme' }]);
      expect(refused.violations[0]?.message).toMatch(/Links must use https/);
    }
    await expect(content.addLink({ workspaceId, title: '', url: 'nope' }, as(owner))).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'title', code: 'required' }),
        expect.objectContaining({ field: 'url', code: 'invalid_format' }),
      ],
    });
    await expect(
      content.addLink({ workspaceId, title: 'x'.repeat(201), url: 'https://a.test' }, as(owner)),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'title', code: 'too_long' })],
    });
    // Nothing half-stored by the refusals.
    expect((await content.listLinks({ workspaceId }, as(owner))).links).toEqual([]);

    const first = await content.addLink(
      {
        workspaceId,
        title: ' Brand guidelines ',
        url: 'https://brand.example.com/guide',
        description: 'PDF',
      },
      as(member),
    );
    expect(first).toMatchObject({
      title: 'Brand guidelines',
      url: 'https://brand.example.com/guide',
      version: 1,
      position: 0,
    });
    const second = await content.addLink(
      { workspaceId, title: 'Staging', url: 'http://staging.example.com' },
      as(owner),
    );
    expect(second.position).toBe(1);

    // Permission matrix for reading.
    for (const reader of [owner, member, viewer])
      expect((await content.listLinks({ workspaceId }, as(reader))).links.map((link) => link.id)).toEqual([
        first.id,
        second.id,
      ]);
    await expect(content.listLinks({ workspaceId }, as(noRights))).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    for (const stranger of [otherClient, notInvited, otherTenantStaff])
      await expect(content.listLinks({ workspaceId }, as(stranger))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    // Writing: staff with workspaces.share only.
    await expect(
      content.addLink({ workspaceId, title: 'Mine', url: 'https://x.test' }, as(viewer)),
    ).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    await expect(
      content.addLink({ workspaceId, title: 'Mine', url: 'https://x.test' }, as(otherClient)),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      content.addLink(
        { workspaceId, title: 'As client', url: 'https://x.test' },
        as({ ...owner, viewedBy: owner.userId }),
      ),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });

    // Edit with optimistic version; stale versions refused.
    const edited = await content.updateLink(
      {
        workspaceId,
        linkId: first.id,
        expectedVersion: 1,
        title: 'Guidelines',
        url: 'https://brand.example.com/v2',
        description: '',
      },
      as(owner),
    );
    expect(edited).toMatchObject({ version: 2, title: 'Guidelines' });
    await expect(
      content.updateLink(
        { workspaceId, linkId: first.id, expectedVersion: 1, title: 'Lost', url: 'https://a.test' },
        as(owner),
      ),
    ).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
    await expect(
      content.updateLink(
        { workspaceId, linkId: first.id, expectedVersion: 2, title: 'x', url: 'javascript:void(0)' },
        as(owner),
      ),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect((await content.listLinks({ workspaceId }, as(owner))).links[0]).toMatchObject({
      title: 'Guidelines',
      version: 2,
    });

    // Reorder (every link once), then delete.
    await expect(
      content.reorderLinks({ workspaceId, linkIds: [second.id] }, as(owner)),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    const reordered = await content.reorderLinks({ workspaceId, linkIds: [second.id, first.id] }, as(owner));
    expect(reordered.links.map((link) => link.id)).toEqual([second.id, first.id]);
    await content.deleteLink({ workspaceId, id: second.id, expectedVersion: second.version }, as(owner));
    expect((await content.listLinks({ workspaceId }, as(viewer))).links.map((link) => link.id)).toEqual([
      first.id,
    ]);
  });

  it('embeds: https only, host on the allow-list (named in the refusal); a host later removed is not rendered', async () => {
    await setAllowList(['www.youtube.com', '*.figma.com']);
    const http = await refusal(
      content.addEmbed({ workspaceId, title: 'Mock', url: 'http://www.figma.com/file/1' }, as(owner)),
    );
    expect(http.violations).toMatchObject([{ field: 'url', code: 'not_https' }]);
    expect(http.violations[0]?.message).toMatch(/Embeds must use https/);
    const offList = await refusal(
      content.addEmbed({ workspaceId, title: 'Evil', url: 'https://evil.example.com/x' }, as(owner)),
    );
    expect(offList.code).toBe('INVALID_ARGUMENT');
    expect(offList.violations).toMatchObject([{ field: 'url', code: 'host_not_allowed' }]);
    expect(offList.violations[0]?.message).toContain('evil.example.com is not on the embed allow-list');
    // The wildcard covers sub-domains only, not the bare domain.
    await expect(
      content.addEmbed({ workspaceId, title: 'Bare', url: 'https://figma.com/x' }, as(owner)),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect((await content.listEmbeds({ workspaceId }, as(owner))).embeds).toEqual([]);

    const figma = await content.addEmbed(
      { workspaceId, title: 'Mock-up', url: 'https://www.figma.com/embed?x=1' },
      as(member),
    );
    const video = await content.addEmbed(
      { workspaceId, title: 'Demo', url: 'https://www.youtube.com/embed/abc' },
      as(owner),
    );
    expect(figma).toMatchObject({ host: 'www.figma.com', blocked: false });
    expect((await content.listEmbeds({ workspaceId }, as(viewer))).embeds.map((embed) => embed.id)).toEqual([
      figma.id,
      video.id,
    ]);
    await expect(
      content.addEmbed({ workspaceId, title: 'x', url: 'https://www.youtube.com/embed/x' }, as(viewer)),
    ).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    await expect(content.listEmbeds({ workspaceId }, as(otherClient))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    await setAllowList(['*.figma.com']);
    const staffView = (await content.listEmbeds({ workspaceId }, as(owner))).embeds;
    expect(staffView.find((embed) => embed.id === video.id)).toMatchObject({
      blocked: true,
      host: 'www.youtube.com',
    });
    const clientView = (await content.listEmbeds({ workspaceId }, as(viewer))).embeds;
    expect(clientView.map((embed) => embed.id)).toEqual([figma.id]);
    expect(clientView.some((embed) => embed.blocked)).toBe(false);
  });

  it('notes: internal notes never reach a client user (list, by id, timeline); the Notes tab follows', async () => {
    const tabsOf = async (principal: Principal) =>
      (await portal.getWorkspace({ workspaceId }, as(principal))).tabs;
    expect(await tabsOf(viewer)).not.toContain('notes');
    await expect(
      content.addNote({ workspaceId, title: 'Empty', body: '  \n ' }, as(owner)),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'body', code: 'required' })],
    });
    await expect(
      content.addNote({ workspaceId, title: 'Long', body: 'x'.repeat(20_001) }, as(owner)),
    ).rejects.toMatchObject({ violations: [expect.objectContaining({ field: 'body', code: 'too_long' })] });

    const internal = await content.addNote(
      { workspaceId, title: 'Margin worries', body: 'Internal: costs over budget', clientVisible: false },
      as(owner),
    );
    expect(await tabsOf(viewer)).not.toContain('notes');
    const visible = await content.addNote(
      { workspaceId, title: 'Kick-off', body: 'Line one\r\nLine two\n<b>not bold</b>', clientVisible: true },
      as(member),
    );
    expect(visible.body).toBe('Line one\nLine two\n<b>not bold</b>');
    expect(await tabsOf(viewer)).toContain('notes');

    expect((await content.listNotes({ workspaceId }, as(owner))).notes.map((note) => note.id).sort()).toEqual(
      [internal.id, visible.id].sort(),
    );
    const clientNotes = (await content.listNotes({ workspaceId }, as(viewer))).notes;
    expect(clientNotes.map((note) => note.id)).toEqual([visible.id]);
    expect(JSON.stringify(clientNotes)).not.toContain('Margin');
    await expect(content.getNote({ workspaceId, noteId: internal.id }, as(viewer))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await content.getNote({ workspaceId, noteId: visible.id }, as(viewer))).toMatchObject({
      title: 'Kick-off',
    });
    await expect(content.listNotes({ workspaceId }, as(noRights))).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    await expect(content.getNote({ workspaceId, noteId: visible.id }, as(notInvited))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    // The timeline: staff see both notes' entries; the client only the visible one's.
    const staffTimeline = await eventually(
      () => content.listTimeline({ workspaceId, page: { pageSize: 100 } }, as(owner)),
      (page) => page.entries.filter((entry) => entry.type === 'portal.note.created').length === 2,
    );
    expect(staffTimeline.entries.find((entry) => entry.subjectId === internal.id)).toMatchObject({
      clientVisible: false,
      title: 'Margin worries',
      actorName: 'Olivia Owner',
    });
    const clientTimeline = await content.listTimeline({ workspaceId, page: { pageSize: 100 } }, as(viewer));
    expect(clientTimeline.entries.some((entry) => entry.subjectId === visible.id)).toBe(true);
    expect(clientTimeline.entries.every((entry) => entry.clientVisible)).toBe(true);
    expect(JSON.stringify(clientTimeline)).not.toContain(internal.id);
    expect(JSON.stringify(clientTimeline)).not.toContain('Margin');

    // A visible note made internal: gone from the client's notes AND its earlier timeline entries.
    await content.updateNote(
      {
        workspaceId,
        noteId: visible.id,
        expectedVersion: 1,
        title: 'Kick-off',
        body: 'now internal',
        clientVisible: false,
      },
      as(owner),
    );
    expect((await content.listNotes({ workspaceId }, as(viewer))).notes).toEqual([]);
    const after = await eventually(
      () => content.listTimeline({ workspaceId, page: { pageSize: 100 } }, as(viewer)),
      (page) => !page.entries.some((entry) => entry.subjectId === visible.id),
    );
    expect(after.entries.some((entry) => entry.subjectId === visible.id)).toBe(false);
  });

  it('timeline: newest first in keyset pages; billing facts and messages recorded; a module switched off is hidden from clients', async () => {
    const billing = new EventOutbox(
      'billing',
      `${environment.KAFKA_TOPIC_PREFIX}billing.events`,
      producerSchemas('billing'),
    );
    const messaging = new EventOutbox(
      'messaging',
      `${environment.KAFKA_TOPIC_PREFIX}messaging.events`,
      producerSchemas('messaging'),
    );
    const invoiceId = uniqueName('invoice');
    const entries = [
      billing.entry({
        type: 'billing.document.issued',
        tenantId: tenant,
        subject: invoiceId,
        data: {
          documentId: invoiceId,
          kind: 'invoice',
          clientId,
          clientName: 'Globex',
          number: 'INV-2026-0042',
          currency: 'EUR',
          totalMinor: 1000,
          lineCount: 1,
          issuedAt: new Date().toISOString(),
          dueDate: '2026-12-31',
          sourceDocumentId: '',
        },
      }),
      billing.entry({
        type: 'billing.invoice.paid',
        tenantId: tenant,
        subject: invoiceId,
        data: {
          invoiceId,
          clientId,
          number: 'INV-2026-0042',
          currency: 'EUR',
          totalMinor: 1000,
          issuedAt: new Date().toISOString(),
          paidAt: new Date().toISOString(),
        },
      }),
      messaging.entry({
        type: 'messaging.message.posted',
        tenantId: tenant,
        subject: uniqueName('message'),
        data: {
          conversationId: '',
          conversationSubject: '',
          clientVisible: true,
          clientAudience: [],
          messageId: uniqueName('message'),
          workspaceId,
          clientId,
          author: { userId: 'u1', displayName: 'Dana', kind: 'client' },
          body: 'Secret body text',
          createdAt: new Date().toISOString(),
        },
      }),
    ];
    const producer = testKafka().producer();
    await producer.connect();
    for (const entry of entries)
      // Delivered twice (at-least-once): recorded once.
      await producer.send({
        topic: entry.topic,
        messages: [entry, entry].map((e) => ({ key: e.key, value: e.envelope })),
      });
    await producer.disconnect();

    const all = await eventually(
      () => content.listTimeline({ workspaceId, page: { pageSize: 100 } }, as(owner)),
      (page) =>
        ['billing.document.issued', 'billing.invoice.paid', 'messaging.message.posted'].every((type) =>
          page.entries.some((entry) => entry.type === type),
        ),
    );
    expect(all.entries.filter((entry) => entry.type === 'billing.invoice.paid')).toHaveLength(1);
    expect(all.entries.find((entry) => entry.type === 'billing.document.issued')).toMatchObject({
      title: 'INV-2026-0042',
    });
    expect(JSON.stringify(all)).not.toContain('Secret body text');
    const times = all.entries.map((entry) => entry.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(all.entries.some((entry) => entry.type === 'portal.workspace.created')).toBe(true);

    // Keyset pages of 2 walk the same list without gaps or repeats.
    const walked: string[] = [];
    let token = '';
    do {
      const page = await content.listTimeline(
        { workspaceId, page: { pageSize: 2, pageToken: token } },
        as(owner),
      );
      walked.push(...page.entries.map((entry) => entry.id));
      token = page.pageInfo?.nextPageToken ?? '';
    } while (token);
    expect(walked).toEqual(all.entries.map((entry) => entry.id));

    // Billing switched off: its entries leave the client's timeline (staff keep them).
    await runtime.connection
      .collection('workspaces')
      .updateOne(
        { _id: workspaceId as never },
        { $set: { modules: ['links', 'embeds', 'notes', 'timeline', 'messages'] } },
      );
    const clientPage = await content.listTimeline({ workspaceId, page: { pageSize: 100 } }, as(viewer));
    expect(clientPage.entries.some((entry) => entry.type.startsWith('billing.'))).toBe(false);
    expect(clientPage.entries.some((entry) => entry.type === 'messaging.message.posted')).toBe(true);
    // Notes off: NOT_FOUND for the client, staff still see them.
    await runtime.connection
      .collection('workspaces')
      .updateOne({ _id: workspaceId as never }, { $set: { modules: ['timeline'] } });
    await expect(content.listNotes({ workspaceId }, as(viewer))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(content.listNotes({ workspaceId }, as(owner))).resolves.toBeDefined();
    // Archived: read-only for everybody.
    await runtime.connection
      .collection('workspaces')
      .updateOne({ _id: workspaceId as never }, { $set: { archivedAt: new Date() } });
    await expect(
      content.addLink({ workspaceId, title: 'Late', url: 'https://a.test' }, as(owner)),
    ).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
    });
  });
});
