import { passwordToken } from '@client-portal/testing';
import { MessageRepository } from '../services/messaging/src/store/message.repository.js';
import { Api, EventStream, type ApiResponse } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

interface Attachment {
  id: string;
  name: string;
  size: number;
  contentType: string;
}
interface Message {
  id: string;
  workspaceId: string;
  author: { userId: string; displayName: string; kind: string };
  body: string;
  attachments: Attachment[];
  mentions: { userId: string; kind: string; displayName: string }[];
  editedAt: string;
  deletedAt: string;
}
interface Problem {
  code: string;
  reason?: string;
  detail: string;
  violations?: { field: string; code?: string }[];
}
interface Upload {
  attachment: Attachment;
  uploadUrl: string;
  maxBytes: number;
}
interface Candidates {
  people: { userId: string; kind: string; displayName: string }[];
}

const STAFF_ROLES = ['owner', 'admin', 'manager', 'member'] as const;
type Role = (typeof STAFF_ROLES)[number] | 'client' | 'observer' | 'otherClient' | 'outsider';

async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const fieldsOf = (problem: Problem) =>
  (problem.violations ?? []).map((violation) => `${violation.field}:${violation.code ?? ''}`);

/**
 * Message actions over REST on the real platform: attachments (upload through a presigned URL, the
 * limit, downloads only for who may see the conversation), edit and delete within five minutes (live),
 * mentions (who may be mentioned, no staff ids for client users) and "seen by", each with its
 * permission matrix.
 */
describe('message actions over REST', () => {
  let platform: Platform;
  const as = {} as Record<Role, Api>;
  const people = {} as Record<Role, Person>;
  const tokens = {} as Record<Role, string>;
  let tenantId: string;
  const globex = { id: '', workspaceId: '' };
  const hooli = { id: '', workspaceId: '' };

  const messages = async (api: Api = as.owner) =>
    (await api.get<{ messages: Message[] }>(`/workspaces/${globex.workspaceId}/messages?pageSize=100`)).body
      .messages;

  /** Uploads `bytes` as a message attachment for `api`'s caller (announcing `announced` bytes). */
  async function upload(api: Api, name: string, bytes: Buffer, announced = bytes.length): Promise<Upload> {
    const started = await api.post<Upload>(`/conversations/${globex.workspaceId}/attachments`, {
      name,
      size: announced,
      contentType: 'text/plain',
    });
    expect(started.status).toBe(201);
    const put = await fetch(started.body.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    expect(put.status).toBe(200);
    return started.body;
  }

  beforeAll(async () => {
    platform = await Platform.start();
    const api = new Api(platform.url);
    const agency = await createTenant(platform, { name: 'Actions Agency' });
    tenantId = agency.tenantId;
    people.owner = agency.owner;
    for (const role of ['admin', 'manager', 'member'] as const)
      people[role] = await addStaff(platform, tenantId, role, `The ${role}`);
    for (const [company, name] of [
      [globex, 'Globex'],
      [hooli, 'Hooli'],
    ] as const) {
      company.id = (
        await api
          .as(await passwordToken(agency.owner.email, agency.owner.password))
          .post<{ id: string }>('/clients', {
            name,
            primaryContact: {
              firstName: 'Primary',
              lastName: name,
              email: `primary@${name}.test`,
              role: 'decision-maker',
            },
          })
      ).body.id;
      const enabled = await api
        .as(await passwordToken(agency.owner.email, agency.owner.password))
        .post<{ workspace: { id: string } }>(`/clients/${company.id}/portal`);
      company.workspaceId = enabled.body.workspace.id;
    }
    people.client = await addClientUser(platform, tenantId, globex.id, 'Grace Client', {
      workspaceIds: [globex.workspaceId],
    });
    people.observer = await addClientUser(platform, tenantId, globex.id, 'Oscar Observer', {
      workspaceIds: [globex.workspaceId],
      role: 'observer',
    });
    people.otherClient = await addClientUser(platform, tenantId, hooli.id, 'Gavin Other', {
      workspaceIds: [hooli.workspaceId],
    });
    // A user of the same client who was never added to the workspace.
    people.outsider = await addClientUser(platform, tenantId, globex.id, 'Nina Outsider', {
      workspaceIds: [],
    });
    for (const role of [...STAFF_ROLES, 'client', 'observer', 'otherClient', 'outsider'] as const) {
      tokens[role] = await passwordToken(people[role].email, people[role].password);
      as[role] = api.as(tokens[role]);
    }
    // Messaging hears of the workspace through portal's event.
    const first = await eventually(
      () => as.owner.post<Message>(`/workspaces/${globex.workspaceId}/messages`, { body: 'Welcome!' }),
      (answer) => answer.status === 201,
    );
    expect(first.status).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('attachments: uploaded within the limit, posted, downloaded by who sees the conversation, 404 otherwise', async () => {
    const stream = await EventStream.open(platform.url, tokens.owner);
    // Refusals before a byte is sent, each naming its field; the observer may read but not write.
    const tooBig = await as.client.post<Problem>(`/conversations/${globex.workspaceId}/attachments`, {
      name: 'huge.zip',
      size: 26 * 1024 * 1024,
    });
    expect(tooBig.status).toBe(400);
    expect(fieldsOf(tooBig.body)).toEqual(['size:too_big']);
    expect(tooBig.body.detail).toContain('25 MB');
    const unnamed = await as.client.post<Problem>(`/conversations/${globex.workspaceId}/attachments`, {
      name: ' ',
      size: 0,
    });
    expect(fieldsOf(unnamed.body).sort()).toEqual(['name:required', 'size:too_small']);
    expect(
      (await as.observer.post(`/conversations/${globex.workspaceId}/attachments`, { name: 'a.txt', size: 3 }))
        .status,
    ).toBe(403);
    for (const role of ['otherClient', 'outsider'] as const)
      expect(
        (await as[role].post(`/conversations/${globex.workspaceId}/attachments`, { name: 'a.txt', size: 3 }))
          .status,
      ).toBe(404);

    // Bytes larger than announced are refused when posting; nothing is stored, the draft can be sent again.
    const before = await messages();
    const sneaky = await upload(as.client, 'sneaky.txt', Buffer.from('twenty bytes of text'), 5);
    const refused = await as.client.post<Problem>(`/workspaces/${globex.workspaceId}/messages`, {
      body: 'see attached',
      attachmentIds: [sneaky.attachment.id],
    });
    expect(refused.status).toBe(400);
    expect(fieldsOf(refused.body)).toEqual(['attachmentIds[0]:too_big']);
    expect(await messages()).toEqual(before);

    const bytes = Buffer.from('The brief, version 2\n');
    const brief = await upload(as.client, 'brief.txt', bytes);
    expect(brief.maxBytes).toBe(25 * 1024 * 1024);
    // Someone else cannot send the client's upload.
    const stolen = await as.owner.post<Problem>(`/workspaces/${globex.workspaceId}/messages`, {
      body: 'mine now',
      attachmentIds: [brief.attachment.id],
    });
    expect(fieldsOf(stolen.body)).toEqual(['attachmentIds[0]:invalid_value']);
    // Files only: the body may be empty.
    const posted = await as.client.post<Message>(`/workspaces/${globex.workspaceId}/messages`, {
      body: '',
      attachmentIds: [brief.attachment.id],
    });
    expect(posted.status).toBe(201);
    expect(posted.body.attachments).toEqual([
      { id: brief.attachment.id, name: 'brief.txt', size: bytes.length, contentType: 'text/plain' },
    ]);
    // Once sent, it cannot be sent again.
    const again = await as.client.post<Problem>(`/workspaces/${globex.workspaceId}/messages`, {
      body: 'twice',
      attachmentIds: [brief.attachment.id],
    });
    expect(fieldsOf(again.body)).toEqual(['attachmentIds:invalid_value']);

    const live = await stream.waitFor(
      (event) =>
        event.event === 'message.posted' &&
        (event.data as { messageId: string }).messageId === posted.body.id,
    );
    expect((live.data as { attachments: Attachment[] }).attachments).toHaveLength(1);
    stream.close();

    const path = `/messages/${posted.body.id}/attachments/${brief.attachment.id}/download-url`;
    for (const role of [...STAFF_ROLES, 'client', 'observer'] as const) {
      const download = await as[role].get<{ url: string }>(path);
      expect(download.status).toBe(200);
      if (role === 'owner' || role === 'observer') {
        const file = await fetch(download.body.url);
        expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
        expect(file.headers.get('content-disposition')).toContain('attachment');
      }
    }
    for (const role of ['otherClient', 'outsider'] as const)
      expect((await as[role].get(path)).status).toBe(404);
    expect((await as.owner.get(`/messages/${posted.body.id}/attachments/nope/download-url`)).status).toBe(
      404,
    );
  });

  it('edit and delete: the author only, within five minutes, live; after the window a refusal naming it', async () => {
    const stream = await EventStream.open(platform.url, tokens.client);
    const file = await upload(as.owner, 'plan.txt', Buffer.from('plan'));
    const posted = (
      await as.owner.post<Message>(`/workspaces/${globex.workspaceId}/messages`, {
        body: 'Draft plan attached',
        attachmentIds: [file.attachment.id],
      })
    ).body;
    const path = `/messages/${posted.id}`;
    // Not the author: staff of other roles are refused; client users who may not see it get 404.
    for (const role of ['admin', 'manager', 'member', 'client'] as const)
      expect((await as[role].request('PATCH', path, { body: 'hijack' })).status).toBe(403);
    for (const role of ['otherClient', 'outsider'] as const) {
      expect((await as[role].request('PATCH', path, { body: 'hijack' })).status).toBe(404);
      expect((await as[role].delete(path)).status).toBe(404);
    }
    const tooLong = await as.owner.request<Problem>('PATCH', path, { body: 'x'.repeat(5001) });
    expect(fieldsOf(tooLong.body)).toEqual(['body:too_long']);
    expect((await messages()).find((message) => message.id === posted.id)?.body).toBe('Draft plan attached');

    const edited: ApiResponse<Message> = await as.owner.request<Message>('PATCH', path, {
      body: 'Final plan attached',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ body: 'Final plan attached', deletedAt: '' });
    expect(edited.body.editedAt).not.toBe('');
    const seenLive = await stream.waitFor(
      (event) =>
        event.event === 'message.changed' && (event.data as { messageId: string }).messageId === posted.id,
    );
    expect(seenLive.data).toMatchObject({ change: 'edited', body: 'Final plan attached' });
    // The client's view: the edit, and no staff ids.
    const clientView = (await messages(as.client)).find((message) => message.id === posted.id);
    expect(clientView).toMatchObject({ body: 'Final plan attached', author: { userId: '' } });

    const deleted = await as.owner.delete<Message>(path);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ body: '', attachments: [] });
    expect(deleted.body.deletedAt).not.toBe('');
    await stream.waitFor(
      (event) =>
        event.event === 'message.changed' &&
        (event.data as { messageId: string; change: string }).messageId === posted.id &&
        (event.data as { change: string }).change === 'deleted',
    );
    stream.close();
    // Its place stays; its file is gone for everybody.
    expect((await messages(as.client)).find((message) => message.id === posted.id)?.deletedAt).not.toBe('');
    expect(
      (await as.client.get(`/messages/${posted.id}/attachments/${file.attachment.id}/download-url`)).status,
    ).toBe(404);
    const twice = await as.owner.delete<Problem>(path);
    expect(twice.status).toBe(409);
    expect(twice.body.reason).toBe('message.deleted');

    // A message sent ten minutes ago can no longer be changed, and says why.
    const runtime = platform.runtimes.get('messaging');
    if (!runtime) throw new Error('messaging is not running');
    const old = { ...posted, id: `${posted.id}-old` };
    await new MessageRepository(runtime.connection).insert({
      id: old.id,
      tenantId,
      workspaceId: globex.workspaceId,
      conversationId: globex.workspaceId,
      clientId: globex.id,
      author: { userId: people.client.userId, displayName: 'Grace Client', kind: 'client' },
      body: 'An old message',
      createdAt: new Date(Date.now() - 10 * 60 * 1000),
      attachments: [],
      mentions: [],
      editedAt: null,
      deletedAt: null,
      version: 0,
    });
    for (const change of [
      () => as.client.request<Problem>('PATCH', `/messages/${old.id}`, { body: 'too late' }),
      () => as.client.delete<Problem>(`/messages/${old.id}`),
    ]) {
      const late = await change();
      expect(late.status).toBe(409);
      expect(late.body.reason).toBe('message.edit_window_passed');
      expect(late.body.detail).toContain('5 minutes');
    }
    expect((await messages()).find((message) => message.id === old.id)).toMatchObject({
      body: 'An old message',
      editedAt: '',
      deletedAt: '',
    });
  });

  it('mentions: the people who may see the conversation, no staff ids for client users; 404 for others', async () => {
    const forStaff = await as.member.get<Candidates>(
      `/conversations/${globex.workspaceId}/mention-candidates`,
    );
    expect(forStaff.status).toBe(200);
    const staffNames = forStaff.body.people.map((person) => `${person.kind}:${person.displayName}`).sort();
    expect(staffNames).toEqual(
      [
        'client:Grace Client',
        'client:Oscar Observer',
        `staff:${people.owner.displayName}`,
        'staff:The admin',
        'staff:The manager',
      ].sort(),
    );
    expect(forStaff.body.people.find((person) => person.displayName === 'The admin')?.userId).toBe(
      people.admin.userId,
    );
    const forClient = await as.client.get<Candidates>(
      `/conversations/${globex.workspaceId}/mention-candidates`,
    );
    expect(forClient.status).toBe(200);
    const staffIds = new Set(STAFF_ROLES.map((role) => people[role].userId));
    for (const person of forClient.body.people) expect(staffIds.has(person.userId)).toBe(false);
    expect(forClient.body.people.map((person) => person.displayName)).not.toContain('Gavin Other');
    for (const role of ['otherClient', 'outsider'] as const)
      expect((await as[role].get(`/conversations/${globex.workspaceId}/mention-candidates`)).status).toBe(
        404,
      );

    const manager = forClient.body.people.find((person) => person.displayName === 'The manager');
    const refused = await as.client.post<Problem>(`/workspaces/${globex.workspaceId}/messages`, {
      body: 'Hello @Gavin',
      mentions: [people.otherClient.userId],
    });
    expect(fieldsOf(refused.body)).toEqual(['mentions[0]:invalid_value']);
    const posted = await as.client.post<Message>(`/workspaces/${globex.workspaceId}/messages`, {
      body: '@The manager could you check the brief?',
      mentions: [manager?.userId ?? ''],
    });
    expect(posted.status).toBe(201);
    expect(posted.body.mentions).toEqual([{ userId: '', kind: 'staff', displayName: 'The manager' }]);
    const stored = (await messages(as.owner)).find((message) => message.id === posted.body.id);
    expect(stored?.mentions).toEqual([
      { userId: people.manager.userId, kind: 'staff', displayName: 'The manager' },
    ]);
  });

  it('seen by: the people whose read marker is past the last message, by name', async () => {
    const last = await as.owner.post<Message>(`/workspaces/${globex.workspaceId}/messages`, {
      body: 'Seen?',
    });
    const empty = await as.owner.get<{ messageId: string; people: Candidates['people'] }>(
      `/conversations/${globex.workspaceId}/seen-by`,
    );
    expect(empty.body).toEqual({ messageId: last.body.id, people: [] });
    expect((await as.client.post(`/workspaces/${globex.workspaceId}/messages/read`, {})).status).toBe(200);
    expect((await as.admin.post(`/workspaces/${globex.workspaceId}/messages/read`, {})).status).toBe(200);
    const seen = await as.owner.get<{ messageId: string; people: Candidates['people'] }>(
      `/conversations/${globex.workspaceId}/seen-by`,
    );
    expect(seen.body.people.map((person) => person.displayName).sort()).toEqual([
      'Grace Client',
      'The admin',
    ]);
    const byClient = await as.observer.get<{ people: Candidates['people'] }>(
      `/conversations/${globex.workspaceId}/seen-by`,
    );
    expect(byClient.body.people.find((person) => person.kind === 'staff')?.userId).toBe('');
    for (const role of ['otherClient', 'outsider'] as const)
      expect((await as[role].get(`/conversations/${globex.workspaceId}/seen-by`)).status).toBe(404);
  });
});
