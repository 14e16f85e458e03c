import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { getConfig } from '../../../api/config';
import { getMe, type PrincipalKind, type StaffPermission } from '../../../api/identity';
import {
  initAuth,
  isAuthInitialised,
  login as keycloakLogin,
  logout as keycloakLogout,
} from '../../../auth/keycloak';
import { useResource } from '../../../composables/use-resource';
import { clearViewAsTarget, viewAsTarget } from '../../../api/view-as';
import { reachesStaffLevel, type StaffLevel } from '../../../lib/staff-levels';
import { useLiveEventsStore } from './live-events.store';
import { useLocaleStore } from './locale.store';

export type BootState = 'starting' | 'ready' | 'failed';
export type BootFailure = 'config' | 'me';

export const STAFF_HOME = '/app/dashboard';
export const CLIENT_HOME = '/portal';

export const useSessionStore = defineStore('session', () => {
  const config = useResource(() => getConfig());
  const account = useResource(() => getMe());
  const state = ref<BootState>('starting');
  const failure = ref<BootFailure | null>(null);
  const signedOut = ref(false);
  // keycloak-js failing to start (its server unreachable) is not a gateway answer: kept apart.
  const authError = shallowRef<unknown>(null);

  const me = computed(() => (signedOut.value ? null : account.data));
  const kind = computed<PrincipalKind | null>(() => me.value?.principal.kind ?? null);
  const isStaff = computed(() => kind.value === 'staff');
  const staffRole = computed(() => (isStaff.value ? me.value?.principal.staffRole : undefined));
  const homePath = computed(() => (isStaff.value ? STAFF_HOME : CLIENT_HOME));
  /** Staff viewing the portal as a client user ("view as client"): everything is read-only. */
  const readOnly = computed(() => !!me.value?.principal.viewedBy);
  const failureError = computed(() =>
    failure.value === 'config'
      ? (config.error ?? authError.value)
      : failure.value === 'me'
        ? account.error
        : null,
  );

  /** Whether the signed-in user is staff with at least the given level (owner > admin > manager > member). */
  function hasStaffLevel(minimum: StaffLevel): boolean {
    return isStaff.value && reachesStaffLevel(staffRole.value, minimum);
  }

  /**
   * Whether the user may do something by the team's permission matrix, as the gateway listed it in
   * /api/me: screens hide what a role cannot do (the services refuse it anyway).
   */
  function can(permission: StaffPermission): boolean {
    return me.value?.permissions.includes(permission) ?? false;
  }

  async function loadConfig(): Promise<NonNullable<typeof config.data>> {
    if (!config.data) await config.load();
    if (!config.data)
      throw config.error instanceof Error
        ? config.error
        : new Error('The sign-in settings could not be loaded');
    return config.data;
  }

  /**
   * Starts the session. Public pages (the invitation page) only prepare Keycloak, and keep working
   * when that fails; every other page requires a login and then loads who the user is.
   */
  async function boot(publicPage: boolean): Promise<void> {
    state.value = 'starting';
    failure.value = null;
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
      authError.value = error;
      failure.value = 'config';
      state.value = 'failed';
      return;
    }
    await account.load();
    if (!account.data && viewAsTarget()) {
      // The preview was refused (rights changed, contact removed): back to the staff app as oneself.
      const back = viewAsTarget()?.returnTo ?? STAFF_HOME;
      clearViewAsTarget();
      window.location.assign(back);
      return;
    }
    if (!account.data) {
      failure.value = 'me';
      state.value = 'failed';
      return;
    }
    state.value = 'ready';
    useLiveEventsStore().start();
  }

  /** Sends the browser to Keycloak's login page, preparing Keycloak first on public pages. */
  async function login(
    options: { redirectUri?: string; loginHint?: string; method?: 'password' | 'code' } = {},
  ): Promise<void> {
    if (!isAuthInitialised()) await initAuth(await loadConfig(), false);
    await keycloakLogin({ ...options, locale: useLocaleStore().locale });
  }

  async function logout(): Promise<void> {
    useLiveEventsStore().stop();
    signedOut.value = true;
    await keycloakLogout(`${window.location.origin}/`);
  }

  return {
    config,
    account,
    me,
    state,
    failure,
    failureError,
    kind,
    isStaff,
    staffRole,
    homePath,
    readOnly,
    hasStaffLevel,
    can,
    boot,
    login,
    logout,
  };
});
