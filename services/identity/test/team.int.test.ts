import {
  as,
  clientUser,
  createRealmUser,
  deleteRealmUser,
  infrastructure,
  passwordToken,
  readTopic,
  realmUsersByEmail,
  REALM,
  serviceTestEnvironment,
  staff,
  TEST_CLIENT,
  uniqueName,
  verifyRealmToken,
  waitForMail,
} from '@client-portal/testing';
import { servicePrincipal, type Principal, type ServiceRuntime } from '@client-portal/kit';
import { createServiceClient as contractClient, type ServiceClient } from '@client-portal/contracts';
import { loadIdentityConfig } from '../src/config.js';
import { startIdentity } from '../src/app.js';
import { StaffRepository } from '../src/store/staff.repository.js';
import { loadNotificationConfig } from '../../notification/src/config.js';
import { startNotification } from '../../notification/src/app.js';

interface Envelope<Data = Record<string, unknown>> {
  id: string;
  type: string;
  subject: string;
  tenantId: string;
  data: Data;
}

interface StaffChanged {
  staffId: string;
  email: string;
  role: string;
  status: string;
  changedBy: string;
}

const OWNER_PASSWORD = 'Owner-password-1';
const platform = as(servicePrincipal('platform', 'seed'));

/** A password sign-in with its refresh token: the refresh proves whether the session still lives. */
async function signIn(email: string, password: string): Promise<{ access: string; refresh: string }> {
  const response = await fetch(
    `${infrastructure().keycloakUrl}/realms/${REALM}/protocol/openid-connect/token`,
    {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        username: email,
        password,
        scope: 'openid',
      }),
    },
  );
  const body = (await response.json()) as { access_token: string; refresh_token: string };
  if (!response.ok) throw new Error(`sign-in refused: ${JSON.stringify(body)}`);
  return { access: body.access_token, refresh: body.refresh_token };
}

async function refresh(refreshToken: string): Promise<number> {
  const response = await fetch(
    `${infrastructure().keycloakUrl}/realms/${REALM}/protocol/openid-connect/token`,
    {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        refresh_token: refreshToken,
      }),
    },
  );
  await response.body?.cancel();
  return response.status;
}

describe('the agency team against the real Keycloak, Kafka and Mailpit', () => {
  const environment = serviceTestEnvironment('identity');
  let runtime: ServiceRuntime;
  let notificationRuntime: ServiceRuntime;
  let identity: ServiceClient<'identity'>;
  const realmUsers: string[] = [];
  let tenantId = '';
  let owner: Principal;
  let ownerKeycloakId = '';

  const staffEvents = async <Data>(
    type: string,
    until: (event: Envelope<Data>) => boolean,
  ): Promise<Envelope<Data>[]> => {
    const parse = (value: Buffer | null) => JSON.parse(value?.toString() ?? '{}') as Envelope<Data>;
    const messages = await readTopic(`${environment.KAFKA_TOPIC_PREFIX}identity.events`, (all) =>
      all.some((message) => {
        const event = parse(message.value);
        return event.type === type && until(event);
      }),
    );
    return messages.map((message) => parse(message.value)).filter((event) => event.type === type);
  };

  /** Invites through identity and follows the e-mail notification sends, as the person would. */
  const inviteAndReadMail = async (email: string, role: string, by = owner) => {
    const member = await identity.inviteStaff({ email, displayName: 'Grace Hopper', role }, as(by));
    realmUsers.push(member.keycloakId);
    const mail = await waitForMail(email, { timeoutMs: 30_000 });
    const link = /https:\/\/web\.example\.test\/team-invitations\/[A-Za-z0-9_-]+/.exec(mail.Text)?.[0] ?? '';
    return { member, mail, link, token: link.split('/team-invitations/')[1] ?? '' };
  };

  beforeAll(async () => {
    runtime = await startIdentity(
      loadIdentityConfig({ ...environment, WEB_URL: 'https://web.example.test' }),
    );
    identity = contractClient('identity', `127.0.0.1:${runtime.grpcPort}`);
    // The notification service reads this test's identity events and sends through Mailpit.
    notificationRuntime = await startNotification(
      loadNotificationConfig({
        ...serviceTestEnvironment('notification'),
        KAFKA_TOPIC_PREFIX: environment.KAFKA_TOPIC_PREFIX ?? '',
        IDENTITY_GRPC_ADDRESS: `127.0.0.1:${runtime.grpcPort}`,
        WEB_URL: 'https://web.example.test',
      }),
    );
    const seeded = await identity.ensureTenant(
      {
        slug: uniqueName('team').replaceAll('_', '-'),
        name: 'Acme Agency',
        ownerEmail: `${uniqueName('owner')}@acme.test`,
        ownerDisplayName: 'Ada Lovelace',
        ownerPassword: OWNER_PASSWORD,
        defaultLanguage: 'pt',
      },
      platform,
    );
    tenantId = seeded.tenant?.id ?? '';
    ownerKeycloakId = seeded.owner?.keycloakId ?? '';
    realmUsers.push(ownerKeycloakId);
    owner = staff(tenantId, 'owner', seeded.owner?.id);
  });
  afterAll(async () => {
    identity.close();
    await notificationRuntime.connection.dropDatabase();
    await notificationRuntime.stop();
    await runtime.connection.dropDatabase();
    await runtime.stop();
    await Promise.all(realmUsers.filter(Boolean).map((id) => deleteRealmUser(id).catch(() => undefined)));
  });

  it('publishes the owner in the staff directory when the tenant is set up', async () => {
    const [changed] = await staffEvents<StaffChanged>(
      'identity.staff.changed',
      (event) => event.subject === owner.userId,
    );
    expect(changed).toMatchObject({
      tenantId,
      data: { staffId: owner.userId, role: 'owner', status: 'active' },
    });
  });

  it('invites a manager: e-mail in the tenant language, link accepted with a password, login works', async () => {
    const email = `${uniqueName('grace')}@acme.test`;
    const { member, mail, link, token } = await inviteAndReadMail(email, 'manager');
    expect(member).toMatchObject({ email, role: 'manager', status: 'invited', invitedBy: owner.userId });
    expect(mail.Subject).toBe('Junte-se à equipa Acme Agency');
    expect(mail.Text).toContain('Ada Lovelace convidou-o para a equipa Acme Agency como gestor.');
    expect(link).not.toBe('');

    // Invited, not yet a member: the team page lists the invitation, directories and sign-ins do not.
    expect((await identity.listStaff({}, as(owner))).staff.map((one) => one.email)).not.toContain(email);
    const team = await identity.listStaff({ includeInactive: true }, as(owner));
    expect(team.staff.find((one) => one.email === email)).toMatchObject({ status: 'invited' });
    await expect(
      identity.resolvePrincipal({ subject: member.keycloakId, tenantId }, platform),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(passwordToken(email, 'Manager-password-1')).rejects.toThrow(/invalid_grant/);

    expect(await identity.getStaffInvitation({ token }, {})).toMatchObject({
      email,
      displayName: 'Grace Hopper',
      tenantName: 'Acme Agency',
      role: 'manager',
      status: 'pending',
    });
    await expect(identity.acceptStaffInvitation({ token, password: 'short' }, {})).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [{ field: 'password' }],
    });
    const accepted = await identity.acceptStaffInvitation({ token, password: 'Manager-password-1' }, {});
    expect(accepted).toMatchObject({ email, status: 'active', role: 'manager' });

    const { claims } = await verifyRealmToken(await passwordToken(email, 'Manager-password-1'));
    expect(claims.tenant_id).toBe(tenantId);
    const resolved = await identity.resolvePrincipal({ subject: claims.sub ?? '', tenantId }, platform);
    expect(resolved.principal).toMatchObject({ kind: 'KIND_STAFF', staffRole: 'manager', userId: member.id });

    // Single use: the link now says so.
    expect((await identity.getStaffInvitation({ token }, {})).status).toBe('accepted');
    await expect(
      identity.acceptStaffInvitation({ token, password: 'Another-password-1' }, {}),
    ).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });

    const changes = await staffEvents<StaffChanged>(
      'identity.staff.changed',
      (event) => event.subject === member.id && event.data.status === 'active',
    );
    expect(changes.filter((event) => event.subject === member.id).map((event) => event.data.status)).toEqual([
      'invited',
      'active',
    ]);
  });

  it('changes roles (seen by ResolvePrincipal); only an owner touches the owner role; the last owner stays', async () => {
    const email = `${uniqueName('max')}@acme.test`;
    const { member, token } = await inviteAndReadMail(email, 'member');
    await identity.acceptStaffInvitation({ token, password: 'Member-password-1' }, {});

    const admin = staff(tenantId, 'admin');
    const promoted = await identity.changeStaffRole({ staffId: member.id, role: 'admin' }, as(admin));
    expect(promoted.role).toBe('admin');
    const resolved = await identity.resolvePrincipal({ subject: member.keycloakId, tenantId }, platform);
    expect(resolved.principal?.staffRole).toBe('admin');

    await expect(
      identity.changeStaffRole({ staffId: member.id, role: 'owner' }, as(admin)),
    ).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: expect.stringContaining('Only an owner can grant or remove the owner role') as string,
    });
    await expect(
      identity.changeStaffRole({ staffId: owner.userId, role: 'admin' }, as(admin)),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(
      identity.inviteStaff(
        { email: `${uniqueName('o')}@acme.test`, displayName: '', role: 'owner' },
        as(admin),
      ),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    // The only active owner cannot step down.
    await expect(
      identity.changeStaffRole({ staffId: owner.userId, role: 'admin' }, as(owner)),
    ).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      message: expect.stringContaining('at least one active owner') as string,
    });
    await expect(
      identity.changeStaffRole({ staffId: member.id, role: 'boss' }, as(owner)),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [{ field: 'role', code: 'invalid_value' }],
    });

    // With a second owner, the first may step down.
    await identity.changeStaffRole({ staffId: member.id, role: 'owner' }, as(owner));
    const stepped = await identity.changeStaffRole({ staffId: owner.userId, role: 'admin' }, as(owner));
    expect(stepped.role).toBe('admin');
    await identity.changeStaffRole(
      { staffId: owner.userId, role: 'owner' },
      as(staff(tenantId, 'owner', member.id)),
    );
    const back = await identity.changeStaffRole({ staffId: member.id, role: 'member' }, as(owner));
    expect(back.role).toBe('member');
    const ofMember = (events: Envelope<StaffChanged>[]) =>
      events.filter((event) => event.subject === member.id);
    // invited, accepted, then four role changes.
    const roles = await readTopic(
      `${environment.KAFKA_TOPIC_PREFIX}identity.events`,
      (all) =>
        ofMember(
          all.map((message) => JSON.parse(message.value?.toString() ?? '{}') as Envelope<StaffChanged>),
        ).length >= 6,
    );
    expect(
      ofMember(
        roles.map((message) => JSON.parse(message.value?.toString() ?? '{}') as Envelope<StaffChanged>),
      )
        .filter((event) => event.type === 'identity.staff.changed')
        .map((event) => `${event.data.role}/${event.data.status}`),
    ).toEqual(['member/invited', 'member/active', 'admin/active', 'owner/active', 'member/active']);
  });

  it('deactivates a member: sessions end, sign-in and ResolvePrincipal refused; reactivation restores them', async () => {
    const email = `${uniqueName('linus')}@acme.test`;
    const { member, token } = await inviteAndReadMail(email, 'member');
    await identity.acceptStaffInvitation({ token, password: 'Member-password-1' }, {});
    const session = await signIn(email, 'Member-password-1');
    expect(await refresh(session.refresh)).toBe(200);

    await expect(identity.deactivateStaff({ staffId: owner.userId }, as(owner))).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      message: expect.stringContaining('cannot deactivate yourself') as string,
    });
    await expect(
      identity.deactivateStaff({ staffId: owner.userId }, as(staff(tenantId, 'admin'))),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });

    const deactivated = await identity.deactivateStaff({ staffId: member.id }, as(staff(tenantId, 'admin')));
    expect(deactivated).toMatchObject({ status: 'deactivated', deactivatedAt: expect.any(String) as string });
    expect(await refresh(session.refresh)).toBe(400);
    await expect(passwordToken(email, 'Member-password-1')).rejects.toThrow(/invalid_grant/);
    await expect(
      identity.resolvePrincipal({ subject: member.keycloakId, tenantId }, platform),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringContaining('deactivated') as string,
    });
    expect((await identity.listStaff({}, as(owner))).staff.map((one) => one.id)).not.toContain(member.id);

    const reactivated = await identity.reactivateStaff({ staffId: member.id }, as(owner));
    expect(reactivated).toMatchObject({ status: 'active', deactivatedAt: '' });
    await expect(passwordToken(email, 'Member-password-1')).resolves.toEqual(expect.any(String));
    const resolved = await identity.resolvePrincipal({ subject: member.keycloakId, tenantId }, platform);
    expect(resolved.principal?.staffRole).toBe('member');
  });

  it('resends with a new link (the old one dies) and cancels an invitation (login and link gone)', async () => {
    const email = `${uniqueName('ken')}@acme.test`;
    const { member, token } = await inviteAndReadMail(email, 'manager');
    await expect(
      identity.inviteStaff({ email: email.toUpperCase(), displayName: '', role: 'member' }, as(owner)),
    ).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      message: expect.stringContaining('pending') as string,
    });

    await identity.resendStaffInvitation({ staffId: member.id }, as(owner));
    await expect(identity.getStaffInvitation({ token }, {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The event carries no link: the new one is in the new e-mail only.
    const resent = await staffEvents<Record<string, unknown>>(
      'identity.staff.invited',
      (event) => event.subject === member.id,
    );
    expect(resent.every((event) => !('acceptUrl' in event.data))).toBe(true);
    let newToken = token;
    for (let attempt = 0; attempt < 100 && newToken === token; attempt++) {
      const mail = await waitForMail(email, { timeoutMs: 30_000 });
      newToken = /\/team-invitations\/([A-Za-z0-9_-]+)/.exec(mail.Text)?.[1] ?? token;
      if (newToken === token) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect((await identity.getStaffInvitation({ token: newToken }, {})).status).toBe('pending');

    await identity.cancelStaffInvitation({ staffId: member.id }, as(owner));
    await expect(identity.getStaffInvitation({ token: newToken }, {})).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const team = await identity.listStaff({ includeInactive: true }, as(owner));
    expect(team.staff.map((one) => one.email)).not.toContain(email);
    // The login is gone with it: the address can be invited afresh.
    const again = await identity.inviteStaff({ email, displayName: '', role: 'member' }, as(owner));
    realmUsers.push(again.keycloakId);
    expect(again.keycloakId).not.toBe(member.keycloakId);
    await expect(identity.resendStaffInvitation({ staffId: owner.userId }, as(owner))).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
    });
  });

  it('answers an address that signs in to another organisation like a fresh one; its owner is told by e-mail, without a link', async () => {
    const taken = `${uniqueName('taken')}@initech.test`;
    realmUsers.push(
      await createRealmUser({ email: taken, password: 'Other-password-1', tenantId: 'other-tenant' }),
    );
    const fresh = `${uniqueName('fresh')}@acme.test`;
    const shape = (member: Awaited<ReturnType<typeof identity.inviteStaff>>, email: string) => ({
      ...member,
      id: '<x>',
      keycloakId: '<x>',
      createdAt: '<x>',
      invitedAt: '<x>',
      email: member.email === email ? '<email>' : member.email,
    });
    const forFresh = await identity.inviteStaff(
      { email: fresh, displayName: 'Grace Hopper', role: 'member' },
      as(owner),
    );
    realmUsers.push(forFresh.keycloakId);
    const forTaken = await identity.inviteStaff(
      { email: taken, displayName: 'Grace Hopper', role: 'member' },
      as(owner),
    );
    expect(shape(forTaken, taken)).toEqual(shape(forFresh, fresh));

    // Nothing was created or changed in Keycloak: the other organisation's login is the only one.
    const logins = await realmUsersByEmail(taken);
    expect(logins).toHaveLength(1);
    expect(logins[0]?.attributes?.tenant_id).toEqual(['other-tenant']);
    // The person gets the "cannot be used here" e-mail, with no invitation link in it.
    const mail = await waitForMail(taken, { timeoutMs: 30_000 });
    expect(mail.Text).toContain('outra organização'); // the tenant's language is Portuguese
    expect(mail.Text).not.toContain('/team-invitations/');
  });

  it('lets one of two simultaneous acceptances through; a change from a stale read is refused', async () => {
    const email = `${uniqueName('twice')}@acme.test`;
    const { member, token } = await inviteAndReadMail(email, 'member');
    const outcomes = await Promise.allSettled([
      identity.acceptStaffInvitation({ token, password: 'First-Choice-2026' }, {}),
      identity.acceptStaffInvitation({ token, password: 'Second-Choice-2026' }, {}),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find(
      (outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected',
    );
    expect(refused?.reason).toMatchObject({ code: 'FAILED_PRECONDITION' });
    const winner = outcomes[0].status === 'fulfilled' ? 'First-Choice-2026' : 'Second-Choice-2026';
    await expect(passwordToken(email, winner)).resolves.toEqual(expect.any(String));

    // A change made from a stale read (another admin changed the member meanwhile) is refused, not applied.
    await identity.changeStaffRole({ staffId: member.id, role: 'manager' }, as(owner));
    const repository = new StaffRepository(runtime.connection);
    const stale = await repository.update(
      tenantId,
      member.id,
      { role: 'member', status: 'active' },
      { role: 'admin' },
    );
    expect(stale).toBe(false);
    expect((await repository.find(tenantId, member.id))?.role).toBe('manager');
    const fresh = await repository.update(
      tenantId,
      member.id,
      { role: 'manager', status: 'active' },
      { role: 'admin' },
    );
    expect(fresh).toBe(true);
  });

  it('treats a member stored before the team existed (no status field) as active', async () => {
    const legacyId = uniqueName('legacy');
    const keycloakId = await createRealmUser({
      email: `${legacyId}@acme.test`,
      password: 'Legacy-password-1',
      tenantId,
      roles: ['member'],
    });
    realmUsers.push(keycloakId);
    await runtime.connection.collection('staff').insertOne({
      _id: legacyId as never,
      tenantId,
      keycloakId,
      email: `${legacyId}@acme.test`,
      displayName: 'Old Timer',
      role: 'member',
      createdAt: new Date(),
    });
    const resolved = await identity.resolvePrincipal({ subject: keycloakId, tenantId }, platform);
    expect(resolved.principal?.staffRole).toBe('member');
    expect((await identity.listStaff({}, as(owner))).staff.map((one) => one.id)).toContain(legacyId);
    // A conditional update on "active" finds the document that has no status yet.
    const promoted = await identity.changeStaffRole({ staffId: legacyId, role: 'manager' }, as(owner));
    expect(promoted).toMatchObject({ role: 'manager', status: 'active' });
    const team = await identity.listStaff({ includeInactive: true }, as(owner));
    expect(team.staff.find((one) => one.id === legacyId)).toMatchObject({
      role: 'manager',
      status: 'active',
    });
  });

  it('lets only team.manage (admin and owner) manage the team, with the rule in the refusal', async () => {
    for (const role of ['manager', 'member'] as const) {
      const caller = as(staff(tenantId, role));
      await expect(
        identity.inviteStaff(
          { email: `${uniqueName('x')}@acme.test`, displayName: '', role: 'member' },
          caller,
        ),
      ).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
        message: `Managing the team needs the admin role or higher (you are a ${role})`,
      });
      await expect(identity.listStaff({ includeInactive: true }, caller)).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
      });
      await expect(identity.deactivateStaff({ staffId: owner.userId }, caller)).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
      });
    }
    await expect(
      identity.changeStaffRole(
        { staffId: owner.userId, role: 'member' },
        as(clientUser(tenantId, 'client-1')),
      ),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    // Another tenant's admin does not see this team's members.
    await expect(
      identity.deactivateStaff({ staffId: owner.userId }, as(staff(uniqueName('tenant'), 'admin'))),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      identity.inviteStaff({ email: 'not-an-address', displayName: 'x'.repeat(201), role: '' }, as(owner)),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [
        { field: 'email', code: 'invalid_format' },
        { field: 'displayName', code: 'too_long' },
        { field: 'role', code: 'required' },
      ],
    });
  });
});
