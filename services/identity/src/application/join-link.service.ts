import { randomUUID } from 'node:crypto';
import { assertPermission, DomainError, type EventOutbox, type Principal } from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { newExternalUser } from '../domain/external-user.js';
import {
  assertJoinable,
  checkJoinForm,
  DEFAULT_JOIN_LIMITS,
  newJoinLink,
  newJoinToken,
  windowStart,
  type Join,
  type JoinForm,
  type JoinLimits,
  type JoinLink,
  type JoinLinkInput,
} from '../domain/join-link.js';
import type { KeycloakGateway } from '../adapters/keycloak.gateway.js';
import type { ExternalUserRepository } from '../store/external-user.repository.js';
import type { PortalAccessService } from './portal-access.service.js';
import type { JoinLinkRepository } from '../store/join-link.repository.js';
import type { StaffRepository } from '../store/staff.repository.js';
import type { TenantRepository } from '../store/tenant.repository.js';

export interface JoinLinkSummary extends JoinLink {
  joinCount: number;
  lastJoinedAt: Date | null;
}

export interface JoinLinkPreview {
  tenantName: string;
  tenantSlug: string;
  scope: JoinLink['scope'];
  workspaceName: string;
  status: JoinLink['status'];
}

export interface StartedJoin {
  join: Join;
  link: JoinLink;
}

export interface CompleteJoinInput {
  joinId: string;
  token: string;
  password: string;
  clientId: string;
  clientName: string;
  workspaceId: string;
  workspaceName: string;
  contactId: string;
}

const UNKNOWN_LINK =
  'This invitation link is not valid any more. Check that you opened the whole link, or ask for a new one.';

/**
 * One answer whatever the address is known as (a team member here, a portal user here, a login of
 * another organisation): the public join form must not tell strangers who has an account where.
 */
const ADDRESS_UNAVAILABLE =
  'This e-mail address cannot join through this link. If you already have access, sign in instead; otherwise use another address.';

/** The gateway's join workflow is the only caller allowed to finish a join (it made the CRM records). */
const JOIN_WORKFLOW = 'service:gateway';

/** Shareable invitation links (issue 11): staff manage them, strangers join through them. */
export class JoinLinkService {
  constructor(
    private readonly links: JoinLinkRepository,
    private readonly tenants: TenantRepository,
    private readonly staff: StaffRepository,
    private readonly externalUsers: ExternalUserRepository,
    private readonly keycloak: KeycloakGateway,
    private readonly outbox: EventOutbox<ProducedBy<'identity'>>,
    private readonly limits: JoinLimits = DEFAULT_JOIN_LIMITS,
    /** The tenant's role catalogue (roles slice): a link may give one of the tenant's own roles. */
    private readonly roles?: Pick<PortalAccessService, 'roleExists'>,
  ) {}

  async create(principal: Principal, input: JoinLinkInput): Promise<JoinLinkSummary> {
    // A tenant link opens a new client at every join: an admin's decision, like the portal's settings.
    assertPermission(principal, input.scope.trim() === 'tenant' ? 'portal.configure' : 'workspaces.manage');
    const role = input.role.trim() || 'decision-maker';
    const roleKnown = this.roles ? await this.roles.roleExists(principal.tenantId, role) : undefined;
    const link = newJoinLink(principal.tenantId, input, principal.userId, new Date(), roleKnown);
    await this.links.insert(link);
    return { ...link, joinCount: 0, lastJoinedAt: null };
  }

  async list(principal: Principal, workspaceId: string): Promise<JoinLinkSummary[]> {
    assertPermission(principal, 'workspaces.manage');
    const links = await this.links.list(principal.tenantId, workspaceId.trim());
    return Promise.all(links.map((link) => this.summary(link)));
  }

  /** A new URL; the old one is refused from the moment this returns. */
  async reset(principal: Principal, linkId: string): Promise<JoinLinkSummary> {
    const link = await this.managed(principal, linkId);
    await this.links.replaceToken(link.tenantId, link.id, newJoinToken(), new Date());
    return this.summary(await this.reload(link));
  }

  async setEnabled(principal: Principal, linkId: string, enabled: boolean): Promise<JoinLinkSummary> {
    const link = await this.managed(principal, linkId);
    await this.links.setStatus(link.tenantId, link.id, enabled ? 'active' : 'disabled', new Date());
    return this.summary(await this.reload(link));
  }

  async listJoins(principal: Principal, linkId: string): Promise<Join[]> {
    assertPermission(principal, 'workspaces.manage');
    const link = await this.links.find(principal.tenantId, linkId.trim());
    if (!link) throw DomainError.notFound('Link', linkId);
    return this.links.listJoins(link.tenantId, link.id);
  }

  /** What the public join page shows: the organisation and, for a workspace link, the workspace's name. */
  async preview(token: string): Promise<JoinLinkPreview> {
    const link = await this.byToken(token);
    const tenant = await this.tenants.find(link.tenantId);
    if (!tenant) throw new DomainError('NOT_FOUND', UNKNOWN_LINK);
    return {
      tenantName: tenant.name,
      tenantSlug: tenant.slug,
      scope: link.scope,
      workspaceName: link.workspaceName,
      status: link.status,
    };
  }

  /**
   * Step 1 of a join (public): the link, the caller's address limit, the form, the e-mail address and
   * the link's limit, in that order, so that a refused form still spends an attempt of the address and
   * only accepted joins spend the link's.
   */
  async start(
    form: JoinForm & { token: string; ipAddress: string; userAgent: string },
    now = new Date(),
  ): Promise<StartedJoin> {
    const link = await this.byToken(form.token);
    assertJoinable(link);
    const address = form.ipAddress.trim() || 'unknown';
    if (
      !(await this.links.claimSlot(
        `address|${address}`,
        windowStart(now, this.limits.perAddressWindowMs),
        this.limits.perAddress,
        now,
      ))
    )
      throw this.rateLimited(
        'Too many attempts to join from your network. Try again later.',
        now,
        this.limits.perAddressWindowMs,
      );
    const checked = checkJoinForm(form);
    if (!(await this.addressIsFree(link.tenantId, checked.email)))
      throw DomainError.precondition(ADDRESS_UNAVAILABLE, 'join.address_unavailable');
    if (
      !(await this.links.claimSlot(
        `link|${link.id}`,
        windowStart(now, this.limits.perLinkWindowMs),
        this.limits.perLink,
        now,
      ))
    )
      throw this.rateLimited(
        'This invitation link has had too many joins in a short time. Try again later.',
        now,
        this.limits.perLinkWindowMs,
      );
    const join: Join = {
      id: randomUUID(),
      tenantId: link.tenantId,
      linkId: link.id,
      email: checked.email,
      displayName: checked.displayName,
      status: 'started',
      clientId: link.clientId,
      clientName: link.clientName,
      workspaceId: link.workspaceId,
      externalUserId: '',
      ipAddress: form.ipAddress.trim().slice(0, 64),
      userAgent: form.userAgent.slice(0, 300),
      createdAt: now,
      joinedAt: null,
    };
    await this.links.insertJoin(join);
    return { join, link };
  }

  /**
   * Step 2, from the gateway's join workflow once the CRM contact (and for a tenant link the client and
   * its workspace) exist: the Keycloak login with the chosen password (the address still has to be
   * verified at the first sign-in: nobody proved it yet), the active portal user in the workspace.
   */
  async complete(
    principal: Principal | undefined,
    input: CompleteJoinInput,
  ): Promise<{ email: string; externalUserId: string }> {
    if (!principal || principal.kind !== 'service' || principal.userId !== JOIN_WORKFLOW)
      throw DomainError.forbidden('Only the platform finishes a join');
    const join = await this.links.findJoin(principal.tenantId, input.joinId.trim());
    if (!join) throw DomainError.notFound('Join', input.joinId);
    if (join.status !== 'started')
      throw DomainError.precondition('This join is finished already', 'join.already_joined');
    const link = await this.byToken(input.token);
    if (link.id !== join.linkId || link.tenantId !== join.tenantId)
      throw new DomainError('NOT_FOUND', UNKNOWN_LINK);
    assertJoinable(link);
    checkJoinForm({ displayName: join.displayName, email: join.email, password: input.password });
    const target =
      link.scope === 'workspace'
        ? { clientId: link.clientId, clientName: link.clientName, workspaceId: link.workspaceId }
        : {
            clientId: input.clientId.trim(),
            clientName: input.clientName.trim(),
            workspaceId: input.workspaceId.trim(),
          };
    if (!target.clientId || !target.workspaceId)
      throw DomainError.invalid('The new client and its workspace are needed to finish the join', [
        { field: 'clientId', message: 'The new client is missing', code: 'required' },
      ]);
    if (!(await this.addressIsFree(join.tenantId, join.email)))
      throw DomainError.precondition(ADDRESS_UNAVAILABLE, 'join.address_unavailable');

    const keycloakId = await this.keycloak.createUser({
      email: join.email,
      displayName: join.displayName,
      tenantId: join.tenantId,
      emailVerified: false,
      password: input.password,
      requiredActions: ['VERIFY_EMAIL'],
    });
    await this.keycloak.grantRealmRole(keycloakId, 'client');
    const now = new Date();
    const user = await this.externalUsers.insert(
      newExternalUser(
        join.tenantId,
        keycloakId,
        {
          email: join.email,
          displayName: join.displayName,
          clientId: target.clientId,
          contactId: input.contactId.trim(),
          // Checked against the roles when the link was made.
          role: link.role,
          workspaceId: target.workspaceId,
        },
        now,
      ),
    );
    await this.externalUsers.activate(
      join.tenantId,
      user.id,
      now,
      this.outbox.entry({
        type: 'identity.user.activated',
        tenantId: join.tenantId,
        subject: user.id,
        data: {
          userId: user.id,
          keycloakId,
          email: join.email,
          clientId: target.clientId,
          workspaceIds: [target.workspaceId],
        },
      }),
    );
    await this.links.markJoined(
      join.tenantId,
      join.id,
      {
        clientId: target.clientId,
        clientName: target.clientName || join.clientName,
        workspaceId: target.workspaceId,
        externalUserId: user.id,
      },
      now,
    );
    return { email: join.email, externalUserId: user.id };
  }

  /** Nobody has this address yet: no team member, no portal user here, no login anywhere. */
  private async addressIsFree(tenantId: string, email: string): Promise<boolean> {
    const [member, user, login] = await Promise.all([
      this.staff.findByEmail(tenantId, email),
      this.externalUsers.findByEmail(tenantId, email),
      this.keycloak.findUserByEmail(email),
    ]);
    return !member && !user && !login;
  }

  private rateLimited(message: string, now: Date, windowMs: number): DomainError {
    const minutes = Math.max(1, Math.ceil((windowStart(now, windowMs) + windowMs - now.getTime()) / 60_000));
    return DomainError.precondition(`${message} (in about ${minutes} min)`, 'join.rate_limited');
  }

  private async managed(principal: Principal, linkId: string): Promise<JoinLink> {
    assertPermission(principal, 'workspaces.manage');
    const link = await this.links.find(principal.tenantId, linkId.trim());
    if (!link) throw DomainError.notFound('Link', linkId);
    if (link.scope === 'tenant') assertPermission(principal, 'portal.configure');
    return link;
  }

  private async reload(link: JoinLink): Promise<JoinLink> {
    return (await this.links.find(link.tenantId, link.id)) ?? link;
  }

  private async summary(link: JoinLink): Promise<JoinLinkSummary> {
    const { count, last } = await this.links.countJoined(link.tenantId, link.id);
    return { ...link, joinCount: count, lastJoinedAt: last };
  }

  private async byToken(token: string): Promise<JoinLink> {
    const trimmed = token.trim();
    const link = trimmed ? await this.links.findByToken(trimmed) : undefined;
    if (!link) throw new DomainError('NOT_FOUND', UNKNOWN_LINK);
    return link;
  }
}
