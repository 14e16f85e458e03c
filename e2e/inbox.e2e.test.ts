import type { ServiceRuntime } from '@client-portal/kit';
import { passwordToken } from '@client-portal/testing';
import { Api, EventStream } from './support/http.js';
import {
  accountRecipient,
  NEW_MESSAGE,
  renderedWith,
  runningDispatcher,
  sourceEvent,
} from './support/inbox-fixtures.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';
import type { Dispatcher } from '../services/notification/src/application/dispatcher.js';

interface Entry {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  readAt: string;
}
interface InboxList {
  notifications: Entry[];
  unreadCount: number;
}

/**
 * The inbox over REST and the live stream (issue 12, inbox slice): each person sees and marks only
 * their own notifications, whatever their role; another person's answers 404; a client user's answer
 * carries nothing internal, and their stream carries only their own notifications.
 */
describe('the in-app inbox through the gateway', () => {
  let platform: Platform;
  let dispatcher: Dispatcher;
  let closeDispatcher: () => void = () => undefined;
  let tenantId = '';
  let globexId = '';
  let initechId = '';
  const people: Record<string, Person> = {};
  const apis: Record<string, Api> = {};
  const streams: EventStream[] = [];

  const stream = async (name: string) => {
    const opened = await EventStream.open(
      platform.url,
      await passwordToken(people[name]?.email ?? '', people[name]?.password ?? ''),
    );
    streams.push(opened);
    return opened;
  };
  const api = (name: string): Api => {
    const found = apis[name];
    if (!found) throw new Error(`no caller ${name}`);
    return found;
  };
  const person = (name: string): Person => {
    const found = people[name];
    if (!found) throw new Error(`no person ${name}`);
    return found;
  };

  beforeAll(async () => {
    platform = await Platform.start();
    const agency = await createTenant(platform, { name: 'Inbox Agency' });
    tenantId = agency.tenantId;
    people.owner = agency.owner;
    people.admin = await addStaff(platform, tenantId, 'admin', 'Adam Admin');
    people.manager = await addStaff(platform, tenantId, 'manager', 'Mia Manager');
    people.member = await addStaff(platform, tenantId, 'member', 'Max Member');
    const ownerApi = new Api(platform.url).as(await passwordToken(agency.owner.email, agency.owner.password));
    globexId = (await ownerApi.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    initechId = (await ownerApi.post<{ id: string }>('/clients', { name: 'Initech' })).body.id;
    people.dana = await addClientUser(platform, tenantId, globexId, 'Dana Globex');
    people.eve = await addClientUser(platform, tenantId, globexId, 'Eve Globex', { workspaceIds: [] });
    people.ivan = await addClientUser(platform, tenantId, initechId, 'Ivan Initech');
    for (const [name, who] of Object.entries(people))
      apis[name] = new Api(platform.url).as(await passwordToken(who.email, who.password));
    const runtime = platform.runtimes.get('notification') as ServiceRuntime;
    ({ dispatcher, close: closeDispatcher } = runningDispatcher(runtime, `${platform.namespace}.`));
  }, 240_000);

  afterAll(async () => {
    for (const opened of streams) opened.close();
    closeDispatcher();
    await platform.stop();
  });

  it('puts each notification in its person’s inbox and on their stream only; the rest is 404', async () => {
    const ownerStream = await stream('owner');
    const danaStream = await stream('dana');
    const eveStream = await stream('eve');
    const ivanStream = await stream('ivan');
    const event = sourceEvent(tenantId, { clientId: globexId, workspaceId: 'ws', clientVisible: true });
    await dispatcher.dispatch(
      event,
      NEW_MESSAGE,
      [
        accountRecipient(person('owner').userId, 'staff', person('owner').email),
        accountRecipient(person('member').userId, 'staff', person('member').email),
        accountRecipient(person('dana').userId, 'client', person('dana').email),
      ],
      (recipient) =>
        recipient.kind === 'client'
          ? renderedWith('Ada answered', 'See the new draft', '/portal/workspaces/ws')
          : renderedWith('Dana wrote', 'Invoice received', '/app/clients/x'),
    );

    // Live: the owner's and Dana's own, nobody else's.
    const ownerLive = await ownerStream.waitFor((frame) => frame.event === 'notification.created');
    expect(ownerLive.data).toMatchObject({ recipientUserId: person('owner').userId, title: 'Dana wrote' });
    const danaLive = await danaStream.waitFor((frame) => frame.event === 'notification.created');
    expect(danaLive.data).toMatchObject({
      recipientUserId: person('dana').userId,
      title: 'Ada answered',
      link: '/portal/workspaces/ws',
    });
    expect(Object.keys(danaLive.data as object).sort()).toEqual(
      [
        'body',
        'clientId',
        'createdAt',
        'kind',
        'link',
        'notificationId',
        'recipientKind',
        'recipientUserId',
        'title',
      ].sort(),
    );
    for (const other of [eveStream, ivanStream])
      expect(other.events.filter((frame) => frame.event.startsWith('notification.'))).toEqual([]);
    expect(ownerStream.events.filter((frame) => frame.event === 'notification.created')).toHaveLength(1);

    // REST: each sees their own; the client's answer holds the entry's public fields only.
    const dana = await api('dana').get<InboxList>('/inbox');
    expect(dana.status).toBe(200);
    expect(dana.body.unreadCount).toBe(1);
    expect(Object.keys(dana.body.notifications[0] ?? {}).sort()).toEqual(
      ['body', 'createdAt', 'id', 'kind', 'link', 'readAt', 'title'].sort(),
    );
    const danaEntry = dana.body.notifications[0]?.id ?? '';
    expect(JSON.stringify(dana.body)).not.toContain(person('owner').userId);
    expect(JSON.stringify(dana.body)).not.toContain('Invoice received');
    for (const [name, expected] of [
      ['owner', 1],
      ['member', 1],
      ['admin', 0],
      ['manager', 0],
      ['eve', 0],
      ['ivan', 0],
    ] as const) {
      const count = await api(name).get<{ unreadCount: number }>('/inbox/unread-count');
      expect([name, count.status, count.body.unreadCount]).toEqual([name, 200, expected]);
    }

    // Dana's entry, marked by anyone else: 404 (owner, admin, manager, member, a colleague of her
    // client, a client user of another client), and it stays unread.
    for (const name of ['owner', 'admin', 'manager', 'member', 'eve', 'ivan']) {
      const refused = await api(name).post(`/inbox/${danaEntry}/read`);
      expect([name, refused.status]).toEqual([name, 404]);
    }
    expect((await new Api(platform.url).post(`/inbox/${danaEntry}/read`)).status).toBe(401);
    expect((await api('dana').get<InboxList>('/inbox?unread=true')).body.notifications).toHaveLength(1);

    const read = await api('dana').post<{ notification: Entry; unreadCount: number }>(
      `/inbox/${danaEntry}/read`,
    );
    expect(read.status).toBe(200);
    expect(read.body.unreadCount).toBe(0);
    expect(read.body.notification.readAt).not.toBe('');
    // Her other tabs hear it.
    await danaStream.waitFor(
      (frame) =>
        frame.event === 'notification.read' &&
        (frame.data as { notificationId: string }).notificationId === danaEntry,
    );
  });

  it('marks all read for the caller only, and tells their other tabs', async () => {
    const ownerTab = await stream('owner');
    for (const title of ['One', 'Two'])
      await dispatcher.dispatch(
        sourceEvent(tenantId, { clientId: globexId }),
        NEW_MESSAGE,
        [
          accountRecipient(person('owner').userId, 'staff', person('owner').email),
          accountRecipient(person('admin').userId, 'staff', person('admin').email),
        ],
        () => renderedWith(title, '', '/app'),
      );
    const before = await api('owner').get<{ unreadCount: number }>('/inbox/unread-count');
    expect(before.body.unreadCount).toBeGreaterThanOrEqual(2);
    const all = await api('owner').post<{ marked: number; unreadCount: number }>('/inbox/read-all');
    expect(all.status).toBe(200);
    expect(all.body).toEqual({ marked: before.body.unreadCount, unreadCount: 0 });
    await ownerTab.waitFor(
      (frame) =>
        frame.event === 'notification.read' &&
        (frame.data as { notificationId: string }).notificationId === '',
    );
    // The admin's are untouched.
    expect((await api('admin').get<InboxList>('/inbox')).body.unreadCount).toBe(2);
  });

  it('keeps an internal event out of a client user’s inbox', async () => {
    await dispatcher.dispatch(
      sourceEvent(tenantId, { clientId: globexId, workspaceId: 'ws', clientVisible: false }),
      NEW_MESSAGE,
      [
        accountRecipient(person('member').userId, 'staff', person('member').email),
        accountRecipient(person('dana').userId, 'client', person('dana').email),
      ],
      () => renderedWith('Internal: margins', 'thin', '/app'),
    );
    const member = await api('member').get<InboxList>('/inbox');
    expect(member.body.notifications.map((entry) => entry.title)).toContain('Internal: margins');
    const dana = await api('dana').get<InboxList>('/inbox');
    expect(dana.body.notifications.map((entry) => entry.title)).not.toContain('Internal: margins');
    expect(dana.body.unreadCount).toBe(0);
  });
});
