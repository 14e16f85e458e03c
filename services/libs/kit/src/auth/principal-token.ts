import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { z } from 'zod';
import { ConfigError } from '../config.js';
import { DomainError } from '../errors.js';
import { principalSchema, type Principal } from './principal.js';

/**
 * The principal travels between processes as a compact JWS (a JWT) signed with Ed25519: one key pair
 * per issuer (the gateway, each service that calls another, the local seed), named by `kid`. Services
 * hold only public keys, so a service that merely serves cannot mint a principal; the issuer claim is
 * bound to the key that verified it, so logs can trust it. The algorithm is fixed (EdDSA): the header's
 * `alg` is checked, never used to choose how to verify.
 */
export const PRINCIPAL_TOKEN_TTL_SECONDS = 60;
/** Clocks of two pods may differ a little; more than this and the token is refused. */
const CLOCK_TOLERANCE_SECONDS = 30;
/** No issuer may mint a token living longer than this, whatever its own lifetime setting. */
const MAX_LIFETIME_SECONDS = 300;
const CACHE_LIMIT = 10_000;

export interface TrustedPrincipalKey {
  issuer: string;
  kid: string;
  key: KeyObject;
}

export interface PrincipalSigner {
  readonly issuer: string;
  /** A token for `principal`, addressed to one service (`aud`), valid for a minute. */
  sign(principal: Principal, audience: string): string;
}

export interface PrincipalVerifier {
  /** The principal a token carries, or UNAUTHENTICATED when it is not signed, trusted, current and for `audience`. */
  verify(token: string, audience: string): Principal;
}

interface TokenHeader {
  alg?: unknown;
  kid?: unknown;
}
interface TokenClaims {
  iss?: unknown;
  aud?: unknown;
  iat?: unknown;
  exp?: unknown;
  principal?: unknown;
}

const ISSUER_PATTERN = /^[a-z][a-z0-9-]{0,62}$/;
const seconds = (milliseconds: number): number => Math.floor(milliseconds / 1000);
const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Keys are written as base64 DER (one line, fits an env var) or PEM. */
function keyMaterial(value: string): { key: Buffer | string; format: 'der' | 'pem' } {
  const trimmed = value.trim();
  return trimmed.startsWith('-----BEGIN')
    ? { key: trimmed, format: 'pem' }
    : { key: Buffer.from(trimmed, 'base64'), format: 'der' };
}

function requireEd25519(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error(`${what} is a ${key.asymmetricKeyType ?? 'symmetric'} key, not Ed25519`);
  return key;
}

export function parsePrincipalSigningKey(value: string): KeyObject {
  return requireEd25519(createPrivateKey({ ...keyMaterial(value), type: 'pkcs8' }), 'the signing key');
}

export function parsePrincipalPublicKey(value: string): KeyObject {
  return requireEd25519(createPublicKey({ ...keyMaterial(value), type: 'spki' }), 'the public key');
}

/** The key id: a short digest of the public key, so rotating a key changes it. */
export function principalKeyId(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256')
    .update(publicKey.export({ format: 'der', type: 'spki' }))
    .digest('base64url')
    .slice(0, 16);
}

/**
 * `issuer:key,issuer:key`: the public keys a service trusts, each bound to the issuer it may sign as.
 * An issuer may appear twice while its key is rotated.
 */
export function parsePrincipalPublicKeys(value: string): TrustedPrincipalKey[] {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new Error('no public key given');
  return entries.map((entry) => {
    const separator = entry.indexOf(':');
    const issuer = entry.slice(0, separator);
    if (separator < 0 || !ISSUER_PATTERN.test(issuer))
      throw new Error(`"${entry.slice(0, 20)}…" is not issuer:base64-public-key`);
    const key = parsePrincipalPublicKey(entry.slice(separator + 1));
    return { issuer, kid: principalKeyId(key), key };
  });
}

/** A new Ed25519 key pair as base64 DER (PKCS#8 private, SPKI public): what the env vars hold. */
export function generatePrincipalKeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

/** Keeps at most CACHE_LIMIT entries, dropping the oldest. */
function remember<Value>(cache: Map<string, Value>, key: string, value: Value): void {
  cache.set(key, value);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
}

export function createPrincipalSigner(options: {
  issuer: string;
  privateKey: string | KeyObject;
  ttlSeconds?: number;
  /** Milliseconds since the epoch; tests move it. */
  now?: () => number;
}): PrincipalSigner {
  const { issuer, ttlSeconds = PRINCIPAL_TOKEN_TTL_SECONDS, now = Date.now } = options;
  if (!ISSUER_PATTERN.test(issuer)) throw new Error(`"${issuer}" is not a valid issuer name`);
  const key =
    typeof options.privateKey === 'string'
      ? parsePrincipalSigningKey(options.privateKey)
      : options.privateKey;
  const header = encode({ alg: 'EdDSA', typ: 'JWT', kid: principalKeyId(key) });
  // A busy gateway calls the same service for the same user many times a minute: a token is reused
  // until half its life is gone, so signing (and the callee's verification) happens about twice a minute.
  const cache = new Map<string, { token: string; renewAt: number }>();
  return {
    issuer,
    sign(principal, audience) {
      const issuedAt = seconds(now());
      const cacheKey = `${audience}\n${JSON.stringify(principal)}`;
      const cached = cache.get(cacheKey);
      if (cached && cached.renewAt > issuedAt) return cached.token;
      const claims = encode({
        iss: issuer,
        aud: audience,
        sub: principal.userId,
        iat: issuedAt,
        exp: issuedAt + ttlSeconds,
        principal,
      });
      const signature = sign(null, Buffer.from(`${header}.${claims}`), key).toString('base64url');
      const token = `${header}.${claims}.${signature}`;
      remember(cache, cacheKey, { token, renewAt: issuedAt + Math.floor(ttlSeconds / 2) });
      return token;
    },
  };
}

/**
 * Which issuer signed each verified principal (the object the verifier returns, cached per token): a
 * principal's content is whatever its issuer wrote, so an endpoint meant for one service checks the
 * signer, not the `service:<name>` user id (the gateway could write any id).
 */
const principalIssuers = new WeakMap<Principal, string>();

/** The issuer that signed this verified principal; undefined for one built in-process. */
export function principalIssuer(principal: Principal): string | undefined {
  return principalIssuers.get(principal);
}

function refuse(reason: string): never {
  throw DomainError.unauthenticated(`The caller identity is refused: ${reason}`);
}

function decodeJson(part: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) refuse('it is not a signed token');
    return value as Record<string, unknown>;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    return refuse('it is not a signed token');
  }
}

export function createPrincipalVerifier(options: {
  trustedKeys: TrustedPrincipalKey[];
  now?: () => number;
}): PrincipalVerifier {
  const { trustedKeys, now = Date.now } = options;
  // Ed25519 verification costs a few hundred microseconds here: a token already verified is looked up
  // by its exact text (signature included), so a forged variant can never hit the cache.
  const verified = new Map<string, { principal: Principal; audience: string; expiresAt: number }>();
  return {
    verify(token, audience) {
      const current = seconds(now());
      const cached = verified.get(token);
      if (cached) {
        if (cached.audience !== audience) refuse('it is addressed to another service');
        if (cached.expiresAt + CLOCK_TOLERANCE_SECONDS < current) refuse('it has expired');
        return cached.principal;
      }
      const parts = token.split('.');
      const [encodedHeader, encodedClaims, signature] = parts;
      if (parts.length !== 3 || !encodedHeader || !encodedClaims || !signature)
        refuse('it is not a signed token');
      const header: TokenHeader = decodeJson(encodedHeader);
      if (header.alg !== 'EdDSA') refuse('it is not signed with EdDSA');
      const claims: TokenClaims = decodeJson(encodedClaims);
      const trusted = trustedKeys.find(
        (candidate) => candidate.kid === header.kid && candidate.issuer === claims.iss,
      );
      if (!trusted) refuse('no trusted key of its issuer signed it');
      const signed = verify(
        null,
        Buffer.from(`${encodedHeader}.${encodedClaims}`),
        trusted.key,
        Buffer.from(signature, 'base64url'),
      );
      if (!signed) refuse('its signature does not verify');
      if (claims.aud !== audience) refuse('it is addressed to another service');
      const { iat, exp } = claims;
      if (typeof iat !== 'number' || typeof exp !== 'number') refuse('it has no lifetime');
      if (exp + CLOCK_TOLERANCE_SECONDS < current) refuse('it has expired');
      if (iat - CLOCK_TOLERANCE_SECONDS > current) refuse('it is issued in the future');
      if (exp - iat > MAX_LIFETIME_SECONDS) refuse('it lives too long');
      const parsed = principalSchema.safeParse(claims.principal);
      if (!parsed.success) refuse('the principal in it is malformed');
      remember(verified, token, { principal: parsed.data, audience, expiresAt: exp });
      principalIssuers.set(parsed.data, trusted.issuer);
      return parsed.data;
    },
  };
}

/**
 * A fixed key pair so that `npm start` and a service started by hand work without any setting. It is
 * public (it is in this file): a process running with NODE_ENV=production refuses it.
 */
export const DEVELOPMENT_PRINCIPAL_KEYS = {
  privateKey: 'MC4CAQAwBQYDK2VwBCIEIECH40FsvEXhyfbbIhnQEjKhfsHhCXxFE3UmMXXcCDwc',
  publicKey: 'MCowBQYDK2VwAyEAqTrb3XwmoBle3xW6DqzCHl7uYK1uNr8iJ+EsVfwsloQ=',
};
/** Every local issuer signs with the development key. */
export const DEVELOPMENT_PRINCIPAL_PUBLIC_KEYS = ['gateway', 'notification', 'seed']
  .map((issuer) => `${issuer}:${DEVELOPMENT_PRINCIPAL_KEYS.publicKey}`)
  .join(',');

function accepts(parse: (value: string) => unknown): (value: string) => boolean {
  return (value) => {
    try {
      parse(value);
      return true;
    } catch {
      return false;
    }
  };
}

/** Config fields of the principal keys (defaults: the development key), for services' and tools' schemas. */
export const principalKeyEnvironment = {
  /** The Ed25519 private key this process signs principals with (PKCS#8, base64 DER or PEM). */
  signingKey: () =>
    z.string().default(DEVELOPMENT_PRINCIPAL_KEYS.privateKey).refine(accepts(parsePrincipalSigningKey), {
      message: 'must be an Ed25519 private key: PKCS#8 as base64 DER or PEM',
    }),
  /** The issuers a service trusts: issuer:base64-SPKI-public-key, comma-separated. */
  publicKeys: () =>
    z.string().default(DEVELOPMENT_PRINCIPAL_PUBLIC_KEYS).refine(accepts(parsePrincipalPublicKeys), {
      message: 'must be issuer:public-key pairs, comma-separated (Ed25519 SPKI as base64 DER)',
    }),
};

function refuseDevelopmentKey(variable: string, key: KeyObject, environment: NodeJS.ProcessEnv): void {
  if (environment.NODE_ENV !== 'production') return;
  if (principalKeyId(key) === principalKeyId(parsePrincipalPublicKey(DEVELOPMENT_PRINCIPAL_KEYS.publicKey)))
    throw new ConfigError([
      `${variable}: the development key is public and refused when NODE_ENV=production (set your own keys: docs/deploy.md)`,
    ]);
}

/** The signer of a process from its PRINCIPAL_SIGNING_KEY; in production the development key is refused. */
export function principalSignerFromConfig(
  issuer: string,
  signingKey: string,
  environment: NodeJS.ProcessEnv = process.env,
): PrincipalSigner {
  const key = parsePrincipalSigningKey(signingKey);
  refuseDevelopmentKey('PRINCIPAL_SIGNING_KEY', key, environment);
  return createPrincipalSigner({ issuer, privateKey: key });
}

/** The verifier of a service from its PRINCIPAL_PUBLIC_KEYS; in production the development key is refused. */
export function principalVerifierFromConfig(
  publicKeys: string,
  environment: NodeJS.ProcessEnv = process.env,
): PrincipalVerifier {
  const trustedKeys = parsePrincipalPublicKeys(publicKeys);
  for (const trusted of trustedKeys) refuseDevelopmentKey('PRINCIPAL_PUBLIC_KEYS', trusted.key, environment);
  return createPrincipalVerifier({ trustedKeys });
}
