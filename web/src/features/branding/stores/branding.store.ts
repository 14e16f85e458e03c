import { defineStore } from 'pinia';
import { ref } from 'vue';
import { i18n, isSupportedLocale, LOCALE_STORAGE_KEY } from '../../../i18n';
import { applyBrandLook } from '../lib/brand-colors';
import { getBranding, type Branding, type PublicBranding } from '../api/branding.api';

/** What the shell shows of a tenant: its name, logo and colours. */
export interface BrandShown {
  name: string;
  logoUrl: string;
  primaryColor: string;
  accentColor: string;
}

function hasOwnLanguageChoice(): boolean {
  try {
    return isSupportedLocale(window.localStorage.getItem(LOCALE_STORAGE_KEY));
  } catch {
    return false;
  }
}

/**
 * The tenant's branding as the app wears it: the signed-in user's tenant (the portal and the staff
 * header), or a public portal page's tenant. Colours go on the document as CSS custom properties.
 */
export const useBrandingStore = defineStore('branding', () => {
  const shown = ref<BrandShown | null>(null);
  const own = ref<Branding | null>(null);

  function show(next: BrandShown | null): void {
    shown.value = next;
    applyBrandLook(next);
  }

  /** The signed-in user's tenant; a client user who never chose a language gets the tenant's. */
  async function loadOwn(options: { client: boolean }): Promise<void> {
    try {
      own.value = await getBranding();
    } catch {
      // The app's own look stays: branding is decoration, never a reason to fail a page.
      return;
    }
    useOwn(own.value);
    if (options.client && !hasOwnLanguageChoice() && isSupportedLocale(own.value.defaultLanguage)) {
      i18n.global.locale.value = own.value.defaultLanguage;
      document.documentElement.lang = own.value.defaultLanguage;
    }
  }

  /** After the settings screen saved: the app shows the new look at once. */
  function useOwn(branding: Branding): void {
    own.value = branding;
    show({
      name: branding.portalName || branding.tenantName,
      logoUrl: branding.logoUrl,
      primaryColor: branding.primaryColor,
      accentColor: branding.accentColor,
    });
  }

  function usePublic(branding: PublicBranding): void {
    show({
      name: branding.name,
      logoUrl: branding.logoUrl,
      primaryColor: branding.primaryColor,
      accentColor: branding.accentColor,
    });
  }

  return { shown, own, loadOwn, useOwn, usePublic, show };
});
