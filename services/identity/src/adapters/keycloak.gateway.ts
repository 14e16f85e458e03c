import { DomainError, type Logger } from '@client-portal/kit';

export interface KeycloakSettings {
  url: string;
  realm: string;
  clientId: string;
  clientSecret: string;
}

/** A realm user as identity needs it. */
export interface RealmUser {
  id: string;
  email: string;
  enabled: boolean;
  /** The `tenant_id` attribute, mapped into every token of this user. */
  tenantId: string | undefined;
}

export interface NewRealmUser {
  email: string;
  displayName: string;
  tenantId: string;
  emailVerified: boolean;
  /** Set as a permanent password; without one the user cannot sign in until a password is chosen. */
  password?: string;
  /** Keycloak required actions asked at the first sign-in (VERIFY_EMAIL for someone who joined by link). */
  requiredActions?: string[];
  /** E.164 mobile number (the `mobile_number` attribute: login codes go by SMS to it); empty: none. */
  mobileNumber?: string;
}

/** A partner application's Keycloak client, as identity creates it. */
export interface PartnerClient {
  clientId: string;
  name: string;
  description: string;
  secret: string;
  /** The audience the partner API checks (`client-portal-partner-api`). */
  audience: string;
  tenantId: string;
  applicationId: string;
}

/**
 * Ids of portal users without a login here (their address signs in to another organisation, see
 * UNLINKED_PREFIX in domain/external-user.ts): every per-user call is a no-op for them.
 */
function unlinked(id: string): boolean {
  return id.startsWith('unlinked:');
}

interface UserRepresentation {
  id: string;
  username?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  enabled?: boolean;
  emailVerified?: boolean;
  requiredActions?: string[];
  attributes?: Record<string, string[]>;
}

interface TokenResponse {
  access_token?: string;
  expires_in?: number;
  error?: string;
  error_description?: string;
}

/** Refresh the service-account token this long before Keycloak says it expires. */
const TOKEN_SAFETY_MARGIN_MS = 30_000;
const REQUEST_TIMEOUT_MS = 10_000;

const UNREACHABLE = 'The sign-in service cannot be reached right now. Try again in a moment.';

/** Keycloak's person-name validator refuses these characters; a display name with them must still work. */
const PROHIBITED_NAME_CHARACTERS = /[<>&"$%!#?§;*~/\\|^=[\]{}()]/g;

function namesOf(displayName: string): { firstName: string; lastName: string } {
  const clean = displayName
    .replace(PROHIBITED_NAME_CHARACTERS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 255);
  const space = clean.lastIndexOf(' ');
  return space > 0
    ? { firstName: clean.slice(0, space), lastName: clean.slice(space + 1) }
    : { firstName: clean, lastName: '' };
}

function toRealmUser(user: UserRepresentation): RealmUser {
  return {
    id: user.id,
    email: user.email ?? '',
    enabled: user.enabled ?? false,
    tenantId: user.attributes?.tenant_id?.[0],
  };
}

/**
 * Identity's own client of the Keycloak admin REST API, signed in as the `client-portal-identity`
 * service account. The account's token is reused until shortly before it expires.
 */
export class KeycloakGateway {
  private token: { value: string; refreshAt: number } | undefined;
  private pendingToken: Promise<string> | undefined;

  constructor(
    private readonly settings: KeycloakSettings,
    private readonly logger: Logger,
  ) {}

  private get realmUrl(): string {
    return `${this.settings.url.replace(/\/$/, '')}/realms/${encodeURIComponent(this.settings.realm)}`;
  }

  private get adminUrl(): string {
    return `${this.settings.url.replace(/\/$/, '')}/admin/realms/${encodeURIComponent(this.settings.realm)}`;
  }

  async findUserByEmail(email: string): Promise<RealmUser | undefined> {
    const response = await this.admin(
      'GET',
      `/users?email=${encodeURIComponent(email)}&exact=true&briefRepresentation=false`,
    );
    const users = (await response.json()) as UserRepresentation[];
    const user = users.find((candidate) => candidate.email?.toLowerCase() === email.toLowerCase());
    return user ? toRealmUser(user) : undefined;
  }

  /** Creates an enabled user whose username is the e-mail; returns its id. */
  async createUser(user: NewRealmUser): Promise<string> {
    const response = await this.admin(
      'POST',
      '/users',
      {
        username: user.email,
        email: user.email,
        ...namesOf(user.displayName),
        enabled: true,
        emailVerified: user.emailVerified,
        attributes: {
          tenant_id: [user.tenantId],
          ...(user.mobileNumber ? { mobile_number: [user.mobileNumber] } : {}),
        },
        ...(user.requiredActions ? { requiredActions: user.requiredActions } : {}),
        ...(user.password === undefined
          ? {}
          : { credentials: [{ type: 'password', value: user.password, temporary: false }] }),
      },
      [409],
    );
    if (response.status === 409)
      throw DomainError.conflict('A sign-in account with this e-mail address exists already');
    const id = response.headers.get('location')?.split('/').pop();
    if (!id) throw new Error('Keycloak created a user without saying its id');
    return id;
  }

  /**
   * Changes the attributes and flags given, keeping everything else: Keycloak treats a PUT as the whole
   * profile, so fields left out (e-mail, names) would be erased and the account left "not fully set up".
   */
  async updateUser(
    id: string,
    changes: { tenantId?: string; emailVerified?: boolean; enabled?: boolean; mobileNumber?: string },
  ): Promise<void> {
    if (unlinked(id)) return;
    const current = (await (
      await this.admin('GET', `/users/${encodeURIComponent(id)}`)
    ).json()) as UserRepresentation;
    const attributes = { ...current.attributes };
    if (changes.tenantId !== undefined) attributes.tenant_id = [changes.tenantId];
    if (changes.mobileNumber !== undefined) {
      if (changes.mobileNumber) attributes.mobile_number = [changes.mobileNumber];
      else delete attributes.mobile_number;
    }
    await this.admin('PUT', `/users/${encodeURIComponent(id)}`, {
      username: current.username,
      email: current.email,
      firstName: current.firstName,
      lastName: current.lastName,
      enabled: changes.enabled ?? current.enabled,
      emailVerified: changes.emailVerified ?? current.emailVerified,
      requiredActions: current.requiredActions,
      attributes,
    });
  }

  /**
   * When the user last signed in with a one-time code (the login-code authenticator records it in the
   * attribute `login_code_verified_at`, epoch seconds), or undefined if they never did.
   */
  async codeSignInAt(id: string): Promise<Date | undefined> {
    const user = (await (
      await this.admin('GET', `/users/${encodeURIComponent(id)}`)
    ).json()) as UserRepresentation;
    const seconds = Number(user.attributes?.login_code_verified_at?.[0] ?? '');
    return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined;
  }

  /** Stores (or, empty, removes) the user's E.164 mobile number: the `mobile_number` attribute. */
  async setMobileNumber(id: string, mobileNumber: string): Promise<void> {
    await this.updateUser(id, { mobileNumber });
  }

  /** The user's `mobile_number` attribute, empty when none. */
  async mobileNumberOf(id: string): Promise<string> {
    if (unlinked(id)) return '';
    const user = (await (
      await this.admin('GET', `/users/${encodeURIComponent(id)}`)
    ).json()) as UserRepresentation;
    return user.attributes?.mobile_number?.[0] ?? '';
  }

  /** Adds a realm role to the user (a no-op when it has it already). */
  async grantRealmRole(id: string, role: string): Promise<void> {
    if (unlinked(id)) return;
    const representation: unknown = await (
      await this.admin('GET', `/roles/${encodeURIComponent(role)}`)
    ).json();
    await this.admin('POST', `/users/${encodeURIComponent(id)}/role-mappings/realm`, [representation]);
  }

  /** Takes a realm role from the user (a no-op when it does not have it). */
  async revokeRealmRole(id: string, role: string): Promise<void> {
    if (unlinked(id)) return;
    const representation: unknown = await (
      await this.admin('GET', `/roles/${encodeURIComponent(role)}`)
    ).json();
    await this.admin('DELETE', `/users/${encodeURIComponent(id)}/role-mappings/realm`, [representation]);
  }

  /** Ends every session of the user: its refresh tokens stop working at once. */
  async endSessions(id: string): Promise<void> {
    if (unlinked(id)) return;
    await this.admin('POST', `/users/${encodeURIComponent(id)}/logout`, undefined, [404]);
  }

  /** The user's active sessions (how many), to check that a logout took effect. */
  async sessionCount(id: string): Promise<number> {
    if (unlinked(id)) return 0;
    const response = await this.admin('GET', `/users/${encodeURIComponent(id)}/sessions`);
    return ((await response.json()) as unknown[]).length;
  }

  /** Sets a permanent password; the realm's password policy may refuse it, with a reason for the person. */
  async setPassword(id: string, password: string): Promise<void> {
    if (unlinked(id)) return;
    const response = await this.admin(
      'PUT',
      `/users/${encodeURIComponent(id)}/reset-password`,
      { type: 'password', value: password, temporary: false },
      [400],
    );
    if (response.status === 400) {
      const body = (await response.json().catch(() => ({}))) as TokenResponse;
      const reason =
        body.error_description?.replace(/^Invalid password:\s*/i, '') ??
        'it does not meet the password rules';
      throw DomainError.invalid('Choose another password', [
        { field: 'password', message: `This password cannot be used: ${reason}` },
      ]);
    }
  }

  /**
   * Keycloak's own e-mail asking the user to perform required actions (UPDATE_PASSWORD for a reset):
   * Keycloak writes and sends it (realm SMTP), its link is a single-use action token that lives
   * `lifespanSeconds`, and after the action the browser goes to `redirectUri` of `clientId`.
   */
  async executeActionsEmail(
    id: string,
    actions: string[],
    options: { clientId: string; redirectUri: string; lifespanSeconds: number },
  ): Promise<void> {
    const query = new URLSearchParams({
      client_id: options.clientId,
      redirect_uri: options.redirectUri,
      lifespan: String(options.lifespanSeconds),
    });
    const response = await this.admin(
      'PUT',
      `/users/${encodeURIComponent(id)}/execute-actions-email?${query.toString()}`,
      actions,
      [400],
    );
    // Keycloak refuses a login it holds disabled, e.g. locked for a while after failed sign-ins (its
    // brute-force protection): the caller is told, not a 500 (the fuzzer found it).
    if (response.status === 400) {
      const text = await response.text().catch(() => '');
      this.logger.warn({ status: 400, answer: text.slice(0, 200) }, 'Keycloak refused the actions e-mail');
      throw DomainError.precondition(
        'Keycloak could not send this user an e-mail now: their login may be locked after failed sign-ins. Try again later',
        'access.email_refused',
      );
    }
  }

  async deleteUser(id: string): Promise<void> {
    if (unlinked(id)) return;
    await this.admin('DELETE', `/users/${encodeURIComponent(id)}`, undefined, [404]);
  }

  /** Where a partner application asks its tokens (client-credentials grant). */
  get tokenUrl(): string {
    return `${this.realmUrl}/protocol/openid-connect/token`;
  }

  /**
   * A confidential client for a partner application (issue 13): client-credentials grant only (no
   * browser or password flow), with the secret identity chose, and mappers that put the partner API's
   * audience and the application's tenant and id into every access token. Answers Keycloak's id of it.
   */
  async createPartnerClient(client: PartnerClient): Promise<string> {
    const hardcoded = (name: string, value: string): Record<string, unknown> => ({
      name,
      protocol: 'openid-connect',
      protocolMapper: 'oidc-hardcoded-claim-mapper',
      config: {
        'claim.name': name,
        'claim.value': value,
        'jsonType.label': 'String',
        'access.token.claim': 'true',
        'id.token.claim': 'false',
        'userinfo.token.claim': 'false',
        'introspection.token.claim': 'true',
      },
    });
    const response = await this.admin(
      'POST',
      '/clients',
      {
        clientId: client.clientId,
        name: client.name,
        description: client.description,
        enabled: true,
        protocol: 'openid-connect',
        publicClient: false,
        bearerOnly: false,
        clientAuthenticatorType: 'client-secret',
        secret: client.secret,
        serviceAccountsEnabled: true,
        standardFlowEnabled: false,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        frontchannelLogout: false,
        // The token carries no realm or client roles: the application's rights are its scopes, in identity.
        fullScopeAllowed: false,
        attributes: { 'oauth2.device.authorization.grant.enabled': 'false' },
        protocolMappers: [
          {
            name: 'partner-api-audience',
            protocol: 'openid-connect',
            protocolMapper: 'oidc-audience-mapper',
            config: {
              'included.custom.audience': client.audience,
              'access.token.claim': 'true',
              'id.token.claim': 'false',
              'introspection.token.claim': 'true',
            },
          },
          hardcoded('tenant_id', client.tenantId),
          hardcoded('partner_app_id', client.applicationId),
        ],
      },
      [409],
    );
    if (response.status === 409)
      throw DomainError.conflict('A sign-in client with this id exists already; try again');
    const id = response.headers.get('location')?.split('/').pop();
    if (!id) throw new Error('Keycloak created a client without saying its id');
    return id;
  }

  /** Replaces the client's secret: from then on only the new one obtains tokens. */
  async setPartnerClientSecret(keycloakId: string, secret: string): Promise<void> {
    const path = `/clients/${encodeURIComponent(keycloakId)}`;
    const current = (await (await this.admin('GET', path)).json()) as Record<string, unknown>;
    await this.admin('PUT', path, { ...current, secret });
  }

  /** Deletes the client (a no-op when it is gone already): its secret obtains nothing any more. */
  async deletePartnerClient(keycloakId: string): Promise<void> {
    await this.admin('DELETE', `/clients/${encodeURIComponent(keycloakId)}`, undefined, [404]);
  }

  private async admin(
    method: string,
    path: string,
    body?: unknown,
    expected: number[] = [],
  ): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      const token = await this.serviceToken();
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await this.fetch(`${this.adminUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      // A token revoked or expired early (Keycloak restarted, clock skew): fetch a new one once.
      if (response.status === 401 && attempt === 1) {
        this.token = undefined;
        continue;
      }
      if (response.ok || expected.includes(response.status)) return response;
      const text = await response.text().catch(() => '');
      if (response.status >= 500) {
        this.logger.warn(
          { method, path: path.split('?')[0], status: response.status },
          'Keycloak admin call failed',
        );
        throw new DomainError('UNAVAILABLE', UNREACHABLE);
      }
      throw new Error(
        `Keycloak admin ${method} ${path.split('?')[0]} answered ${response.status}: ${text.slice(0, 500)}`,
      );
    }
  }

  private serviceToken(): Promise<string> {
    if (this.token && Date.now() < this.token.refreshAt) return Promise.resolve(this.token.value);
    // Concurrent calls share one token request instead of each asking Keycloak.
    this.pendingToken ??= this.requestToken().finally(() => {
      this.pendingToken = undefined;
    });
    return this.pendingToken;
  }

  private async requestToken(): Promise<string> {
    const response = await this.fetch(`${this.realmUrl}/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.settings.clientId,
        client_secret: this.settings.clientSecret,
      }),
    });
    const body = (await response.json().catch(() => ({}))) as TokenResponse;
    if (!response.ok || !body.access_token) {
      if (response.status >= 500) throw new DomainError('UNAVAILABLE', UNREACHABLE);
      throw new Error(
        `Keycloak refused the identity service account: ${body.error ?? response.status} ${body.error_description ?? ''}`,
      );
    }
    const lifetimeMs = (body.expires_in ?? 60) * 1000;
    this.token = {
      value: body.access_token,
      refreshAt: Date.now() + Math.max(lifetimeMs - TOKEN_SAFETY_MARGIN_MS, lifetimeMs / 2),
    };
    return body.access_token;
  }

  private async fetch(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      this.logger.warn({ err: error, url: url.split('?')[0] }, 'Keycloak unreachable');
      throw new DomainError('UNAVAILABLE', UNREACHABLE);
    }
  }
}
