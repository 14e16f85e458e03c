import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { ConfigError } from '../config.js';
import { DomainError } from '../errors.js';
import type { Principal } from './principal.js';
import {
  createPrincipalSigner,
  createPrincipalVerifier,
  DEVELOPMENT_PRINCIPAL_KEYS,
  DEVELOPMENT_PRINCIPAL_PUBLIC_KEYS,
  generatePrincipalKeyPair,
  parsePrincipalPublicKeys,
  principalKeyEnvironment,
  principalSignerFromConfig,
  principalVerifierFromConfig,
} from './principal-token.js';

const owner: Principal = {
  userId: 'user-1',
  tenantId: 'tenant-1',
  kind: 'staff',
  staffRole: 'owner',
  workspaceIds: [],
};
const gatewayKeys = generatePrincipalKeyPair();
const otherKeys = generatePrincipalKeyPair();

function verifier(trusted = `gateway:${gatewayKeys.publicKey}`, now = Date.now) {
  return createPrincipalVerifier({ trustedKeys: parsePrincipalPublicKeys(trusted), now });
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('UNAUTHENTICATED');
    return (error as DomainError).message;
  }
  throw new Error('the token was accepted');
}

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decoded = (piece: string | undefined) =>
  JSON.parse(Buffer.from(piece ?? '', 'base64url').toString()) as Record<string, unknown>;

describe('principal tokens', () => {
  const signer = createPrincipalSigner({ issuer: 'gateway', privateKey: gatewayKeys.privateKey });

  it('carries the principal to the service it is addressed to', () => {
    const token = signer.sign(owner, 'crm');
    const [header, claims] = token.split('.').slice(0, 2).map(decoded);
    expect(header).toMatchObject({ alg: 'EdDSA', typ: 'JWT' });
    expect(typeof header?.kid).toBe('string');
    expect(claims).toMatchObject({ iss: 'gateway', aud: 'crm', sub: 'user-1', principal: owner });
    expect(Number(claims?.exp) - Number(claims?.iat)).toBe(60);
    expect(verifier().verify(token, 'crm')).toEqual(owner);
  });

  it('refuses a token for another service', () => {
    const check = verifier();
    expect(refusal(() => check.verify(signer.sign(owner, 'crm'), 'billing'))).toMatch(/another service/);
    // Also once the token sits in the verifier's cache.
    const token = signer.sign(owner, 'portal');
    check.verify(token, 'portal');
    expect(refusal(() => check.verify(token, 'billing'))).toMatch(/another service/);
  });

  it('refuses an expired token, with 30 s of tolerance for clocks', () => {
    let now = Date.parse('2026-11-29T12:00:00Z');
    const clock = () => now;
    const token = createPrincipalSigner({
      issuer: 'gateway',
      privateKey: gatewayKeys.privateKey,
      now: clock,
    }).sign(owner, 'crm');
    const check = verifier(undefined, clock);
    now += 85_000;
    expect(check.verify(token, 'crm')).toEqual(owner);
    now += 10_000;
    expect(refusal(() => check.verify(token, 'crm'))).toMatch(/expired/);
    expect(refusal(() => verifier(undefined, clock).verify(token, 'crm'))).toMatch(/expired/);
  });

  it('refuses a token issued in the future or living longer than five minutes', () => {
    const later = createPrincipalSigner({
      issuer: 'gateway',
      privateKey: gatewayKeys.privateKey,
      now: () => Date.now() + 120_000,
    });
    expect(refusal(() => verifier().verify(later.sign(owner, 'crm'), 'crm'))).toMatch(/future/);
    const lasting = createPrincipalSigner({
      issuer: 'gateway',
      privateKey: gatewayKeys.privateKey,
      ttlSeconds: 3600,
    });
    expect(refusal(() => verifier().verify(lasting.sign(owner, 'crm'), 'crm'))).toMatch(/too long/);
  });

  it('refuses a token signed with a key it does not trust, or by an issuer the key does not belong to', () => {
    const stranger = createPrincipalSigner({ issuer: 'gateway', privateKey: otherKeys.privateKey });
    expect(refusal(() => verifier().verify(stranger.sign(owner, 'crm'), 'crm'))).toMatch(/no trusted key/);
    // The notification key may sign, but only as notification.
    const check = verifier(`gateway:${gatewayKeys.publicKey},notification:${otherKeys.publicKey}`);
    const posing = createPrincipalSigner({ issuer: 'gateway', privateKey: otherKeys.privateKey });
    expect(refusal(() => check.verify(posing.sign(owner, 'crm'), 'crm'))).toMatch(/no trusted key/);
    const honest = createPrincipalSigner({ issuer: 'notification', privateKey: otherKeys.privateKey });
    expect(check.verify(honest.sign(owner, 'crm'), 'crm')).toEqual(owner);
  });

  it('refuses a changed principal, an unsigned one and one claiming another algorithm', () => {
    const [header, , signature] = signer.sign(owner, 'crm').split('.');
    const claims = {
      iss: 'gateway',
      aud: 'crm',
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 60,
    };
    const promoted = part({ ...claims, principal: { ...owner, kind: 'service' } });
    expect(refusal(() => verifier().verify(`${header}.${promoted}.${signature}`, 'crm'))).toMatch(
      /signature/,
    );
    expect(refusal(() => verifier().verify(`${header}.${promoted}.`, 'crm'))).toMatch(/not a signed token/);
    const none = part({
      alg: 'none',
      kid: decoded(header).kid,
    });
    expect(refusal(() => verifier().verify(`${none}.${promoted}.${signature}`, 'crm'))).toMatch(/EdDSA/);
    // What callers sent before tokens existed: base64 JSON of the principal.
    const legacy = Buffer.from(JSON.stringify({ ...owner, kind: 'service' })).toString('base64url');
    expect(refusal(() => verifier().verify(legacy, 'crm'))).toMatch(/not a signed token/);
    expect(refusal(() => verifier().verify('a.b.c', 'crm'))).toMatch(/not a signed token/);
  });

  it('reuses a token for half its life, then signs a new one', () => {
    let now = Date.parse('2026-11-29T12:00:00Z');
    const clocked = createPrincipalSigner({
      issuer: 'gateway',
      privateKey: gatewayKeys.privateKey,
      now: () => now,
    });
    const first = clocked.sign(owner, 'crm');
    now += 29_000;
    expect(clocked.sign(owner, 'crm')).toBe(first);
    expect(clocked.sign(owner, 'billing')).not.toBe(first);
    expect(clocked.sign({ ...owner, staffRole: 'member' }, 'crm')).not.toBe(first);
    now += 2_000;
    expect(clocked.sign(owner, 'crm')).not.toBe(first);
  });

  it('reads keys as base64 DER or PEM and refuses what is not Ed25519', () => {
    const pem = createPrivateKey({
      key: Buffer.from(gatewayKeys.privateKey, 'base64'),
      format: 'der',
      type: 'pkcs8',
    }).export({ format: 'pem', type: 'pkcs8' });
    const fromPem = createPrincipalSigner({ issuer: 'gateway', privateKey: String(pem) });
    expect(verifier().verify(fromPem.sign(owner, 'crm'), 'crm')).toEqual(owner);
    expect(principalKeyEnvironment.signingKey().safeParse('not a key').success).toBe(false);
    expect(principalKeyEnvironment.publicKeys().safeParse(gatewayKeys.publicKey).success).toBe(false);
    expect(principalKeyEnvironment.publicKeys().safeParse(`gateway:${gatewayKeys.publicKey}`).success).toBe(
      true,
    );
    // A P-256 key is a valid key, but not the algorithm the tokens use.
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .publicKey.export({ format: 'der', type: 'spki' })
      .toString('base64');
    expect(principalKeyEnvironment.publicKeys().safeParse(`gateway:${p256}`).success).toBe(false);
  });

  it('defaults to the development key, which a production process refuses', () => {
    expect(principalKeyEnvironment.signingKey().parse(undefined)).toBe(DEVELOPMENT_PRINCIPAL_KEYS.privateKey);
    expect(principalKeyEnvironment.publicKeys().parse(undefined)).toBe(DEVELOPMENT_PRINCIPAL_PUBLIC_KEYS);
    const development = { NODE_ENV: 'development' };
    const production = { NODE_ENV: 'production' };
    const devSigner = principalSignerFromConfig(
      'gateway',
      DEVELOPMENT_PRINCIPAL_KEYS.privateKey,
      development,
    );
    expect(
      principalVerifierFromConfig(DEVELOPMENT_PRINCIPAL_PUBLIC_KEYS, development).verify(
        devSigner.sign(owner, 'crm'),
        'crm',
      ),
    ).toEqual(owner);
    expect(() =>
      principalSignerFromConfig('gateway', DEVELOPMENT_PRINCIPAL_KEYS.privateKey, production),
    ).toThrow(ConfigError);
    expect(() =>
      principalVerifierFromConfig(
        `gateway:${gatewayKeys.publicKey},seed:${DEVELOPMENT_PRINCIPAL_KEYS.publicKey}`,
        production,
      ),
    ).toThrow(/PRINCIPAL_PUBLIC_KEYS: the development key/);
    expect(() => principalSignerFromConfig('gateway', gatewayKeys.privateKey, production)).not.toThrow();
    expect(() => principalVerifierFromConfig(`gateway:${gatewayKeys.publicKey}`, production)).not.toThrow();
  });
});
