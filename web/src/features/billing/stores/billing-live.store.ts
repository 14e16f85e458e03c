import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { BillingChange } from '../../../api/events';

/**
 * The billing changes the live stream announces (a document issued, answered, paid…). Billing screens
 * watch `lastChange` and reload what they show when it concerns their client or document; the stream
 * carries ids only, so every screen reads the new state through the API, with the caller's rights.
 */
export const useBillingLiveStore = defineStore('billingLive', () => {
  const lastChange = ref<(BillingChange & { at: number }) | null>(null);

  function receive(change: BillingChange): void {
    lastChange.value = { ...change, at: Date.now() };
  }

  return { lastChange, receive };
});
