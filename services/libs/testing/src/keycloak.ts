import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { infrastructure } from './infrastructure.js';

export const REALM = 'client-portal';
/** Development secrets from deploy/keycloak (overridden by environment placeholders in production). */
/**
 * The only client that exchanges a user's password for a token. Development-only: the local scripts add
 * it (deploy/keycloak/dev-realm.json); the shipped realm has none, so production cannot do this.
 */
export const TEST_CLIENT = {
  id: 'client-portal-test',
  secret: process.env.CP_TEST_CLIENT_SECRET ?? 'dev-test-secret',
};
export const IDENTITY_CLIENT = {
  id: 'client-portal-identity',
  secret: process.env.CP_IDENTITY_CLIENT_SECRET ?? 'dev-identity-secret',
};

const realmUrl = () => `${infrastructure().keycloakUrl}/realms/${REALM}`;

interface TokenResponse {
  access_token: string;
  error?: string;
  error_description?: string;
}

async function token(form: Record<string, string>): Promise<string> {
  const response = await fetch(`${realmUrl()}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams(form),
  });
  const body = (await response.json()) as TokenResponse;
  if (!response.ok)
    throw new Error(
      `Keycloak refused the token request: ${body.error ?? response.status} ${body.error_description ?? ''}`,
    );
  return body.access_token;
}

export function clientCredentialsToken(client = IDENTITY_CLIENT): Promise<string> {
  return token({ grant_type: 'client_credentials', client_id: client.id, client_secret: client.secret });
}

/** A user's access token from their password, through the development-only test client. */
export async function passwordToken(username: string, password: string): Promise<string> {
  try {
    return await token({
      grant_type: 'password',
      client_id: TEST_CLIENT.id,
      client_secret: TEST_CLIENT.secret,
      username,
      password,
      scope: 'openid',
    });
  } catch (error) {
    if (error instanceof Error && /invalid_client|unauthorized_client/.test(error.message))
      throw new Error(
        `${error.message} (${TEST_CLIENT.id} is development-only: node deploy/keycloak/dev-realm.mjs adds it)`,
        { cause: error },
      );
    throw error;
  }
}

async function admin(path: string, init: RequestInit = {}): Promise<Response> {
  const bearer = await clientCredentialsToken();
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${bearer}`);
  headers.set('content-type', 'application/json');
  const response = await fetch(`${infrastructure().keycloakUrl}/admin/realms/${REALM}${path}`, {
    ...init,
    headers,
  });
  if (!response.ok)
    throw new Error(
      `Keycloak admin ${init.method ?? 'GET'} ${path} answered ${response.status}: ${await response.text()}`,
    );
  return response;
}

/** Creates a realm user with a password, a tenant and realm roles, through the identity service account. */
export async function createRealmUser(user: {
  email: string;
  password: string;
  tenantId: string;
  roles?: string[];
  firstName?: string;
  lastName?: string;
}): Promise<string> {
  const created = await admin('/users', {
    method: 'POST',
    body: JSON.stringify({
      username: user.email,
      email: user.email,
      firstName: user.firstName ?? 'Test',
      lastName: user.lastName ?? 'User',
      enabled: true,
      emailVerified: true,
      attributes: { tenant_id: [user.tenantId] },
      credentials: [{ type: 'password', value: user.password, temporary: false }],
    }),
  });
  const id = created.headers.get('location')?.split('/').pop();
  if (!id) throw new Error('Keycloak created the user without telling its id');
  if (user.roles?.length) {
    const roles = await Promise.all(
      user.roles.map(async (name) => (await admin(`/roles/${encodeURIComponent(name)}`)).json()),
    );
    await admin(`/users/${id}/role-mappings/realm`, { method: 'POST', body: JSON.stringify(roles) });
  }
  return id;
}

/** The realm users with this e-mail (id and attributes), to check what identity created or left alone. */
export async function realmUsersByEmail(
  email: string,
): Promise<{ id: string; email?: string; attributes?: Record<string, string[]> }[]> {
  const response = await admin(
    `/users?email=${encodeURIComponent(email)}&exact=true&briefRepresentation=false`,
  );
  return (await response.json()) as { id: string; email?: string; attributes?: Record<string, string[]> }[];
}

export async function deleteRealmUser(id: string): Promise<void> {
  await admin(`/users/${id}`, { method: 'DELETE' });
}

export interface VerifiedToken {
  header: { alg: string; kid: string };
  claims: Record<string, unknown> & {
    iss: string;
    sub?: string;
    exp: number;
    azp?: string;
    aud?: string | string[];
    tenant_id?: string;
    realm_access?: { roles: string[] };
  };
}

/** Verifies an RS256 token against the realm's published keys, its issuer and its expiry. */
export async function verifyRealmToken(jwt: string): Promise<VerifiedToken> {
  const [encodedHeader, encodedClaims, signature] = jwt.split('.');
  if (!encodedHeader || !encodedClaims || !signature) throw new Error('not a JWT');
  const header = JSON.parse(Buffer.from(encodedHeader, 'base64url').toString()) as VerifiedToken['header'];
  const claims = JSON.parse(Buffer.from(encodedClaims, 'base64url').toString()) as VerifiedToken['claims'];
  if (header.alg !== 'RS256') throw new Error(`unexpected algorithm ${header.alg}`);
  const { keys } = (await (await fetch(`${realmUrl()}/protocol/openid-connect/certs`)).json()) as {
    keys: (JsonWebKey & { kid: string })[];
  };
  const key = keys.find((candidate) => candidate.kid === header.kid);
  if (!key) throw new Error(`no realm key with id ${header.kid}`);
  const valid = verify(
    'RSA-SHA256',
    Buffer.from(`${encodedHeader}.${encodedClaims}`),
    createPublicKey({ key, format: 'jwk' }),
    Buffer.from(signature, 'base64url'),
  );
  if (!valid) throw new Error('signature does not verify');
  if (claims.iss !== realmUrl()) throw new Error(`issuer ${claims.iss} is not ${realmUrl()}`);
  if (claims.exp * 1000 < Date.now()) throw new Error('token expired');
  return { header, claims };
}

/** Turns a realm user's login on or off in Keycloak itself, as an administrator (or a lockout) would. */
export async function setRealmUserEnabled(id: string, enabled: boolean): Promise<void> {
  await admin(`/users/${id}`, { method: 'PUT', body: JSON.stringify({ enabled }) });
}
