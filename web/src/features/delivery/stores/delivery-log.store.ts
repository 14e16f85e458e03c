import { defineStore } from 'pinia';
import { ref } from 'vue';
import { listDeliveries, retryDelivery, type DeliveryEntry, type DeliveryStatus } from '../api/delivery.api';
import { useAsyncList } from '../../../composables/use-resource';

const PAGE_SIZE = 25;

/** The tenant's notification log (newest first, by status) and staff's "retry now". */
export const useDeliveryLogStore = defineStore('delivery-log', () => {
  const status = ref<DeliveryStatus | ''>('');
  const list = useAsyncList<DeliveryEntry>(
    async ({ pageToken, signal }) => {
      const answer = await listDeliveries({ status: status.value, pageSize: PAGE_SIZE, pageToken }, signal);
      return { items: answer.notifications, nextPageToken: answer.page.nextPageToken };
    },
    {
      key: (entry) => entry.id,
      compare: (left, right) =>
        right.createdAt.localeCompare(left.createdAt) || right.id.localeCompare(left.id),
    },
  );

  function filter(next: DeliveryStatus | ''): Promise<void> {
    status.value = next;
    return list.load();
  }

  /** Retries one entry and shows its outcome in place (it leaves a status filter it no longer fits on reload). */
  async function retry(id: string): Promise<DeliveryEntry> {
    const entry = await retryDelivery(id);
    list.upsert([entry]);
    return entry;
  }

  return { status, list, filter, retry };
});
