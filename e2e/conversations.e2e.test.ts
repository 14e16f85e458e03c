import { passwordToken } from '@client-portal/testing';
import { Api, EventStream } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

interface Conversation {
  id: string;
  workspaceId: string;
  clientId: string;
  subject: string;
  visibility: string;
  clientAudience: string[];
  createdBy: string;
  unreadCount: number;
  isDefault: boolean;
}
interface Summary {
  total: number;
  workspaces: { workspaceId: string; unreadCount: number }[];
  clients: { clientId: string; unreadCount: number }[];
}
interface Message {
  id: string;
  body: string;
  conversationId: string;
}
interface Problem {
  violations?: { field: string; code: string }[];
}

/**
 * Issue 12 (conversations) over REST and the live stream: internal discussions never reach a client
 * user (404 on every route naming one, absent from every list and count, no live frame), "contact the
 * business" is the contact's and the agency's only, and read state is per person and conversation.
 */
describe('conversations over REST and the live stream', () => {
  let platform: Platform;
  let clientId: string;
  let workspaceId: string;
  const api: Record<
    'owner' | 'admin' | 'manager' | 'member' | 'dana' | 'eve' | 'olga' | 'frank' | 'ned',
    Api
  > = {} as never;
  const token: Record<string, string> = {};
  let dana: Person;

  beforeAll(async () => {
    platform = await Platform.start();
    const base = new Api(platform.url);
    const agency = await createTenant(platform, { name: 'Conversations Agency' });
    token.owner = await passwordToken(agency.owner.email, agency.owner.password);
    api.owner = base.as(token.owner);
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, agency.tenantId, role);
      api[role] = base.as(await passwordToken(person.email, person.password));
    }
    clientId = (await api.owner.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    const otherClientId = (await api.owner.post<{ id: string }>('/clients', { name: 'Initech' })).body.id;
    dana = await addClientUser(platform, agency.tenantId, clientId, 'Dana Globex');
    const eve = await addClientUser(platform, agency.tenantId, clientId, 'Eve Globex');
    const olga = await addClientUser(platform, agency.tenantId, clientId, 'Olga Observer', {
      role: 'observer',
    });
    const frank = await addClientUser(platform, agency.tenantId, otherClientId, 'Frank Initech');
    const ned = await addClientUser(platform, agency.tenantId, clientId, 'Ned Nowhere', { workspaceIds: [] });
    for (const [name, person] of Object.entries({ dana, eve, olga, frank, ned })) {
      token[name] = await passwordToken(person.email, person.password);
      api[name as 'dana'] = base.as(token[name] ?? '');
    }
    const me = await api.dana.get<{ principal: { workspaceIds: string[] } }>('/me');
    workspaceId = me.body.principal.workspaceIds[0] ?? '';
    expect(workspaceId).not.toBe('');
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('keeps internal discussions from client users on every route and on the live stream', async () => {
    const danaStream = await EventStream.open(platform.url, token.dana ?? '');
    const staffStream = await EventStream.open(platform.url, token.owner ?? '');
    try {
      // Every staff role opens conversations; the General one comes first.
      for (const role of ['owner', 'admin', 'manager', 'member'] as const) {
        const listed = await api[role].get<{ conversations: Conversation[] }>(
          `/workspaces/${workspaceId}/conversations`,
        );
        expect(listed.status).toBe(200);
        expect(listed.body.conversations[0]).toMatchObject({ id: workspaceId, isDefault: true, subject: '' });
      }
      const internal = await api.member.post<Conversation>(`/workspaces/${workspaceId}/conversations`, {
        subject: 'Pricing strategy',
        internal: true,
      });
      expect(internal.status).toBe(201);
      expect(internal.body).toMatchObject({ visibility: 'internal', workspaceId });
      const aboutClient = await api.manager.post<Conversation>(`/clients/${clientId}/conversations`, {
        subject: 'Late payer?',
        internal: true,
      });
      expect(aboutClient.status).toBe(201);
      const secret = await api.owner.post<Message>(`/conversations/${internal.body.id}/messages`, {
        body: 'Secret: keep the discount at 5%',
      });
      expect(secret.status).toBe(201);
      await api.admin.post(`/conversations/${aboutClient.body.id}/messages`, {
        body: 'Secret: two invoices late',
      });
      await staffStream.waitFor(
        (event) =>
          event.event === 'message.posted' &&
          (event.data as Message & { messageId: string }).messageId === secret.body.id,
      );
      const general = await api.owner.post<Message>(`/workspaces/${workspaceId}/messages`, {
        body: 'Hello Globex',
      });
      expect(general.body.conversationId).toBe(workspaceId);
      await danaStream.waitFor(
        (event) =>
          event.event === 'message.posted' &&
          (event.data as { messageId: string }).messageId === general.body.id,
      );
      // The client's stream carried nothing internal, not even that a conversation was opened.
      const leaked = JSON.stringify(danaStream.events);
      expect(leaked).not.toContain('Secret');
      expect(leaked).not.toContain(internal.body.id);
      expect(leaked).not.toContain(aboutClient.body.id);
      expect(leaked).not.toContain('Pricing strategy');

      for (const who of ['dana', 'eve', 'olga', 'frank', 'ned'] as const) {
        for (const hidden of [internal.body.id, aboutClient.body.id]) {
          expect((await api[who].get(`/conversations/${hidden}`)).status).toBe(404);
          expect((await api[who].get(`/conversations/${hidden}/messages`)).status).toBe(404);
          expect((await api[who].post(`/conversations/${hidden}/messages`, { body: 'Hi?' })).status).toBe(
            404,
          );
          expect((await api[who].post(`/conversations/${hidden}/read`)).status).toBe(404);
          expect((await api[who].request('PATCH', `/conversations/${hidden}`, { subject: 'x' })).status).toBe(
            404,
          );
        }
        const summary = await api[who].get<Summary>('/conversations/unread');
        expect(JSON.stringify(summary.body)).not.toContain(internal.body.id);
        expect(summary.body.clients).toEqual([]);
      }
      for (const who of ['dana', 'eve', 'olga'] as const) {
        const listed = await api[who].get<{ conversations: Conversation[] }>(
          `/workspaces/${workspaceId}/conversations`,
        );
        expect(listed.body.conversations.map((conversation) => conversation.id)).toEqual([workspaceId]);
        // Per field: nothing internal, no staff ids.
        expect(listed.body.conversations[0]).toMatchObject({
          visibility: 'client',
          createdBy: '',
          clientAudience: [],
        });
        expect(
          (await api[who].get<{ conversations: Conversation[] }>(`/clients/${clientId}/conversations`)).body,
        ).toEqual({
          conversations: [],
        });
        const messages = await api[who].get<{ messages: Message[] }>(`/workspaces/${workspaceId}/messages`);
        expect(JSON.stringify(messages.body)).not.toContain('Secret');
      }
      expect((await api.dana.get<Summary>('/conversations/unread')).body).toMatchObject({
        total: 1,
        workspaces: [{ workspaceId, unreadCount: 1 }],
      });
      // Outside the workspace or the client, the lists themselves do not exist.
      expect((await api.frank.get(`/workspaces/${workspaceId}/conversations`)).status).toBe(404);
      expect((await api.ned.get(`/workspaces/${workspaceId}/conversations`)).status).toBe(404);
      expect((await api.frank.get(`/clients/${clientId}/conversations`)).status).toBe(404);
      expect((await api.frank.get(`/conversations/${workspaceId}/messages`)).status).toBe(404);
      // A client user cannot open an internal discussion, and an observer (no "chat") cannot write.
      const refused = await api.dana.post<Problem>(`/workspaces/${workspaceId}/conversations`, {
        subject: 'Secret',
        internal: true,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.violations).toEqual([expect.objectContaining({ field: 'internal' })]);
      expect(
        (await api.olga.post(`/workspaces/${workspaceId}/conversations`, { subject: 'Hi' })).status,
      ).toBe(403);
      expect((await api.olga.post(`/conversations/${workspaceId}/messages`, { body: 'Hi' })).status).toBe(
        403,
      );
      // Staff see the internal ones with everything.
      const forStaff = await api.member.get<{ conversations: Conversation[] }>(
        `/workspaces/${workspaceId}/conversations`,
      );
      expect(forStaff.body.conversations.map((conversation) => conversation.id)).toContain(internal.body.id);
    } finally {
      danaStream.close();
      staffStream.close();
    }
  }, 120_000);

  it('refuses a conversation without a subject, naming the field, and stores nothing', async () => {
    const before = (
      await api.owner.get<{ conversations: Conversation[] }>(`/workspaces/${workspaceId}/conversations`)
    ).body.conversations.length;
    const empty = await api.owner.post<Problem>(`/workspaces/${workspaceId}/conversations`, {
      subject: '  ',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.violations).toEqual([expect.objectContaining({ field: 'subject', code: 'required' })]);
    const long = await api.owner.post<Problem>(`/workspaces/${workspaceId}/conversations`, {
      subject: 'x'.repeat(121),
    });
    expect(long.body.violations).toEqual([expect.objectContaining({ field: 'subject', code: 'too_long' })]);
    const emptyMessage = await api.owner.post<Problem>(`/conversations/${workspaceId}/messages`, {
      body: ' ',
    });
    expect(emptyMessage.status).toBe(400);
    expect(emptyMessage.body.violations).toEqual([
      expect.objectContaining({ field: 'body', code: 'required' }),
    ]);
    expect(
      (await api.owner.get<{ conversations: Conversation[] }>(`/workspaces/${workspaceId}/conversations`))
        .body.conversations,
    ).toHaveLength(before);
  });

  it('"contact us": only that contact and the team see it; unread counts and reads follow live', async () => {
    const danaStream = await EventStream.open(platform.url, token.dana ?? '');
    const eveStream = await EventStream.open(platform.url, token.eve ?? '');
    const staffStream = await EventStream.open(platform.url, token.owner ?? '');
    try {
      const contact = await api.dana.post<Conversation>(`/clients/${clientId}/conversations`, {
        subject: 'Question about my contract',
      });
      expect(contact.status).toBe(201);
      expect(contact.body).toMatchObject({ workspaceId: '', visibility: 'client', createdBy: dana.userId });
      const asked = await api.dana.post<Message>(`/conversations/${contact.body.id}/messages`, {
        body: 'Can we talk?',
      });
      await staffStream.waitFor(
        (event) =>
          event.event === 'message.posted' &&
          (event.data as { messageId: string }).messageId === asked.body.id,
      );
      // The team sees it, unread, in the client's list and the navigation's summary.
      const staffList = await api.member.get<{ conversations: Conversation[] }>(
        `/clients/${clientId}/conversations`,
      );
      expect(
        staffList.body.conversations.find((conversation) => conversation.id === contact.body.id),
      ).toMatchObject({
        unreadCount: 1,
        clientAudience: [dana.userId],
      });
      // Eve, of the same client, has no trace of it.
      expect((await api.eve.get(`/conversations/${contact.body.id}`)).status).toBe(404);
      expect(
        (await api.eve.get<{ conversations: Conversation[] }>(`/clients/${clientId}/conversations`)).body
          .conversations,
      ).toEqual([]);

      const answer = await api.owner.post<Message>(`/conversations/${contact.body.id}/messages`, {
        body: 'Of course',
      });
      await danaStream.waitFor(
        (event) =>
          event.event === 'message.posted' &&
          (event.data as { messageId: string }).messageId === answer.body.id,
      );
      expect((await api.dana.get<Summary>('/conversations/unread')).body.clients).toEqual([
        expect.objectContaining({ clientId, unreadCount: 1 }),
      ]);
      // Reading it in one tab tells the person's other tabs (and nobody else).
      expect((await api.dana.post(`/conversations/${contact.body.id}/read`)).status).toBe(200);
      await danaStream.waitFor(
        (event) =>
          event.event === 'conversation.read' &&
          (event.data as { conversationId: string }).conversationId === contact.body.id,
      );
      expect((await api.dana.get<Conversation>(`/conversations/${contact.body.id}`)).body.unreadCount).toBe(
        0,
      );
      expect((await api.dana.get<Summary>('/conversations/unread')).body.clients).toEqual([]);
      expect(JSON.stringify(eveStream.events)).not.toContain(contact.body.id);
      expect(
        staffStream.events.some(
          (event) =>
            event.event === 'conversation.read' &&
            (event.data as { conversationId: string }).conversationId === contact.body.id,
        ),
      ).toBe(false);
    } finally {
      danaStream.close();
      eveStream.close();
      staffStream.close();
    }
  }, 120_000);
});
