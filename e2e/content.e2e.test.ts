import { randomUUID } from 'node:crypto';
import { as as signedAs, eventually, passwordToken, staff } from '@client-portal/testing';
import { createServiceClient } from '@client-portal/contracts';
import { defaultPortalSettings } from '../services/portal/src/domain/portal-settings.js';
import { PortalSettingsRepository } from '../services/portal/src/store/portal-settings.repository.js';
import { Api, EventStream, type ApiResponse } from './support/http.js';
import { addClientUser, addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

const STAFF = ['owner', 'admin', 'manager', 'member'] as const;
type Who = (typeof STAFF)[number] | 'client' | 'noView' | 'notInvited' | 'otherClient';

interface Item {
  id: string;
  version: number;
  title: string;
}

/**
 * The content routes over REST with real Keycloak logins: every route × staff roles, a client user with
 * and without the "view" right, one not added to the workspace and one of another client; internal
 * notes never in a client user's answers (notes, note by id, timeline) nor on their live stream.
 */
describe('workspace content over REST: the permission matrix', () => {
  let platform: Platform;
  const api = {} as Record<Who, Api>;
  let clientToken = '';
  let workspaceId: string;
  const base = () => `/workspaces/${workspaceId}`;

  beforeAll(async () => {
    platform = await Platform.start();
    const root = new Api(platform.url);
    const { tenantId, owner } = await createTenant(platform, {
      name: 'Content Agency',
      password: 'Owner-Pass-2026',
    });
    api.owner = root.as(await passwordToken(owner.email, owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, tenantId, role, `The ${role}`);
      api[role] = root.as(await passwordToken(person.email, person.password));
    }
    const portalRuntime = platform.runtimes.get('portal');
    const identityRuntime = platform.runtimes.get('identity');
    if (!portalRuntime || !identityRuntime) throw new Error('portal and identity must run');
    const portal = createServiceClient('portal', `127.0.0.1:${portalRuntime.grpcPort}`);
    const admin = signedAs(staff(tenantId, 'admin'));
    const clientId = randomUUID();
    workspaceId = (await portal.enablePortal({ clientId, clientName: 'Globex' }, admin)).id;
    const otherClientId = randomUUID();
    const otherWorkspace = (
      await portal.enablePortal({ clientId: otherClientId, clientName: 'Hooli' }, admin)
    ).id;
    portal.close();
    const users = identityRuntime.connection.collection<{ _id: string }>('external_users');
    const addTo = async (userId: string, workspaceIds: string[], role = 'decision-maker') =>
      users.updateOne({ _id: userId }, { $set: { workspaceIds, role } });
    const client = await addClientUser(platform, tenantId, clientId, 'Dana Client');
    await addTo(client.userId, [workspaceId], 'observer');
    clientToken = await passwordToken(client.email, client.password);
    api.client = root.as(clientToken);
    // A billing contact holds only "pay".
    const payer = await addClientUser(platform, tenantId, clientId, 'Bill Payer');
    await addTo(payer.userId, [workspaceId], 'billing');
    api.noView = root.as(await passwordToken(payer.email, payer.password));
    const outsider = await addClientUser(platform, tenantId, clientId, 'Not Invited', {
      workspaceIds: [],
    });
    api.notInvited = root.as(await passwordToken(outsider.email, outsider.password));
    const rival = await addClientUser(platform, tenantId, otherClientId, 'Gavin Rival');
    await addTo(rival.userId, [otherWorkspace]);
    api.otherClient = root.as(await passwordToken(rival.email, rival.password));
    const settings = new PortalSettingsRepository(portalRuntime.connection);
    await settings.save(
      { ...defaultPortalSettings(tenantId), embedAllowList: ['*.figma.com'], version: 1 },
      0,
    );
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
  });

  const expectStatus = (response: ApiResponse, status: number, label: string) => {
    expect({ label, status: response.status }).toEqual({ label, status });
  };

  it('links, embeds and notes: staff change them, client users with view read them, strangers get 404', async () => {
    // Adding: every staff role (member and up hold workspaces.share); client users never.
    const added: Record<string, Item> = {};
    for (const role of STAFF) {
      const response = await api[role].post<Item>(`${base()}/links`, {
        title: `By ${role}`,
        url: 'https://a.example.com',
      });
      expectStatus(response, 201, `POST links as ${role}`);
      added[role] = response.body;
    }
    expectStatus(
      await api.client.post(`${base()}/links`, { title: 'x', url: 'https://a.test' }),
      403,
      'client adds',
    );
    for (const who of ['notInvited', 'otherClient'] as const)
      expectStatus(
        await api[who].post(`${base()}/links`, { title: 'x', url: 'https://a.test' }),
        404,
        `${who} adds`,
      );

    // javascript: refused naming the rule.
    const refused = await api.member.post<{ violations: { field: string; code: string; message: string }[] }>(
      `${base()}/links`,
      { title: 'Evil', url: 'javascript:alert(1)' },
    );
    expectStatus(refused, 400, 'javascript: link');
    expect(refused.body.violations).toEqual([
      expect.objectContaining({ field: 'url', code: 'unsafe_scheme' }),
    ]);

    // Reading.
    for (const kind of ['links', 'embeds', 'notes', 'timeline']) {
      for (const who of [...STAFF, 'client'] as const)
        expectStatus(await api[who].get(`${base()}/${kind}`), 200, `${kind} as ${who}`);
      expectStatus(await api.noView.get(`${base()}/${kind}`), 403, `${kind} without view`);
      for (const who of ['notInvited', 'otherClient'] as const)
        expectStatus(await api[who].get(`${base()}/${kind}`), 404, `${kind} as ${who}`);
    }

    // Changing and deleting: staff; a client user: 403.
    const link = added.member as Item;
    expectStatus(
      await api.client.request('PATCH', `${base()}/links/${link.id}`, {
        expectedVersion: 1,
        title: 'Mine',
        url: 'https://b.test',
      }),
      403,
      'client edits',
    );
    expectStatus(
      await api.client.delete(`${base()}/links/${link.id}?expectedVersion=1`),
      403,
      'client deletes',
    );
    expectStatus(
      await api.manager.request('PATCH', `${base()}/links/${link.id}`, {
        expectedVersion: 1,
        title: 'Edited',
        url: 'https://b.test',
      }),
      200,
      'manager edits',
    );
    expectStatus(
      await api.owner.request('PATCH', `${base()}/links/${link.id}`, {
        expectedVersion: 1,
        title: 'Stale',
        url: 'https://b.test',
      }),
      409,
      'stale edit',
    );
    expectStatus(
      await api.member.delete(`${base()}/links/${link.id}?expectedVersion=2`),
      200,
      'member deletes',
    );

    // Embeds: off the allow-list / not https refused naming the rule.
    const offList = await api.member.post<{ violations: { code: string; message: string }[] }>(
      `${base()}/embeds`,
      {
        title: 'Video',
        url: 'https://www.youtube.com/embed/x',
      },
    );
    expectStatus(offList, 400, 'embed off the list');
    expect(offList.body.violations[0]?.code).toBe('host_not_allowed');
    expect(offList.body.violations[0]?.message).toContain('www.youtube.com');
    const http = await api.member.post<{ violations: { code: string }[] }>(`${base()}/embeds`, {
      title: 'Design',
      url: 'http://www.figma.com/file/1',
    });
    expect(http.body.violations[0]?.code).toBe('not_https');
    expectStatus(
      await api.member.post(`${base()}/embeds`, { title: 'Design', url: 'https://www.figma.com/file/1' }),
      201,
      'embed',
    );
    expectStatus(
      await api.client.post(`${base()}/embeds`, { title: 'x', url: 'https://www.figma.com/x' }),
      403,
      'client embeds',
    );
  });

  it('internal notes never reach a client user: not listed, 404 by id, not in the timeline, not live', async () => {
    const stream = await EventStream.open(platform.url, clientToken);
    try {
      const internal = (
        await api.member.post<Item>(`${base()}/notes`, {
          title: 'Margin worries',
          body: 'Costs over budget',
          clientVisible: false,
        })
      ).body;
      const visible = (
        await api.member.post<Item>(`${base()}/notes`, {
          title: 'Kick-off',
          body: 'Line 1\nLine 2',
          clientVisible: true,
        })
      ).body;
      expectStatus(await api.member.get(`${base()}/notes/${internal.id}`), 200, 'staff reads internal');
      expectStatus(await api.client.get(`${base()}/notes/${internal.id}`), 404, 'client reads internal');
      expectStatus(await api.client.get(`${base()}/notes/${visible.id}`), 200, 'client reads visible');
      expectStatus(
        await api.otherClient.get(`${base()}/notes/${visible.id}`),
        404,
        'other client reads visible',
      );

      const notes = await api.client.get<{ notes: { id: string; clientVisible: boolean }[] }>(
        `${base()}/notes`,
      );
      expect(notes.body.notes.map((note) => note.id)).toEqual([visible.id]);
      expect(JSON.stringify(notes.body)).not.toMatch(/Margin worries|Costs over budget/);

      const timeline = await eventually(
        () =>
          api.client.get<{ entries: { subjectId: string; clientVisible: boolean }[] }>(`${base()}/timeline`),
        (response) => response.body.entries.some((entry) => entry.subjectId === visible.id),
      );
      expect(timeline.body.entries.every((entry) => entry.clientVisible)).toBe(true);
      expect(JSON.stringify(timeline.body)).not.toMatch(new RegExp(`Margin worries|${internal.id}`));
      const staffTimeline = await api.owner.get<{ entries: { subjectId: string }[] }>(`${base()}/timeline`);
      expect(staffTimeline.body.entries.some((entry) => entry.subjectId === internal.id)).toBe(true);

      // The client's live stream: the visible note's change arrived, the internal one's never did.
      await stream.waitFor(
        (event) =>
          event.event === 'workspace.changed' && (event.data as { subject: string }).subject === visible.id,
      );
      expect(JSON.stringify(stream.events)).not.toContain(internal.id);
    } finally {
      stream.close();
    }
  });
});
