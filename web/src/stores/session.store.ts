import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { getConfig, type WebConfig } from '../api/config';
import { getMe, type Me, type PrincipalKind } from '../api/identity';
import {
  initAuth,
  isAuthInitialised,
  login as keycloakLogin,
  logout as keycloakLogout,
} from '../auth/keycloak';
import { useLiveEventsStore } from './live-events.store';
import { useLocaleStore } from './locale.store';

export type BootState = 'starting' | 'ready' | 'failed';
export type BootFailure = 'config' | 'me';

export const STAFF_HOME = '/app/clients';
export const CLIENT_HOME = '/portal';

export const useSessionStore = defineStore('session', () => {
  const config = ref<WebConfig | null>(null);
  const me = ref<Me | null>(null);
  const state = ref<BootState>('starting');
  const failure = ref<BootFailure | null>(null);
  const failureError = shallowRef<unknown>(null);

  const kind = computed<PrincipalKind | null>(() => me.value?.principal.kind ?? null);
  const isStaff = computed(() => kind.value === 'staff');
  const homePath = computed(() => (isStaff.value ? STAFF_HOME : CLIENT_HOME));

  async function loadConfig(): Promise<WebConfig> {
    config.value ??= await getConfig();
    return config.value;
  }

  function fail(reason: BootFailure, error: unknown): void {
    failure.value = reason;
    failureError.value = error;
    state.value = 'failed';
  }

  /**
   * Starts the session. Public pages (the invitation page) only prepare Keycloak, and keep working
   * when that fails; every other page requires a login and then loads who the user is.
   */
  async function boot(publicPage: boolean): Promise<void> {
    state.value = 'starting';
    failure.value = null;
    failureError.value = null;
    if (publicPage) {
      try {
        await initAuth(await loadConfig(), false);
      } catch {
        // The page itself needs no login; "Log in" retries this.
      }
      state.value = 'ready';
      return;
    }
    try {
      await initAuth(await loadConfig(), true);
    } catch (error) {
      fail('config', error);
      return;
    }
    try {
      me.value = await getMe();
    } catch (error) {
      fail('me', error);
      return;
    }
    state.value = 'ready';
    useLiveEventsStore().start();
  }

  /** Sends the browser to Keycloak's login page, preparing Keycloak first on public pages. */
  async function login(options: { redirectUri?: string; loginHint?: string } = {}): Promise<void> {
    if (!isAuthInitialised()) await initAuth(await loadConfig(), false);
    await keycloakLogin({ ...options, locale: useLocaleStore().locale });
  }

  async function logout(): Promise<void> {
    useLiveEventsStore().stop();
    me.value = null;
    await keycloakLogout(`${window.location.origin}/`);
  }

  return { config, me, state, failure, failureError, kind, isStaff, homePath, boot, login, logout };
});
