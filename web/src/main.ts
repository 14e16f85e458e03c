import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './i18n';
import { isPublicPath, router } from './router';
import { useLocaleStore } from './stores/locale.store';
import { useSessionStore } from './stores/session.store';
import './styles.css';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
useLocaleStore();

async function start(): Promise<void> {
  await useSessionStore().boot(isPublicPath(window.location.pathname));
  // The router is installed only once the session is known: its first navigation (the "/" redirect
  // and the role checks) depends on who is logged in. A failed boot still mounts, to explain itself.
  app.use(router);
  try {
    await router.isReady();
  } finally {
    app.mount('#app');
  }
}

void start();
