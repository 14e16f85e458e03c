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
  await keycloak.login({
    redirectUri: options.redirectUri ?? window.location.href,
    ...(options.loginHint ? { loginHint: options.loginHint } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
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
