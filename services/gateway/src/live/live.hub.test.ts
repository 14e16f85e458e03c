import {
  forClientUser,
  producedEvents,
  toLiveEvent,
  type CatalogueEvent,
  type LiveEvent,
} from '@client-portal/events';
import type { Principal } from '@client-portal/kit';
import { frameOf, visibleTo } from './live.hub.js';

const [messagePosted] = producedEvents.messaging;
const [invoiceIssued] = producedEvents.billing;
const [workspaceCreated] = producedEvents.portal;

const envelope = {
  id: '00000000-0000-4000-8000-000000000000',
  occurredAt: new Date().toISOString(),
  subject: 's',
  correlationId: 'c',
  version: 1,
} as const;

/** The live update a catalogue event of a tenant becomes. */
function liveOf(tenantId: string, event: CatalogueEvent): { tenantId: string; live: LiveEvent } {
  const live = toLiveEvent(event);
  if (!live) throw new Error(`${event.type} is a live update`);
  return { tenantId, live };
}

const message = (tenantId: string, data: Partial<typeof messagePosted.example>) =>
  liveOf(tenantId, {
    ...envelope,
    type: 'messaging.message.posted',
    tenantId,
    producer: 'messaging',
    data: messagePosted.schema.parse({ ...messagePosted.example, ...data }),
  });

const invoice = (tenantId: string, clientId: string) =>
  liveOf(tenantId, {
    ...envelope,
    type: 'billing.invoice.issued',
    tenantId,
    producer: 'billing',
    data: { ...invoiceIssued.example, clientId },
  });

const workspace = (tenantId: string, clientId: string, workspaceId: string) =>
  liveOf(tenantId, {
    ...envelope,
    type: 'portal.workspace.created',
    tenantId,
    producer: 'portal',
    data: { ...workspaceCreated.example, clientId, workspaceId },
  });

const seen = (principal: Principal, { tenantId, live }: { tenantId: string; live: LiveEvent }) =>
  visibleTo(principal, tenantId, live);

describe('which live updates a connected user receives', () => {
  const staff: Principal = {
    userId: 's',
    tenantId: 't1',
    kind: 'staff',
    staffRole: 'member',
    workspaceIds: [],
  };
  const contact: Principal = {
    userId: 'c',
    tenantId: 't1',
    kind: 'client',
    clientId: 'globex',
    workspaceIds: ['w1'],
  };

  it('gives staff everything of their tenant and nothing of another', () => {
    expect(seen(staff, message('t1', { clientId: 'anyone', workspaceId: 'w9' }))).toBe(true);
    expect(seen(staff, invoice('t1', 'anyone'))).toBe(true);
    expect(seen(staff, message('t2', { clientId: 'anyone' }))).toBe(false);
  });

  it('gives a client user only their client and the workspaces they were invited to', () => {
    expect(seen(contact, message('t1', { clientId: 'globex', workspaceId: 'w1' }))).toBe(true);
    expect(seen(contact, message('t1', { clientId: 'globex', workspaceId: 'w2' }))).toBe(false);
    expect(seen(contact, message('t1', { clientId: 'hooli', workspaceId: 'w1' }))).toBe(false);
    expect(seen(contact, invoice('t1', 'globex'))).toBe(true);
    expect(seen(contact, invoice('t1', 'hooli'))).toBe(false);
    expect(seen(contact, workspace('t1', 'globex', 'w1'))).toBe(true);
    expect(seen(contact, workspace('t1', 'globex', 'w2'))).toBe(false);
    expect(seen(contact, message('t2', { clientId: 'globex', workspaceId: 'w1' }))).toBe(false);
  });

  it('narrows an update to its recipient, and a client audience to the client users it names', () => {
    const narrowed = (fields: Record<string, unknown>) => {
      const { tenantId, live } = message('t1', { clientId: 'globex', workspaceId: 'w1' });
      return { tenantId, live: { ...live, data: { ...live.data, ...fields } } as LiveEvent };
    };
    expect(seen(staff, narrowed({ recipientUserId: 's' }))).toBe(true);
    expect(seen(staff, narrowed({ recipientUserId: 'someone-else' }))).toBe(false);
    expect(seen(contact, narrowed({ recipientUserId: 'c' }))).toBe(true);
    expect(seen(contact, narrowed({ recipientUserId: 's' }))).toBe(false);
    expect(seen(contact, narrowed({ clientAudience: ['c'] }))).toBe(true);
    expect(seen(contact, narrowed({ clientAudience: ['other-contact'] }))).toBe(false);
    expect(seen(contact, narrowed({ clientAudience: [] }))).toBe(false);
    expect(seen(staff, narrowed({ clientAudience: ['other-contact'] }))).toBe(true);
  });

  it('keeps internal conversations from client users; client-level ones reach the audience (issue 12)', () => {
    const internal = message('t1', { clientId: 'globex', workspaceId: 'w1', clientVisible: false });
    expect(seen(contact, internal)).toBe(false);
    expect(seen(staff, internal)).toBe(true);
    // An empty audience means "every client user who may see it": it does not travel at all.
    const general = message('t1', { clientId: 'globex', workspaceId: 'w1', clientAudience: [] });
    expect('clientAudience' in general.live.data && general.live.data.clientAudience).toBeFalsy();
    expect(seen(contact, general)).toBe(true);
    // "Contact the business": client level (no workspace), that contact only.
    const mine = message('t1', { clientId: 'globex', workspaceId: '', clientAudience: ['c'] });
    expect(seen(contact, mine)).toBe(true);
    expect(seen({ ...contact, userId: 'colleague' }, mine)).toBe(false);
    expect(
      seen({ ...contact, clientId: 'hooli' }, message('t1', { clientId: 'globex', workspaceId: '' })),
    ).toBe(false);
    // Old events read as the workspace's default conversation.
    expect(message('t1', { workspaceId: 'w1', conversationId: '' }).live.data).toMatchObject({
      conversationId: 'w1',
    });
  });

  it("hides a staff author's internal id from client users, not a client author's, and not from staff", () => {
    const fromStaff = message('t1', {
      author: { userId: 'staff-42', displayName: 'Ada', kind: 'staff' },
    }).live;
    expect(frameOf(fromStaff)).toContain('"userId":"staff-42"');
    expect(frameOf(forClientUser(fromStaff))).toContain('"userId":""');
    expect(frameOf(forClientUser(fromStaff))).not.toContain('staff-42');
    const fromClient = message('t1', {
      author: { userId: 'client-7', displayName: 'Dana', kind: 'client' },
    }).live;
    expect(frameOf(forClientUser(fromClient))).toContain('"userId":"client-7"');
  });

  it('frames an update as a server-sent event named after it, with the event id', () => {
    const { live } = invoice('t1', 'globex');
    const frame = frameOf(live);
    expect(frame).toMatch(
      /^id: 00000000-0000-4000-8000-000000000000\nevent: invoice\.issued\ndata: \{.*\}\n\n$/,
    );
    expect(JSON.parse(/^data: (.*)$/m.exec(frame)?.[1] ?? '{}')).toEqual({
      ...invoiceIssued.example,
      clientId: 'globex',
    });
  });
});
