import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { DomainError, servicePrincipal, type Logger } from '@client-portal/kit';
import { on, type Backends } from '../http/backends.js';
import type { PartnerApplication } from './call.js';

export interface PartnerTokenSettings {
  keycloakUrl: string;
  realm: string;
  /** The audience partner tokens carry (the Keycloak clients' audience mapper adds it). */
  audience: string;
}

interface PartnerClaims extends JWTPayload {
  azp?: string;
  tenant_id?: string;
  partner_app_id?: string;
}

const refused = (why: string): DomainError =>
  new DomainError('UNAUTHENTICATED', `The access token is refused: ${why}`, [], 'TOKEN_INVALID');

/**
 * Checks a partner's bearer token on every call: Keycloak's signature (the realm's JWKS, cached and
 * refreshed by jose), issuer, audience and expiry; then identity says which application it belongs to,
 * now. Revoked, rotated-away or foreign-tenant tokens are refused (UNAUTHENTICATED) on their next call,
 * since nothing about the application is cached here.
 */
export class PartnerAuthenticator {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;
  private readonly issuer: string;

  constructor(
    private readonly settings: PartnerTokenSettings,
    private readonly backends: Backends,
    private readonly logger: Logger,
  ) {
    this.issuer = `${settings.keycloakUrl.replace(/\/$/, '')}/realms/${settings.realm}`;
    this.jwks = createRemoteJWKSet(new URL(`${this.issuer}/protocol/openid-connect/certs`), {
      cooldownDuration: 30_000,
    });
  }

  async authenticate(authorization: string | undefined): Promise<PartnerApplication> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match?.[1])
      throw new DomainError(
        'UNAUTHENTICATED',
        'Send the access token as `authorization: Bearer <token>` metadata',
        [],
        'TOKEN_MISSING',
      );
    let claims: PartnerClaims;
    try {
      ({ payload: claims } = await jwtVerify<PartnerClaims>(match[1], this.jwks, {
        issuer: this.issuer,
        audience: this.settings.audience,
        algorithms: ['RS256'],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw refused('it has expired; ask Keycloak for a new one');
      if (error instanceof joseErrors.JOSEError) {
        this.logger.info({ reason: error.code }, 'partner token refused');
        throw refused('it is not a token of this platform for the partner API');
      }
      throw error;
    }
    const tenantId = claims.tenant_id;
    const clientId = claims.azp;
    if (!tenantId || !clientId || !claims.partner_app_id)
      throw refused('it was not issued to a partner application');
    let credential;
    try {
      credential = await this.backends.partnerApplications.resolvePartnerClient(
        { clientId },
        on(servicePrincipal('gateway', tenantId)),
      );
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND')
        throw refused('the application was revoked or does not exist');
      throw error;
    }
    if (
      credential.status !== 'active' ||
      credential.tenantId !== tenantId ||
      credential.applicationId !== claims.partner_app_id
    )
      throw refused('the application was revoked');
    if (Number(credential.tokensValidAfter) > 0 && (claims.iat ?? 0) < Number(credential.tokensValidAfter))
      throw refused('the secret was rotated since it was issued; ask a new token with the new secret');
    return {
      applicationId: credential.applicationId,
      tenantId: credential.tenantId,
      name: credential.name,
      scopes: credential.scopes,
      rateLimitPerMinute: credential.rateLimitPerMinute,
    };
  }
}
