// First: nothing may parse with zod before its strict-CSP setting is in place.
import './strict-csp';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { useLocaleStore } from './features/session/stores/locale.store';
import { useSessionStore } from './features/session/stores/session.store';
import { i18n } from './i18n';
import { subdomainRootRedirect } from './features/branding/lib/subdomain-root';
import { createAppRouter, isPublicPath } from './shell/router';
import './styles.css';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
useLocaleStore();

async function start(): Promise<void> {
  // A tenant's sub-domain root is its public portal page (`/p`, the tenant named by the host).
  await subdomainRootRedirect();
  await useSessionStore().boot(isPublicPath(window.location.pathname));
  // The router is created and installed only once the session is known: its first navigation (the
  // "/" redirect and the access checks) depends on who is logged in, and it must read the address
  // after keycloak-js has cleaned the login callback out of it. A failed boot still mounts, to explain itself.
  const router = createAppRouter();
  app.use(router);
  try {
    await router.isReady();
  } finally {
    app.mount('#app');
  }
}

void start();
