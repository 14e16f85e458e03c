import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';

// The scopes are the partner API's (proto/partner/v1), one list in the contracts package.
import { PARTNER_SCOPES, type PartnerScope } from '@client-portal/contracts';

export { PARTNER_SCOPES, type PartnerScope };

export const PARTNER_APP_STATUSES = ['active', 'revoked'] as const;
export type PartnerAppStatus = (typeof PARTNER_APP_STATUSES)[number];

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
export const MIN_RATE_LIMIT_PER_MINUTE = 10;
export const MAX_RATE_LIMIT_PER_MINUTE = 6000;
export const MAX_NAME_LENGTH = FIELD_LIMITS.identity.partnerAppName;
export const MAX_DESCRIPTION_LENGTH = FIELD_LIMITS.identity.partnerAppDescription;

/** Every Keycloak client of a partner application has this prefix, then 12 hex characters. */
export const PARTNER_CLIENT_PREFIX = 'partner-';

/**
 * A partner application: the credentials a tenant admin hands an outside tool. Its secret lives in
 * Keycloak (which issues the tokens); identity keeps only a SHA-256 hash (the secret is 256 random bits,
 * so a plain hash is as strong as a slow one) and the first 4 characters to tell secrets apart.
 */
export interface PartnerApplication {
  id: string;
  tenantId: string;
  name: string;
  description: string;
  /** The OAuth client id (`partner-<12 hex>`). */
  clientId: string;
  /** Keycloak's own id of the client (its admin API addresses clients by it). */
  keycloakId: string;
  scopes: PartnerScope[];
  rateLimitPerMinute: number;
  status: PartnerAppStatus;
  secretHash: string;
  secretHint: string;
  /** Tokens issued before this instant (epoch seconds) are refused: the secret was rotated since. */
  tokensValidAfter: number;
  createdAt: Date;
  createdBy: string;
  createdByName: string;
  secretRotatedAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  updatedAt: Date;
  version: number;
}

export interface PartnerApplicationInput {
  name: string;
  description: string;
  scopes: readonly string[];
  /** 0 = the default. */
  rateLimitPerMinute: number;
}

export type CheckedPartnerApplicationInput = Pick<
  PartnerApplication,
  'name' | 'description' | 'scopes' | 'rateLimitPerMinute'
>;

/** Checks what an admin typed: every problem at once, each naming its field with a machine code. */
export function checkPartnerApplicationInput(input: PartnerApplicationInput): CheckedPartnerApplicationInput {
  const violations: FieldViolation[] = [];
  const name = input.name.trim();
  if (name === '') violations.push({ field: 'name', message: 'Name the application', code: 'required' });
  else if (name.length > MAX_NAME_LENGTH)
    violations.push({
      field: 'name',
      message: `At most ${MAX_NAME_LENGTH} characters`,
      code: 'too_long',
    });
  const description = input.description.trim();
  if (description.length > MAX_DESCRIPTION_LENGTH)
    violations.push({
      field: 'description',
      message: `At most ${MAX_DESCRIPTION_LENGTH} characters`,
      code: 'too_long',
    });
  const unknown = input.scopes.filter((scope) => !(PARTNER_SCOPES as readonly string[]).includes(scope));
  if (input.scopes.length === 0)
    violations.push({ field: 'scopes', message: 'Choose at least one scope', code: 'required' });
  else if (unknown.length > 0)
    violations.push({
      field: 'scopes',
      message: `Unknown scope${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (known: ${PARTNER_SCOPES.join(', ')})`,
      code: 'invalid_value',
    });
  const rate = input.rateLimitPerMinute === 0 ? DEFAULT_RATE_LIMIT_PER_MINUTE : input.rateLimitPerMinute;
  if (!Number.isInteger(rate) || rate < MIN_RATE_LIMIT_PER_MINUTE)
    violations.push({
      field: 'rate_limit_per_minute',
      message: `At least ${MIN_RATE_LIMIT_PER_MINUTE} calls per minute`,
      code: 'too_small',
    });
  else if (rate > MAX_RATE_LIMIT_PER_MINUTE)
    violations.push({
      field: 'rate_limit_per_minute',
      message: `At most ${MAX_RATE_LIMIT_PER_MINUTE} calls per minute`,
      code: 'too_big',
    });
  if (violations.length > 0) throw DomainError.invalid('The partner application is not valid', violations);
  // Sorted and without repeats, so two equal choices are stored alike.
  const scopes = PARTNER_SCOPES.filter((scope) => input.scopes.includes(scope));
  return { name, description, scopes, rateLimitPerMinute: rate };
}

export interface NewSecret {
  secret: string;
  hash: string;
  hint: string;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** 256 random bits, URL-safe: what the partner pastes into its configuration. */
export function newSecret(): NewSecret {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret), hint: secret.slice(0, 4) };
}

export function newPartnerApplicationIds(): { id: string; clientId: string } {
  const id = randomUUID();
  return { id, clientId: `${PARTNER_CLIENT_PREFIX}${id.replace(/-/g, '').slice(0, 12)}` };
}

/** Epoch seconds of an instant, rounded down: what a token's `iat` is compared with. */
export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
