import { defineStore } from 'pinia';
import { ref } from 'vue';
import { i18n, LOCALE_STORAGE_KEY, SUPPORTED_LOCALES, type SupportedLocale } from '../../../i18n';

export const useLocaleStore = defineStore('locale', () => {
  const locale = ref<SupportedLocale>(i18n.global.locale.value);

  function apply(next: SupportedLocale): void {
    i18n.global.locale.value = next;
    document.documentElement.lang = next;
  }

  function setLocale(next: SupportedLocale): void {
    locale.value = next;
    apply(next);
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // The choice still applies for this visit.
    }
  }

  apply(locale.value);

  return { locale, locales: SUPPORTED_LOCALES, setLocale };
});
