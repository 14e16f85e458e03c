import { createHash, randomBytes } from 'node:crypto';
import { infrastructure } from '@client-portal/testing';

const REALM = 'client-portal';
/** The shipped realm's redirect URI of the web client (the local gateway's port). */
const REDIRECT_URI = 'http://127.0.0.1:18081/';

function cookiesOf(response: Response, jar: Map<string, string>): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const index = pair.indexOf('=');
    if (index > 0) jar.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
  }
}

const cookieHeader = (jar: Map<string, string>): string =>
  [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

/**
 * A token as the web app gets one: the authorization code flow with PKCE through Keycloak's own login
 * form, driven over HTTP. Unlike the password grant, a sign-in through the form records when it
 * happened (the user session's AUTH_TIME note), so the access token carries `auth_time`, which
 * step-up needs.
 */
export async function codeFlowToken(email: string, password: string): Promise<string> {
  const base = `${infrastructure().keycloakUrl}/realms/${REALM}/protocol/openid-connect`;
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const jar = new Map<string, string>();
  const authorize = await fetch(
    `${base}/auth?${new URLSearchParams({
      client_id: 'client-portal-web',
      response_type: 'code',
      scope: 'openid',
      redirect_uri: REDIRECT_URI,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      response_mode: 'query',
    }).toString()}`,
    { redirect: 'manual' },
  );
  cookiesOf(authorize, jar);
  const form = await authorize.text();
  const action = /<form[^>]+id="kc-form-login"[^>]+action="([^"]+)"/.exec(form)?.[1];
  if (!action) throw new Error(`Keycloak showed no login form (${authorize.status})`);
  const submitted = await fetch(action.replaceAll('&amp;', '&'), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ username: email, password, credentialId: '' }),
  });
  const location = submitted.headers.get('location') ?? '';
  const code = location ? new URL(location).searchParams.get('code') : null;
  if (!code) throw new Error(`Keycloak refused the login (${submitted.status})`);
  const exchanged = await fetch(`${base}/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'client-portal-web',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
    }),
  });
  if (!exchanged.ok) throw new Error(`The code exchange failed (${exchanged.status})`);
  return ((await exchanged.json()) as { access_token: string }).access_token;
}
