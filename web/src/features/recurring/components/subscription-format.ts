import type { SubscriptionStatus } from '../../../api/recurring';

/** The badge colour of each status, from the shared palette: running green, paused yellow, over grey. */
export const STATUS_CLASS: Record<SubscriptionStatus, string> = {
  active: 'badge-client-active',
  paused: 'badge-client-prospect',
  cancelled: 'badge-archived',
  ended: 'badge-archived',
};
