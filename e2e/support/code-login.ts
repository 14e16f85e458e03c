import { createHash, randomBytes } from 'node:crypto';
import { infrastructure, REALM } from '@client-portal/testing';

/** The web app's public client, which the realm's browser flow serves. */
const WEB_CLIENT = 'client-portal-web';

/**
 * A client address (sent as X-Forwarded-For, which the local Keycloak trusts like the chart's ingress)
 * that no other test uses, so Keycloak's per-IP counts start at 0. A loopback one: the realm requires
 * HTTPS for external addresses, and this is only a header value, never a destination.
 */
export function uniqueClientIp(): string {
  const [a = 1, b = 1, c = 1] = randomBytes(3);
  return `127.${a}.${b}.${Math.max(c, 2)}`;
}

const decode = (text: string) =>
  text
    .replaceAll('&amp;', '&')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');

/**
 * One browser sign-in walked over plain HTTP, as a browser would: the authorization request (with
 * login_method=code), Keycloak's cookies kept between pages, forms posted to the action URL each page
 * names, and at the end the redirect to the app with the authorization code, exchanged (PKCE) for tokens.
 */
export class CodeLogin {
  /** The last page Keycloak answered (HTML) and its form's action URL. */
  page = '';
  private readonly cookies = new Map<string, string>();
  private readonly verifier = randomBytes(32).toString('base64url');
  /** Where Keycloak sent the browser back to the app, once signed in. */
  redirect: URL | undefined;

  private constructor(
    private readonly ip: string,
    private readonly redirectUri: string,
  ) {}

  static async start(options: {
    loginHint?: string;
    ip?: string;
    method?: 'code' | 'password';
    locale?: string;
    redirectUri?: string;
  }): Promise<CodeLogin> {
    const login = new CodeLogin(
      options.ip ?? uniqueClientIp(),
      options.redirectUri ?? 'http://127.0.0.1:18101/portal',
    );
    const url = new URL(`${infrastructure().keycloakUrl}/realms/${REALM}/protocol/openid-connect/auth`);
    url.searchParams.set('client_id', WEB_CLIENT);
    url.searchParams.set('redirect_uri', login.redirectUri);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('scope', 'openid');
    url.searchParams.set('state', randomBytes(8).toString('hex'));
    url.searchParams.set('code_challenge', createHash('sha256').update(login.verifier).digest('base64url'));
    url.searchParams.set('code_challenge_method', 'S256');
    url.searchParams.set('ui_locales', options.locale ?? 'en');
    if (options.loginHint) url.searchParams.set('login_hint', options.loginHint);
    if ((options.method ?? 'code') === 'code') url.searchParams.set('login_method', 'code');
    await login.request(url.toString(), { method: 'GET' });
    return login;
  }

  /** The action URL of the page's form (`formId`), as the browser would post it. */
  action(formId = 'kc-login-code'): string {
    const form = new RegExp(`<form[^>]*id="${formId}"[^>]*>`).exec(this.page)?.[0];
    const action = form && /action="([^"]+)"/.exec(form)?.[1];
    if (!action) throw new Error(`No form ${formId} on the page:\n${this.text().slice(0, 800)}`);
    return decode(action);
  }

  /** Posts a form of the page. */
  async post(fields: Record<string, string>, formId = 'kc-login-code'): Promise<void> {
    await this.request(this.action(formId), {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  submitCode(code: string): Promise<void> {
    return this.post({ code });
  }

  resend(): Promise<void> {
    return this.post({ resend: '' }, 'kc-login-code-other');
  }

  /** Whether the page offers the code field (not locked, not the address page). */
  asksForCode(): boolean {
    return /<input[^>]*name="code"/.test(this.page);
  }

  asksForAddress(): boolean {
    return /<form[^>]*id="kc-login-code-address"/.test(this.page);
  }

  /** The page's visible text, tags removed and spaces collapsed. */
  text(): string {
    return decode(
      this.page
        .replace(/<script[\s\S]*?<\/script>/g, ' ')
        .replace(/<style[\s\S]*?<\/style>/g, ' ')
        .replace(/<[^>]+>/g, ' '),
    )
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** The tokens for the authorization code Keycloak redirected with. */
  async tokens(): Promise<{ access_token: string; id_token: string }> {
    const code = this.redirect?.searchParams.get('code');
    if (!code) throw new Error(`Not signed in; the page says: ${this.text().slice(0, 500)}`);
    const response = await fetch(
      `${infrastructure().keycloakUrl}/realms/${REALM}/protocol/openid-connect/token`,
      {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: WEB_CLIENT,
          code,
          redirect_uri: this.redirectUri,
          code_verifier: this.verifier,
        }),
      },
    );
    if (!response.ok)
      throw new Error(`The token exchange answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as { access_token: string; id_token: string };
  }

  private async request(url: string, init: RequestInit): Promise<void> {
    let next: string | undefined = url;
    let options: RequestInit = init;
    // Follows Keycloak's own redirects; stops at the one leading back to the app.
    for (let hop = 0; next && hop < 10; hop += 1) {
      const headers = new Headers(options.headers);
      headers.set('x-forwarded-for', this.ip);
      if (this.cookies.size > 0)
        headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
      const response: Response = await fetch(next, { ...options, headers, redirect: 'manual' });
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const at = pair.indexOf('=');
        if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        const target: URL = new URL(location, next);
        if (target.toString().startsWith(this.redirectUri)) {
          this.redirect = target;
          await response.body?.cancel();
          return;
        }
        next = target.toString();
        options = { method: 'GET' };
        await response.body?.cancel();
        continue;
      }
      this.page = await response.text();
      return;
    }
  }
}

/** The 6-digit code in a message text. */
export function codeIn(text: string): string {
  const code = /\b(\d{6})\b/.exec(text)?.[1];
  if (!code) throw new Error(`No 6-digit code in: ${text}`);
  return code;
}

/** Keycloak's own admin API for the realm (the local scripts start Keycloak with admin / admin). */
export async function masterAdmin(path: string, init: RequestInit = {}): Promise<Response> {
  const base = infrastructure().keycloakUrl;
  const login = await fetch(`${base}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: process.env.KC_BOOTSTRAP_ADMIN_USERNAME ?? 'admin',
      password: process.env.KC_BOOTSTRAP_ADMIN_PASSWORD ?? 'admin',
    }),
  });
  const { access_token: token } = (await login.json()) as { access_token: string };
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  headers.set('content-type', 'application/json');
  const response = await fetch(`${base}/admin/realms/${REALM}${path}`, { ...init, headers });
  if (!response.ok) throw new Error(`admin ${path} answered ${response.status}: ${await response.text()}`);
  return response;
}

/** Puts a mobile number on a realm user, as identity does from the CRM contact (attribute mobile_number). */
export async function setMobileNumber(keycloakId: string, mobile: string): Promise<void> {
  const user = (await (await masterAdmin(`/users/${keycloakId}`)).json()) as {
    attributes?: Record<string, string[]>;
  };
  await masterAdmin(`/users/${keycloakId}`, {
    method: 'PUT',
    body: JSON.stringify({ ...user, attributes: { ...user.attributes, mobile_number: [mobile] } }),
  });
}

/** A French mobile number no other test uses. */
export function uniqueMobileNumber(): string {
  return `+3361${String(randomBytes(4).readUInt32BE(0) % 10_000_000).padStart(7, '0')}`;
}

/** The realm user id of an address. */
export async function realmUserId(email: string): Promise<string> {
  const users = (await (
    await masterAdmin(`/users?email=${encodeURIComponent(email)}&exact=true`)
  ).json()) as { id: string }[];
  const id = users[0]?.id;
  if (!id) throw new Error(`No realm user has the address ${email}`);
  return id;
}
