import type { NextFunction, Request, Response } from 'express';
import Keycloak from 'keycloak-connect';
import {
  DomainError,
  principalSchema,
  servicePrincipal,
  type Logger,
  type Principal,
} from '@client-portal/kit';
import type { GatewayConfig } from '../config.js';
import { on, type Backends } from './backends.js';
import { VerifiedTokens } from './verified-tokens.js';

export interface Caller {
  principal: Principal;
  displayName: string;
  email: string;
  tenantName: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    caller?: Caller;
    /** When the bearer token expires (ms since epoch): long-lived responses (SSE) end then. */
    tokenExpiresAt?: number;
  }
}

/** The header staff send, with a client's portal user id, while they view the portal as that user. */
export const VIEW_AS_HEADER = 'x-view-as';

interface TokenContent {
  sub?: string;
  tenant_id?: string;
  exp?: number;
  /** When the user last authenticated (epoch seconds; Keycloak's `basic` scope maps it). Refreshes keep it. */
  auth_time?: number;
}

/**
 * Bearer authentication: keycloak-connect validates the token (RS256 signature against the realm's
 * keys, expiry, issuer, audience); the identity service then says who this is here. Answers 401
 * problem+json itself, since keycloak-connect's own protect() would answer 403 to a missing token.
 */
export function authenticator(config: GatewayConfig, backends: Backends, logger: Logger) {
  const keycloak = new Keycloak({}, {
    realm: config.KEYCLOAK_REALM,
    'auth-server-url': config.KEYCLOAK_URL,
    resource: config.KEYCLOAK_GATEWAY_CLIENT_ID,
    'bearer-only': true,
    'ssl-required': 'external',
    'confidential-port': 0,
    'verify-token-audience': true,
  } as unknown as Keycloak.KeycloakConfig);
  const cache = new Map<string, { caller: Caller; until: number }>();
  /** Tokens already validated (signature, issuer, audience, expiry), until they expire: see the class. */
  const verified = new VerifiedTokens<TokenContent>();
  const viewAsCache = new Map<string, { caller: Caller; until: number }>();
  /**
   * Revocation slice: when each Keycloak subject / external user last lost access. A look-up that
   * started before that moment may carry the old principal: it is answered but never cached.
   */
  const revokedAt = new Map<string, number>();
  const revokedSince = (id: string, started: number): boolean => (revokedAt.get(id) ?? 0) >= started;

  /**
   * "View as client" (issue 10): staff send `X-View-As: <portal user id>`; identity checks that they
   * may (same tenant, portal.view_as_client) and answers that user's principal, which the request then
   * runs as, marked viewedBy the staff member. Only reads go through: the preview is read-only.
   */
  async function viewAs(staff: Caller, externalUserId: string, method: string): Promise<Caller> {
    if (staff.principal.kind !== 'staff')
      throw new DomainError(
        'PERMISSION_DENIED',
        'Only the agency team can view the portal as a client',
        [],
        'view_as.staff_only',
      );
    if (method !== 'GET' && method !== 'HEAD')
      throw new DomainError(
        'PERMISSION_DENIED',
        'This is a read-only preview: nothing can be changed while viewing as a client',
        [],
        'view_as.read_only',
      );
    const key = `${staff.principal.tenantId}:${staff.principal.userId}:${externalUserId}`;
    const cached = viewAsCache.get(key);
    if (cached && cached.until > Date.now()) return cached.caller;
    const tenantId = staff.principal.tenantId;
    const started = Date.now();
    const resolved = await backends.viewAs.resolveExternalUser(
      { tenantId, staffUserId: staff.principal.userId, externalUserId },
      on(servicePrincipal('gateway', tenantId)),
    );
    const proto = resolved.principal;
    if (!proto || proto.kind !== 'KIND_CLIENT' || proto.tenantId !== tenantId)
      throw DomainError.forbidden('This contact cannot be viewed as');
    const principal = principalSchema.parse({
      userId: proto.userId,
      tenantId: proto.tenantId,
      kind: 'client',
      clientId: proto.clientId || undefined,
      contactId: proto.contactId || undefined,
      workspaceIds: proto.workspaceIds,
      workspaceAccess: proto.workspaceAccess.map((access) => ({
        workspaceId: access.workspaceId,
        rights: access.rights,
      })),
      viewedBy: staff.principal.userId,
      displayName: resolved.displayName,
    });
    const caller: Caller = {
      principal,
      displayName: resolved.displayName,
      email: resolved.email,
      tenantName: resolved.tenantName,
    };
    if (!revokedSince(externalUserId, started))
      viewAsCache.set(key, { caller, until: Date.now() + config.PRINCIPAL_CACHE_MS });
    if (viewAsCache.size > 1_000) viewAsCache.delete(viewAsCache.keys().next().value ?? '');
    return caller;
  }

  async function resolve(token: string): Promise<{ caller: Caller; expiresAt: number }> {
    let content = verified.get(token);
    if (!content)
      try {
        const grant = await keycloak.grantManager.createGrant({
          access_token: token,
        } as unknown as Keycloak.GrantProperties);
        content = (grant.access_token as unknown as { content: TokenContent }).content;
        verified.remember(token, content);
      } catch (error) {
        logger.debug({ reason: error instanceof Error ? error.message : String(error) }, 'token refused');
        throw DomainError.unauthenticated('Your session is not valid any more: log in again');
      }
    const subject = content.sub ?? '';
    const key = `${subject}:${content.tenant_id ?? ''}`;
    const expiresAt = (content.exp ?? 0) * 1000;
    // The principal is cached per user, but the sign-in time belongs to this token (step-up).
    const withAuthTime = (caller: Caller): Caller =>
      typeof content.auth_time === 'number'
        ? { ...caller, principal: { ...caller.principal, authTime: content.auth_time } }
        : caller;
    const cached = cache.get(key);
    if (cached && cached.until > Date.now()) return { caller: withAuthTime(cached.caller), expiresAt };
    const started = Date.now();
    const resolved = await backends.identity.resolvePrincipal(
      { subject, tenantId: content.tenant_id ?? '' },
      on(servicePrincipal('gateway', content.tenant_id ?? 'unknown')),
    );
    const proto = resolved.principal;
    // A user's token is staff or client, never anything else: an unexpected kind is refused, not widened.
    if (!proto || (proto.kind !== 'KIND_STAFF' && proto.kind !== 'KIND_CLIENT'))
      throw DomainError.unauthenticated();
    const principal = principalSchema.parse({
      userId: proto.userId,
      tenantId: proto.tenantId,
      kind: proto.kind === 'KIND_STAFF' ? 'staff' : 'client',
      staffRole: proto.staffRole || undefined,
      clientId: proto.clientId || undefined,
      contactId: proto.contactId || undefined,
      workspaceIds: proto.workspaceIds,
      workspaceAccess: proto.workspaceAccess.map((access) => ({
        workspaceId: access.workspaceId,
        rights: access.rights,
      })),
      displayName: resolved.displayName,
      ...(resolved.stepUpMaxAgeSeconds > 0 ? { stepUpMaxAgeSeconds: resolved.stepUpMaxAgeSeconds } : {}),
    });
    const caller: Caller = {
      principal,
      displayName: resolved.displayName,
      email: resolved.email,
      tenantName: resolved.tenantName,
    };
    if (!revokedSince(subject, started))
      cache.set(key, { caller, until: Date.now() + config.PRINCIPAL_CACHE_MS });
    if (cache.size > 10_000) cache.delete(cache.keys().next().value ?? '');
    return { caller: withAuthTime(caller), expiresAt };
  }

  return {
    /** Requires a valid bearer token and attaches the caller. */
    required: async (request: Request, _response: Response, next: NextFunction): Promise<void> => {
      const header = request.headers.authorization ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match?.[1])
        throw DomainError.unauthenticated('Log in to continue: this request has no bearer token');
      const { caller, expiresAt } = await resolve(match[1]);
      const viewed = request.header(VIEW_AS_HEADER)?.trim();
      request.caller = viewed ? await viewAs(caller, viewed, request.method) : caller;
      request.tokenExpiresAt = expiresAt;
      next();
    },
    forget(): void {
      verified.clear();
      cache.clear();
      viewAsCache.clear();
    },
    /**
     * Revocation slice: forgets one user's principals (their own under any tenant claim, and staff's
     * "view as" them) so the next request asks identity again.
     */
    evict(keycloakId: string, externalUserId: string): void {
      const now = Date.now();
      revokedAt.set(keycloakId, now);
      revokedAt.set(externalUserId, now);
      // Only a look-up in flight at the revocation matters: older marks can go.
      for (const [id, at] of revokedAt) if (at < now - 60_000) revokedAt.delete(id);
      for (const key of cache.keys()) if (key.startsWith(`${keycloakId}:`)) cache.delete(key);
      for (const key of viewAsCache.keys()) if (key.endsWith(`:${externalUserId}`)) viewAsCache.delete(key);
    },
  };
}

export function callerOf(request: Request): Caller {
  if (!request.caller) throw DomainError.unauthenticated();
  return request.caller;
}
