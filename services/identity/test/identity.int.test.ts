import {
  as,
  asService,
  clientUser,
  deleteRealmUser,
  passwordToken,
  readTopic,
  serviceTestEnvironment,
  staff,
  uniqueName,
  verifyRealmToken,
} from '@client-portal/testing';
import { DomainError, servicePrincipal, type ServiceRuntime } from '@client-portal/kit';
import { createServiceClient as contractClient, type ServiceClient } from '@client-portal/contracts';
import { loadIdentityConfig } from '../src/config.js';
import { startIdentity } from '../src/app.js';

interface Envelope<Data = Record<string, unknown>> {
  id: string;
  type: string;
  subject: string;
  tenantId: string;
  data: Data;
}

interface InvitationSent {
  invitationId: string;
  email: string;
  tenantName: string;
  clientName: string;
  workspaceName: string;
  language: string;
}

const OWNER_PASSWORD = 'Owner-password-1';

/** The platform's own identity, as the gateway and the seed call identity with. */
const platform = as(servicePrincipal('platform', 'seed'));

describe('identity gRPC API against the real infrastructure (Keycloak included)', () => {
  const environment = serviceTestEnvironment('identity');
  let runtime: ServiceRuntime;
  let identity: ServiceClient<'identity'>;
  const realmUsers: string[] = [];
  const slug = uniqueName('acme').replaceAll('_', '-');
  const ownerEmail = `${uniqueName('owner')}@acme.test`;
  let tenantId = '';
  let owner: ReturnType<typeof staff>;

  const eventsOf = async <Data>(
    type: string,
    until: (event: Envelope<Data>) => boolean,
  ): Promise<Envelope<Data>> => {
    const parse = (value: Buffer | null) => JSON.parse(value?.toString() ?? '{}') as Envelope<Data>;
    const messages = await readTopic(`${environment.KAFKA_TOPIC_PREFIX}identity.events`, (all) =>
      all.some((message) => {
        const event = parse(message.value);
        return event.type === type && until(event);
      }),
    );
    const found = messages
      .map((message) => parse(message.value))
      .find((event) => event.type === type && until(event));
    if (!found) throw new Error(`no ${type} event matched`);
    return found;
  };
  /** The link as notification gets it when it sends the e-mail (the event carries no link). */
  const invitationToken = async (
    invitationId: string,
  ): Promise<{ token: string; event: Envelope<InvitationSent> }> => {
    const event = await eventsOf<InvitationSent>(
      'identity.invitation.sent',
      (candidate) => candidate.data.invitationId === invitationId,
    );
    const invitations = contractClient('clientInvitations', `127.0.0.1:${runtime.grpcPort}`);
    try {
      const link = await invitations.issueInvitationLink(
        { kind: 'client', id: invitationId },
        asService('notification', tenantId),
      );
      return { token: link.acceptUrl.split('/invitations/')[1] ?? '', event };
    } finally {
      invitations.close();
    }
  };

  beforeAll(async () => {
    runtime = await startIdentity(
      loadIdentityConfig({ ...environment, WEB_URL: 'https://portal.example.test' }),
    );
    identity = contractClient('identity', `127.0.0.1:${runtime.grpcPort}`);
    const seeded = await identity.ensureTenant(
      {
        slug,
        name: 'Acme Agency',
        ownerEmail: ownerEmail.toUpperCase(),
        ownerDisplayName: 'Ada Lovelace',
        ownerPassword: OWNER_PASSWORD,
      },
      platform,
    );
    tenantId = seeded.tenant?.id ?? '';
    realmUsers.push(seeded.owner?.keycloakId ?? '');
    owner = staff(tenantId, 'owner', seeded.owner?.id);
  });
  afterAll(async () => {
    identity.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
    await Promise.all(realmUsers.filter(Boolean).map((id) => deleteRealmUser(id).catch(() => undefined)));
  });

  describe('tenants and staff', () => {
    it('seeds a tenant whose owner signs in with Keycloak and resolves to the owner principal', async () => {
      const again = await identity.ensureTenant(
        {
          slug,
          name: 'Acme Agency',
          ownerEmail,
          ownerDisplayName: 'Ada Lovelace',
          ownerPassword: OWNER_PASSWORD,
        },
        platform,
      );
      expect(again.created).toBe(false);
      expect(again.tenant).toMatchObject({ id: tenantId, slug, name: 'Acme Agency', defaultLanguage: 'en' });
      const otherEmail = await identity.ensureTenant(
        {
          slug,
          name: 'Renamed',
          ownerEmail: `${uniqueName('someone')}@acme.test`,
          ownerPassword: OWNER_PASSWORD,
        },
        platform,
      );
      expect(otherEmail).toMatchObject({
        created: false,
        tenant: { id: tenantId, name: 'Acme Agency' },
        owner: { id: owner.userId },
      });
      expect(again.owner).toMatchObject({
        id: owner.userId,
        email: ownerEmail,
        displayName: 'Ada Lovelace',
        role: 'owner',
      });

      const token = await passwordToken(ownerEmail, OWNER_PASSWORD);
      const { claims } = await verifyRealmToken(token);
      expect(claims.tenant_id).toBe(tenantId);
      expect(claims.realm_access?.roles).toContain('owner');
      expect(claims.sub).toBe(again.owner?.keycloakId);

      const resolved = await identity.resolvePrincipal(
        { subject: claims.sub ?? '', tenantId },
        as(servicePrincipal('gateway', tenantId)),
      );
      expect(resolved).toMatchObject({
        principal: {
          userId: owner.userId,
          tenantId,
          kind: 'KIND_STAFF',
          staffRole: 'owner',
          clientId: '',
          workspaceIds: [],
        },
        displayName: 'Ada Lovelace',
        email: ownerEmail,
        tenantName: 'Acme Agency',
      });

      const created = await eventsOf<{ slug: string; ownerUserId: string; ownerEmail: string }>(
        'identity.tenant.created',
        (event) => event.subject === tenantId,
      );
      expect(created).toMatchObject({
        tenantId,
        data: { slug, name: 'Acme Agency', ownerUserId: owner.userId, ownerEmail },
      });
    });

    it('refuses to resolve a subject for another tenant, an unknown subject, or for a non-service caller', async () => {
      const ownerKeycloakId = realmUsers[0] ?? '';
      await expect(
        identity.resolvePrincipal({ subject: ownerKeycloakId, tenantId: 'another-tenant' }, platform),
      ).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
        message: expect.stringContaining('another organisation') as string,
      });
      await expect(
        identity.resolvePrincipal({ subject: '6f1c2b9e-0000-4000-8000-000000000000', tenantId }, platform),
      ).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
        message: expect.stringContaining('not known') as string,
      });
      await expect(
        identity.resolvePrincipal({ subject: ownerKeycloakId, tenantId }, as(owner)),
      ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    });

    it('refuses invalid seeding input naming each field, and seeding by staff', async () => {
      const error = await identity
        .ensureTenant(
          {
            slug: 'Not A Slug',
            name: ' ',
            ownerEmail: 'nobody',
            ownerPassword: 'short',
            defaultLanguage: 'de',
          },
          platform,
        )
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('INVALID_ARGUMENT');
      expect((error as DomainError).violations.map((violation) => violation.field).sort()).toEqual([
        'defaultLanguage',
        'name',
        'ownerEmail',
        'ownerPassword',
        'slug',
      ]);
      await expect(
        identity.ensureTenant(
          {
            slug: uniqueName('x').replaceAll('_', '-'),
            name: 'X',
            ownerEmail: 'x@x.test',
            ownerPassword: 'x@x.test',
          },
          platform,
        ),
      ).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        violations: [{ field: 'ownerPassword', message: expect.stringContaining('e-mail') as string }],
      });
      await expect(
        identity.ensureTenant({ slug, name: 'Acme', ownerEmail, ownerPassword: OWNER_PASSWORD }, as(owner)),
      ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    });

    it('gives the tenant and its staff to its own people; a service names the tenant', async () => {
      expect(await identity.getTenant({}, as(owner))).toMatchObject({
        id: tenantId,
        name: 'Acme Agency',
        slug,
      });
      await expect(identity.getTenant({ tenantId: 'someone-else' }, as(owner))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(
        await identity.getTenant({ tenantId }, as(servicePrincipal('notification', 'platform'))),
      ).toMatchObject({ id: tenantId });

      expect(
        (await identity.listStaff({}, as(staff(tenantId, 'member')))).staff.map((member) => [
          member.email,
          member.role,
        ]),
      ).toEqual([[ownerEmail, 'owner']]);
      expect(
        (await identity.listStaff({ tenantId }, as(servicePrincipal('notification', tenantId)))).staff,
      ).toHaveLength(1);
      // Staff cannot peek at another tenant's team by naming it.
      expect((await identity.listStaff({ tenantId }, as(staff(uniqueName('tenant'))))).staff).toEqual([]);
      await expect(identity.listStaff({}, as(clientUser(tenantId, 'client-1')))).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
      });
    });

    it('reseeding an empty database reuses the Keycloak login as it is: same tenant id, password untouched', async () => {
      const reseedEnvironment = serviceTestEnvironment('identity');
      const fresh = await startIdentity(loadIdentityConfig(reseedEnvironment));
      const freshClient = contractClient('identity', `127.0.0.1:${fresh.grpcPort}`);
      try {
        const reseeded = await freshClient.ensureTenant(
          {
            slug,
            name: 'Acme Agency',
            ownerEmail,
            ownerPassword: 'A-different-password',
          },
          platform,
        );
        expect(reseeded.created).toBe(true);
        expect(reseeded.tenant?.id).toBe(tenantId);
        expect(reseeded.owner?.keycloakId).toBe(realmUsers[0]);
        await expect(passwordToken(ownerEmail, OWNER_PASSWORD)).resolves.toEqual(expect.any(String));
        await expect(passwordToken(ownerEmail, 'A-different-password')).rejects.toThrow(/invalid_grant/);
      } finally {
        freshClient.close();
        await fresh.connection.dropDatabase();
        await fresh.stop();
      }
    });
  });

  it('refuses to set up tenants or resolve sign-ins for callers without the platform identity', async () => {
    const request = {
      slug: 'no-principal',
      name: 'Nobody',
      ownerEmail: 'nobody@nowhere.test',
      ownerPassword: OWNER_PASSWORD,
    };
    await expect(identity.ensureTenant(request, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(identity.resolvePrincipal({ subject: 'any', tenantId: 'any' }, {})).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  describe('invitations', () => {
    const invite = (email: string, workspaceId: string, extra: Record<string, string> = {}) =>
      identity.inviteExternalUser(
        {
          email,
          displayName: 'Grace Hopper',
          clientId: 'client-globex',
          contactId: 'contact-1',
          workspaceId,
          workspaceName: `Workspace ${workspaceId}`,
          clientName: 'Globex',
          ...extra,
        },
        as(owner),
      );

    it('lets only one of two simultaneous acceptances of a link through', async () => {
      const email = `${uniqueName('twice')}@globex.test`;
      const invited = await invite(email, 'ws-race');
      realmUsers.push(invited.user?.keycloakId ?? '');
      const { token } = await invitationToken(invited.invitation?.id ?? '');
      const outcomes = await Promise.allSettled([
        identity.acceptInvitation({ token, password: 'First-Choice-2026' }),
        identity.acceptInvitation({ token, password: 'Second-Choice-2026' }),
      ]);
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find(
        (outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected',
      );
      expect(refused?.reason).toMatchObject({ code: 'FAILED_PRECONDITION' });
      // Whichever won, exactly that password works.
      const winner = outcomes[0].status === 'fulfilled' ? 'First-Choice-2026' : 'Second-Choice-2026';
      const loser = winner === 'First-Choice-2026' ? 'Second-Choice-2026' : 'First-Choice-2026';
      await expect(passwordToken(email, winner)).resolves.toEqual(expect.any(String));
      await expect(passwordToken(email, loser)).rejects.toThrow(/invalid_grant/);
    });

    it('refuses a link older than seven days, saying it expired', async () => {
      const email = `${uniqueName('late')}@globex.test`;
      const invited = await invite(email, 'ws-late');
      realmUsers.push(invited.user?.keycloakId ?? '');
      const { token } = await invitationToken(invited.invitation?.id ?? '');
      await runtime.connection
        .collection('invitations')
        .updateOne(
          { _id: (invited.invitation?.id ?? '') as never },
          { $set: { sentAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) } },
        );
      await expect(identity.acceptInvitation({ token, password: 'Too-Late-2026' })).rejects.toMatchObject({
        code: 'FAILED_PRECONDITION',
        message: expect.stringMatching(/expired/) as string,
      });
    });

    it('invites, previews, refuses weak passwords, accepts, and then the person signs in as a client of that workspace', async () => {
      const email = `${uniqueName('grace')}@globex.test`;
      const first = await invite(email.toUpperCase(), 'ws-1');
      realmUsers.push(first.user?.keycloakId ?? '');
      expect(first.user).toMatchObject({
        email,
        clientId: 'client-globex',
        role: 'decision-maker',
        workspaceIds: ['ws-1'],
        status: 'invited',
      });
      expect(first.invitation).toMatchObject({
        email,
        status: 'pending',
        workspaceId: 'ws-1',
        invitedBy: owner.userId,
        workspaceName: 'Workspace ws-1',
      });

      const { token, event } = await invitationToken(first.invitation?.id ?? '');
      expect(event.data).toMatchObject({
        email,
        tenantName: 'Acme Agency',
        clientName: 'Globex',
        workspaceName: 'Workspace ws-1',
        language: 'en',
      });
      // The event carries no link: the secret exists only in the e-mail.
      expect(event.data).not.toHaveProperty('acceptUrl');
      expect(JSON.stringify(event)).not.toContain(token);
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

      // Not accepted yet: the person cannot be resolved even with a valid login.
      await expect(
        identity.resolvePrincipal({ subject: first.user?.keycloakId ?? '', tenantId }, platform),
      ).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
        message: expect.stringContaining('not been accepted') as string,
      });

      expect(await identity.getInvitation({ token })).toEqual({
        email,
        displayName: 'Grace Hopper',
        tenantName: 'Acme Agency',
        clientName: 'Globex',
        workspaceName: 'Workspace ws-1',
        status: 'pending',
        hasPassword: false,
      });
      await expect(identity.getInvitation({ token: 'not-a-token' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });

      await expect(identity.acceptInvitation({ token, password: 'short' })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        violations: [{ field: 'password', message: expect.stringContaining('8 characters') as string }],
      });
      await expect(identity.acceptInvitation({ token, password: email })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        violations: [{ field: 'password' }],
      });

      const accepted = await identity.acceptInvitation({ token, password: 'Correct-horse-1' });
      expect(accepted.user).toMatchObject({ id: first.user?.id, status: 'active', workspaceIds: ['ws-1'] });

      const { claims } = await verifyRealmToken(await passwordToken(email, 'Correct-horse-1'));
      expect(claims.tenant_id).toBe(tenantId);
      expect(claims.realm_access?.roles).toContain('client');
      expect(claims.realm_access?.roles).not.toContain('owner');
      const resolved = await identity.resolvePrincipal(
        { subject: claims.sub ?? '', tenantId },
        as(servicePrincipal('gateway', tenantId)),
      );
      expect(resolved.principal).toEqual({
        userId: first.user?.id,
        tenantId,
        kind: 'KIND_CLIENT',
        staffRole: '',
        clientId: 'client-globex',
        contactId: 'contact-1',
        workspaceIds: ['ws-1'],
        // No rights stored for the workspace yet: the decision-maker role's default (every right).
        workspaceAccess: [
          { workspaceId: 'ws-1', rights: ['view', 'comment', 'approve', 'upload', 'billing', 'pay', 'chat'] },
        ],
      });
      expect(resolved).toMatchObject({ email, displayName: 'Grace Hopper', tenantName: 'Acme Agency' });

      await expect(identity.acceptInvitation({ token, password: 'Another-pass-1' })).rejects.toMatchObject({
        code: 'FAILED_PRECONDITION',
        message: expect.stringContaining('already used') as string,
      });
      // A used link tells its status and nothing else.
      expect(await identity.getInvitation({ token })).toEqual({
        email: '',
        displayName: '',
        tenantName: '',
        clientName: '',
        workspaceName: '',
        status: 'accepted',
        hasPassword: false,
      });

      const activated = await eventsOf<{ userId: string; workspaceIds: string[]; email: string }>(
        'identity.user.activated',
        (candidate) => candidate.subject === first.user?.id,
      );
      expect(activated.data).toMatchObject({
        userId: first.user?.id,
        email,
        clientId: 'client-globex',
        workspaceIds: ['ws-1'],
        keycloakId: claims.sub,
      });

      // Invited to a second workspace: access is added, the password stays, the link just confirms.
      const second = await invite(email, 'ws-2', { role: 'technical' });
      expect(second.user).toMatchObject({
        id: first.user?.id,
        status: 'active',
        workspaceIds: ['ws-1', 'ws-2'],
        role: 'technical',
      });
      const secondToken = (await invitationToken(second.invitation?.id ?? '')).token;
      expect(await identity.getInvitation({ token: secondToken })).toMatchObject({
        status: 'pending',
        hasPassword: true,
        workspaceName: 'Workspace ws-2',
      });
      expect(
        (await identity.acceptInvitation({ token: secondToken, password: '' })).user?.workspaceIds,
      ).toEqual(['ws-1', 'ws-2']);
      await expect(passwordToken(email, 'Correct-horse-1')).resolves.toEqual(expect.any(String));
      expect(
        (await identity.resolvePrincipal({ subject: claims.sub ?? '', tenantId }, platform)).principal
          ?.workspaceIds,
      ).toEqual(['ws-1', 'ws-2']);
    });

    it('re-inviting to the same workspace kills the earlier link', async () => {
      const email = `${uniqueName('alan')}@globex.test`;
      const first = await invite(email, 'ws-1');
      realmUsers.push(first.user?.keycloakId ?? '');
      const oldToken = (await invitationToken(first.invitation?.id ?? '')).token;
      const second = await invite(email, 'ws-1');
      expect(second.user?.id).toBe(first.user?.id);
      const newToken = (await invitationToken(second.invitation?.id ?? '')).token;
      expect(newToken).not.toBe(oldToken);

      expect((await identity.getInvitation({ token: oldToken })).status).toBe('cancelled');
      await expect(
        identity.acceptInvitation({ token: oldToken, password: 'Correct-horse-1' }),
      ).rejects.toMatchObject({
        code: 'FAILED_PRECONDITION',
        message: expect.stringContaining('cancelled') as string,
      });
      await expect(
        identity.acceptInvitation({ token: newToken, password: 'Correct-horse-1' }),
      ).resolves.toMatchObject({ user: { status: 'active' } });

      const listed = await identity.listInvitations(
        { clientId: 'client-globex' },
        as(staff(tenantId, 'member')),
      );
      const mine = listed.invitations.filter((invitation) => invitation.email === email);
      expect(mine.map((invitation) => [invitation.id, invitation.status])).toEqual([
        [second.invitation?.id, 'accepted'],
        [first.invitation?.id, 'cancelled'],
      ]);
      expect(mine[0]?.acceptedAt).not.toBe('');
      expect((await identity.listInvitations({ clientId: 'client-other' }, as(owner))).invitations).toEqual(
        [],
      );
      await expect(
        identity.listInvitations({ clientId: 'client-globex' }, as(clientUser(tenantId, 'client-globex'))),
      ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    });

    it('refuses bad invitations: invalid fields, clients inviting, a team member', async () => {
      const error = await identity
        .inviteExternalUser({ email: 'nope', clientId: ' ', workspaceId: '', role: 'boss' }, as(owner))
        .catch((caught: unknown) => caught);
      expect((error as DomainError).code).toBe('INVALID_ARGUMENT');
      expect((error as DomainError).violations.map((violation) => violation.field).sort()).toEqual([
        'clientId',
        'email',
        'role',
        'workspaceId',
      ]);
      await expect(
        invite(`${uniqueName('x')}@globex.test`, 'ws-1').then(() => undefined),
      ).resolves.toBeUndefined();
      await expect(
        identity.inviteExternalUser(
          { email: 'someone@globex.test', clientId: 'client-globex', workspaceId: 'ws-1' },
          as(clientUser(tenantId, 'client-globex', ['ws-1'])),
        ),
      ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });

      const otherSlug = uniqueName('other').replaceAll('_', '-');
      const otherOwnerEmail = `${uniqueName('owner')}@other.test`;
      const other = await identity.ensureTenant(
        {
          slug: otherSlug,
          name: 'Other Agency',
          ownerEmail: otherOwnerEmail,
          ownerPassword: OWNER_PASSWORD,
        },
        platform,
      );
      realmUsers.push(other.owner?.keycloakId ?? '');
      const otherOwner = staff(other.tenant?.id ?? '', 'owner', other.owner?.id);
      const sharedEmail = `${uniqueName('shared')}@initech.test`;
      const elsewhere = await identity.inviteExternalUser(
        { email: sharedEmail, clientId: 'client-initech', workspaceId: 'ws-9' },
        as(otherOwner),
      );
      realmUsers.push(elsewhere.user?.keycloakId ?? '');

      // Another organisation's login: answered like a fresh address (invitations.int.test.ts compares).
      await expect(invite(sharedEmail, 'ws-1')).resolves.toMatchObject({
        invitation: { email: sharedEmail, status: 'pending' },
      });
      await expect(invite(ownerEmail, 'ws-1')).rejects.toMatchObject({
        code: 'FAILED_PRECONDITION',
        message: expect.stringContaining('member of your team') as string,
      });
    });
  });
});
