import { getJson, postJson, type PageRequest } from '../../../api/http';
import type { Schemas } from '../../../api/schema';

/** One notification of the log: an e-mail or a text message to one recipient because of one event. */
export type DeliveryEntry = Schemas['Notification'];
export type DeliveryStatus = DeliveryEntry['status'];

/** The statuses staff filter by, the ones that need attention first. */
export const DELIVERY_STATUSES = [
  'failed',
  'retrying',
  'sending',
  'sent',
] as const satisfies readonly DeliveryStatus[];

export function listDeliveries(
  query: PageRequest & { status?: DeliveryStatus | ''; recipient?: string },
  signal?: AbortSignal,
): Promise<Schemas['NotificationList']> {
  return getJson<Schemas['NotificationList']>('/api/notifications', {
    query: {
      status: query.status || undefined,
      recipient: query.recipient || undefined,
      pageSize: query.pageSize,
      pageToken: query.pageToken,
    },
    ...(signal ? { signal } : {}),
  });
}

/** Owners and admins: one attempt at once; the answer is the entry as it ends (sent, or failed again). */
export function retryDelivery(id: string): Promise<DeliveryEntry> {
  return postJson<DeliveryEntry>(`/api/notifications/${encodeURIComponent(id)}/retry`, {});
}
