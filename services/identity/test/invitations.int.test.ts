import {
  as,
  asService,
  clientUser,
  deleteRealmUser,
  readTopic,
  realmUsersByEmail,
  serviceTestEnvironment,
  staff,
  uniqueName,
} from '@client-portal/testing';
import { servicePrincipal, type Principal, type ServiceRuntime } from '@client-portal/kit';
import { createServiceClient as contractClient, type ServiceClient } from '@client-portal/contracts';
import { loadIdentityConfig } from '../src/config.js';
import { startIdentity } from '../src/app.js';

interface Envelope {
  id: string;
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

const platform = as(servicePrincipal('platform', 'seed'));
const DAY_MS = 24 * 3600 * 1000;

/** Issue 11: invitations lists, resend, cancel, the bulk check, mobile numbers, and the three leaks. */
describe('client invitations (issue 11) against the real Keycloak and Kafka', () => {
  const environment = serviceTestEnvironment('identity');
  let runtime: ServiceRuntime;
  let identity: ServiceClient<'identity'>;
  let invitations: ServiceClient<'clientInvitations'>;
  const realmUsers: string[] = [];
  let tenantId = '';
  let owner: Principal;
  let otherOwner: Principal;

  const invite = async (
    email: string,
    workspaceId: string,
    by = owner,
    extra: Record<string, string> = {},
  ) => {
    const invited = await identity.inviteExternalUser(
      {
        email,
        displayName: 'Grace Hopper',
        clientId: 'client-globex',
        contactId: uniqueName('contact'),
        workspaceId,
        workspaceName: `Workspace ${workspaceId}`,
        clientName: 'Globex',
        role: 'technical',
        ...extra,
      },
      as(by),
    );
    realmUsers.push(invited.user?.keycloakId ?? '');
    return invited;
  };
  const linkOf = async (invitationId: string, tenant = tenantId) =>
    invitations.issueInvitationLink({ kind: 'client', id: invitationId }, asService('notification', tenant));
  const tokenOf = async (invitationId: string) =>
    (await linkOf(invitationId)).acceptUrl.split('/invitations/')[1] ?? '';
  const sentEvents = async (invitationId: string, count: number): Promise<Envelope[]> => {
    const parse = (value: Buffer | null) => JSON.parse(value?.toString() ?? '{}') as Envelope;
    // Delivery is at least once (consumers apply an event id once): a republished event counts once.
    const matching = (messages: { value: Buffer | null }[]) => [
      ...new Map(
        messages
          .map((message) => parse(message.value))
          .filter((event) => event.type === 'identity.invitation.sent' && event.subject === invitationId)
          .map((event) => [event.id, event] as const),
      ).values(),
    ];
    return matching(
      await readTopic(
        `${environment.KAFKA_TOPIC_PREFIX}identity.events`,
        (all) => matching(all).length >= count,
      ),
    );
  };

  beforeAll(async () => {
    runtime = await startIdentity(
      loadIdentityConfig({ ...environment, WEB_URL: 'https://portal.example.test' }),
    );
    identity = contractClient('identity', `127.0.0.1:${runtime.grpcPort}`);
    invitations = contractClient('clientInvitations', `127.0.0.1:${runtime.grpcPort}`);
    const seed = async (name: string) => {
      const seeded = await identity.ensureTenant(
        {
          slug: uniqueName(name).replaceAll('_', '-'),
          name: `${name} Agency`,
          ownerEmail: `${uniqueName('owner')}@${name}.test`,
          ownerDisplayName: 'Ada Lovelace',
          ownerPassword: 'Owner-password-1',
        },
        platform,
      );
      realmUsers.push(seeded.owner?.keycloakId ?? '');
      return {
        tenantId: seeded.tenant?.id ?? '',
        owner: staff(seeded.tenant?.id ?? '', 'owner', seeded.owner?.id),
      };
    };
    const acme = await seed('acme');
    tenantId = acme.tenantId;
    owner = acme.owner;
    otherOwner = (await seed('other')).owner;
  });
  afterAll(async () => {
    identity.close();
    invitations.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
    await Promise.all(
      realmUsers
        .filter((id) => id && !id.startsWith('unlinked:'))
        .map((id) => deleteRealmUser(id).catch(() => undefined)),
    );
  });

  it('issues working links to the notification service only; the event carries no link', async () => {
    const email = `${uniqueName('leak')}@globex.test`;
    const { invitation } = await invite(email, 'ws-leak');
    const id = invitation?.id ?? '';
    const [event] = await sentEvents(id, 1);
    expect(event?.data).not.toHaveProperty('acceptUrl');
    expect(JSON.stringify(event)).not.toMatch(/invitations\//);

    // Anyone else is refused, even a principal that claims to be notification but is signed by another issuer.
    for (const caller of [
      as(servicePrincipal('notification', tenantId)),
      as(owner),
      as(clientUser(tenantId, 'client-globex', ['ws-leak'])),
      asService('gateway', tenantId),
    ])
      await expect(invitations.issueInvitationLink({ kind: 'client', id }, caller)).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
      });
    await expect(invitations.issueInvitationLink({ kind: 'client', id }, {})).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    // Another tenant's invitation does not exist for notification acting for this one.
    await expect(linkOf(id, otherOwner.tenantId)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const first = await tokenOf(id);
    const second = await tokenOf(id);
    expect(second).not.toBe(first);
    // Each issue replaces the secret: only the latest e-mail's link works.
    await expect(identity.getInvitation({ token: first })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await identity.getInvitation({ token: second })).toMatchObject({ email, status: 'pending' });
  });

  it('resends with a new link (the old dies at once) and cancels (the link dies at once); dead links reveal nothing', async () => {
    const email = `${uniqueName('resend')}@globex.test`;
    const { invitation } = await invite(email, 'ws-resend');
    const id = invitation?.id ?? '';
    const old = await tokenOf(id);

    await runtime.connection
      .collection('invitations')
      .updateOne({ _id: id as never }, { $set: { sentAt: new Date(Date.now() - 8 * DAY_MS) } });
    expect(await identity.getInvitation({ token: old })).toEqual({
      email: '',
      displayName: '',
      tenantName: '',
      clientName: '',
      workspaceName: '',
      status: 'expired',
      hasPassword: false,
    });
    expect((await linkOf(id)).acceptUrl).toBe('');

    // Members may not resend or cancel; a client user of course not.
    for (const caller of [staff(tenantId, 'member'), clientUser(tenantId, 'client-globex', ['ws-resend'])]) {
      await expect(
        invitations.resendClientInvitation({ invitationId: id }, as(caller)),
      ).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
      });
      await expect(
        invitations.cancelClientInvitation({ invitationId: id }, as(caller)),
      ).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
      });
    }
    await expect(
      invitations.resendClientInvitation({ invitationId: id }, as(otherOwner)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const resent = await invitations.resendClientInvitation({ invitationId: id }, as(owner));
    expect(resent.status).toBe('pending');
    await expect(identity.getInvitation({ token: old })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const events = await sentEvents(id, 2);
    expect(events.map((event) => event.data.resent)).toEqual([false, true]);
    expect(events.every((event) => !('acceptUrl' in event.data))).toBe(true);
    const fresh = await tokenOf(id);
    expect(await identity.getInvitation({ token: fresh })).toMatchObject({ email, status: 'pending' });

    const cancelled = await invitations.cancelClientInvitation(
      { invitationId: id },
      as(staff(tenantId, 'admin')),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledAt: expect.any(String) as string });
    expect(await identity.getInvitation({ token: fresh })).toEqual(
      expect.objectContaining({ email: '', displayName: '', tenantName: '', status: 'cancelled' }),
    );
    await expect(
      identity.acceptInvitation({ token: fresh, password: 'Correct-horse-1' }),
    ).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      reason: 'invitation.cancelled',
    });
    expect(await linkOf(id)).toEqual({ status: 'cancelled', acceptUrl: '', addressUnavailable: false });
    // Nothing more to do with it: the refusal names why, and nothing changed.
    await expect(invitations.cancelClientInvitation({ invitationId: id }, as(owner))).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      reason: 'invitation.not_pending',
    });
    await expect(invitations.resendClientInvitation({ invitationId: id }, as(owner))).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      reason: 'invitation.not_pending',
    });
    expect(await sentEvents(id, 2)).toHaveLength(2);
  });

  it('answers an address that signs in to another organisation exactly like a fresh one, creating nothing in Keycloak', async () => {
    const taken = `${uniqueName('taken')}@initech.test`;
    await invite(taken, 'ws-9', otherOwner, { clientId: 'client-initech' });
    const fresh = `${uniqueName('fresh')}@globex.test`;

    const shape = (answer: Awaited<ReturnType<typeof invite>>, email: string) =>
      JSON.parse(
        JSON.stringify(answer)
          .replaceAll(email, '<email>')
          .replace(/"(id|keycloakId|contactId|createdAt|sentAt)":"[^"]*"/g, '"$1":"<x>"'),
      ) as unknown;
    const forFresh = await invite(fresh, 'ws-same');
    const forTaken = await invite(taken, 'ws-same');
    expect(shape(forTaken, taken)).toEqual(shape(forFresh, fresh));
    // The people and invitations lists read the same too.
    const listed = await invitations.listClientInvitations({ clientId: 'client-globex' }, as(owner));
    const rows = [fresh, taken].map((email) => listed.invitations.find((row) => row.email === email));
    expect(rows.map((row) => row?.status)).toEqual(['pending', 'pending']);

    // Keycloak still holds exactly the other organisation's login, untouched.
    const logins = await realmUsersByEmail(taken);
    expect(logins).toHaveLength(1);
    expect(logins[0]?.attributes?.tenant_id).toEqual([otherOwner.tenantId]);
    // The person is told by e-mail (no link): notification gets addressUnavailable instead of a link.
    expect(await linkOf(forTaken.invitation?.id ?? '')).toEqual({
      status: 'pending',
      acceptUrl: '',
      addressUnavailable: true,
    });
  });

  it('lists invitations per tenant and per client with their status, paged, to staff only', async () => {
    const clientId = uniqueName('client-list');
    const made = [];
    for (const name of ['a', 'b', 'c']) {
      const { invitation } = await invite(`${uniqueName(name)}@list.test`, 'ws-list', owner, { clientId });
      made.push(invitation?.id ?? '');
    }
    await invitations.cancelClientInvitation({ invitationId: made[0] ?? '' }, as(owner));
    await runtime.connection
      .collection('invitations')
      .updateOne({ _id: (made[1] ?? '') as never }, { $set: { sentAt: new Date(Date.now() - 8 * DAY_MS) } });

    const all = await invitations.listClientInvitations({ clientId }, as(staff(tenantId, 'member')));
    expect(all.invitations.map((row) => [row.id, row.status])).toEqual([
      [made[2], 'pending'],
      [made[1], 'expired'],
      [made[0], 'cancelled'],
    ]);
    for (const status of ['pending', 'expired', 'cancelled'])
      expect(
        (await invitations.listClientInvitations({ clientId, status }, as(owner))).invitations.map(
          (row) => row.status,
        ),
      ).toEqual([status]);
    const page = await invitations.listClientInvitations({ clientId, page: { pageSize: 2 } }, as(owner));
    expect(page.invitations).toHaveLength(2);
    const rest = await invitations.listClientInvitations(
      { clientId, page: { pageSize: 2, pageToken: page.page?.nextPageToken ?? '' } },
      as(owner),
    );
    expect(rest.invitations.map((row) => row.id)).toEqual([made[0]]);
    // The tenant-wide list holds them too; another tenant's holds none of them.
    const tenantWide = await invitations.listClientInvitations({ page: { pageSize: 100 } }, as(owner));
    expect(made.every((id) => tenantWide.invitations.some((row) => row.id === id))).toBe(true);
    expect((await invitations.listClientInvitations({ clientId }, as(otherOwner))).invitations).toEqual([]);

    await expect(
      invitations.listClientInvitations({ clientId }, as(clientUser(tenantId, clientId, ['ws-list']))),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(
      invitations.listClientInvitations({ clientId, status: 'lost' }, as(owner)),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [{ field: 'status', code: 'invalid_value' }],
    });
  });

  it('checks bulk invitees: a team member and another client’s user are named, another organisation is not', async () => {
    const otherClientUser = `${uniqueName('initech')}@initech.test`;
    await invite(otherClientUser, 'ws-x', owner, { clientId: 'client-initech' });
    const elsewhere = `${uniqueName('elsewhere')}@else.test`;
    await invite(elsewhere, 'ws-y', otherOwner, { clientId: 'client-else' });
    const team = await identity.listStaff({}, as(owner));
    const ownerEmail = team.staff[0]?.email ?? '';
    const fresh = `${uniqueName('fresh')}@globex.test`;

    const { checks } = await invitations.checkInvitees(
      { clientId: 'client-globex', emails: [ownerEmail.toUpperCase(), otherClientUser, elsewhere, fresh] },
      as(owner),
    );
    expect(checks.map((check) => [check.email, check.problem])).toEqual([
      [ownerEmail, 'staff_member'],
      [otherClientUser, 'other_client'],
      [elsewhere, ''],
      [fresh, ''],
    ]);
    await expect(
      invitations.checkInvitees(
        { clientId: 'client-globex', emails: [fresh] },
        as(staff(tenantId, 'member')),
      ),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(
      invitations.checkInvitees(
        { clientId: 'client-globex', emails: Array.from({ length: 51 }, (_, index) => `${index}@x.test`) },
        as(owner),
      ),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', violations: [{ field: 'emails', code: 'too_big' }] });
  });

  it("stores the contact's mobile number on the login as mobile_number (E.164 only)", async () => {
    const withMobile = `${uniqueName('mobile')}@globex.test`;
    await invite(withMobile, 'ws-m', owner, { mobile: '+33 6 12 34 56 78' });
    expect((await realmUsersByEmail(withMobile))[0]?.attributes?.mobile_number).toEqual(['+33612345678']);

    // A number without a country code cannot take an SMS: nothing stored, the code goes by e-mail.
    const local = `${uniqueName('local')}@globex.test`;
    await invite(local, 'ws-m', owner, { mobile: '06 12 34 56 78' });
    expect((await realmUsersByEmail(local))[0]?.attributes?.mobile_number).toBeUndefined();

    // Invited again with a changed number: the login follows the contact.
    await invite(local, 'ws-m2', owner, { mobile: '0044 7700 900123' });
    expect((await realmUsersByEmail(local))[0]?.attributes?.mobile_number).toEqual(['+447700900123']);
  });
});
