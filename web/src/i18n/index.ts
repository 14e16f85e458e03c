import { createI18n } from 'vue-i18n';
import en, { type MessageSchema } from './locales/en';
import es from './locales/es';
import fr from './locales/fr';
import pt from './locales/pt';

export const SUPPORTED_LOCALES = ['en', 'fr', 'es', 'pt'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Only the language choice is remembered in storage: it is a preference, not a secret. */
export const LOCALE_STORAGE_KEY = 'client-portal.locale';

export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

function readStoredLocale(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    // Storage can be disabled (privacy modes): fall back to the browser's languages.
    return null;
  }
}

/** The remembered choice, else the first browser language we support, else English. */
export function initialLocale(): SupportedLocale {
  const stored = readStoredLocale();
  if (isSupportedLocale(stored)) return stored;
  for (const language of navigator.languages) {
    const prefix = language.slice(0, 2).toLowerCase();
    if (isSupportedLocale(prefix)) return prefix;
  }
  return 'en';
}

/**
 * Picks the plural form of "{count} client | {count} clients" by the language's CLDR rules: French
 * and Portuguese say "0 client" / "0 cliente" (zero is singular there), English and Spanish
 * "0 clients". vue-i18n's built-in rule is English-only.
 */
export function pluralRule(locale: SupportedLocale): (choice: number, choicesLength: number) => number {
  const rules = new Intl.PluralRules(locale);
  return (choice, choicesLength) => {
    if (choicesLength < 2) return 0;
    return rules.select(Math.abs(choice)) === 'one' ? 0 : 1;
  };
}

export const i18n = createI18n<[MessageSchema], SupportedLocale, false>({
  // Composition API only. vue-i18n 11 marks the option deprecated, but its default is still the
  // legacy API until v12 drops it, so it must be spelled out.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'en',
  messages: { en, fr, es, pt },
  pluralRules: Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, pluralRule(locale)])),
});
