import Keycloak from 'keycloak-js';
import { removeCallbackParameters } from './oidc-callback';

/** What the gateway's public GET /api/config tells the app about Keycloak. */
export interface AuthSettings {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export interface LoginOptions {
  redirectUri?: string;
  loginHint?: string;
  locale?: string;
  /**
   * 'code': sign in with a one-time code sent by SMS or e-mail instead of a password (the realm's flow
   * branches on the authorization request's `login_method=code`; see docs/access-login.md).
   */
  method?: 'password' | 'code';
}

// The one Keycloak instance of the page. Tokens live only inside it (memory): never in storage.
let keycloak: Keycloak | null = null;
let initialisation: Promise<boolean> | null = null;

/**
 * Initialises keycloak-js once. With `loginRequired` an anonymous visitor is sent to Keycloak's login
 * page (the promise then never settles because the page navigates away); without it the instance is
 * only prepared, for public pages that may start a login later.
 */
export function initAuth(settings: AuthSettings, loginRequired: boolean): Promise<boolean> {
  if (initialisation) return initialisation;
  const instance = new Keycloak({
    url: settings.keycloakUrl,
    realm: settings.realm,
    clientId: settings.clientId,
  });
  keycloak = instance;
  initialisation = instance
    .init({
      ...(loginRequired ? { onLoad: 'login-required' as const } : {}),
      pkceMethod: 'S256',
      checkLoginIframe: false,
    })
    .then((authenticated) => {
      // The one-time code has been exchanged: keep it out of the address bar and the history.
      removeCallbackParameters();
      return authenticated;
    });
  initialisation.catch(() => {
    // A failed init may be retried (for instance after the network comes back).
    initialisation = null;
    keycloak = null;
  });
  return initialisation;
}

export function isAuthInitialised(): boolean {
  return keycloak !== null;
}

export function isAuthenticated(): boolean {
  return keycloak?.authenticated === true;
}

/** Thrown when the session cannot be refreshed: the app is already on its way to the login page. */
export class SessionExpiredError extends Error {
  constructor() {
    super('The session has expired');
    this.name = 'SessionExpiredError';
  }
}

/**
 * A bearer token valid for at least 30 more seconds, or undefined when nobody is logged in (public
 * pages). Refreshing here, right before each call, avoids timers that keep running in hidden tabs.
 */
export async function accessToken(): Promise<string | undefined> {
  const instance = keycloak;
  if (!instance?.authenticated) return undefined;
  try {
    await instance.updateToken(30);
  } catch {
    await instance.login({ redirectUri: window.location.href });
    throw new SessionExpiredError();
  }
  return instance.token;
}

export async function login(options: LoginOptions = {}): Promise<void> {
  if (!keycloak) throw new Error('Authentication is not initialised');
  const settings = {
    redirectUri: options.redirectUri ?? window.location.href,
    ...(options.loginHint ? { loginHint: options.loginHint } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  };
  if (options.method !== 'code') {
    await keycloak.login(settings);
    return;
  }
  // keycloak-js has no option for extra request parameters: its own URL (state and PKCE verifier are
  // stored by createLoginUrl, as login does) plus the one the realm's flow branches on.
  const url = new URL(await keycloak.createLoginUrl(settings));
  url.searchParams.set('login_method', 'code');
  window.location.assign(url.toString());
}

/**
 * Revocation slice: Keycloak's own "update password" page (application-initiated action
 * kc_action=UPDATE_PASSWORD); the browser comes back to `redirectUri` afterwards.
 */
export async function changePassword(redirectUri: string, locale?: string): Promise<void> {
  if (!keycloak) throw new Error('Authentication is not initialised');
  await keycloak.login({ redirectUri, action: 'UPDATE_PASSWORD', ...(locale ? { locale } : {}) });
}

export async function logout(redirectUri: string): Promise<void> {
  if (!keycloak) {
    window.location.assign(redirectUri);
    return;
  }
  await keycloak.logout({ redirectUri });
}

/**
 * Runs one of Keycloak's application-initiated actions (kc_action), e.g. registering a passkey
 * (`webauthn-register-passwordless`), and comes back to `redirectUri` (the current page by default).
 */
export async function runAccountAction(action: string, redirectUri = window.location.href): Promise<void> {
  if (!keycloak) throw new Error('Authentication is not initialised');
  await keycloak.login({ action, redirectUri });
}

/**
 * A fresh sign-in (step-up): Keycloak asks for the password or a passkey again even within its SSO
 * session (`prompt=login`, `max_age=0`), so the new token's auth_time is now; the user comes back
 * to `redirectUri` (the current page by default).
 */
export async function reauthenticate(redirectUri = window.location.href): Promise<void> {
  if (!keycloak) throw new Error('Authentication is not initialised');
  await keycloak.login({ prompt: 'login', maxAge: 0, redirectUri });
}

/** Keycloak's account console page listing the user's sign-in methods (passkeys: list and remove). */
export function signingInUrl(): string {
  if (!keycloak) return '';
  // The console's "back to the app" link returns to this page.
  const url = new URL(keycloak.createAccountUrl({ redirectUri: window.location.href }));
  url.pathname = `${url.pathname}/account-security/signing-in`;
  return url.toString();
}
