import { defineStore } from 'pinia';
import { shallowReactive } from 'vue';
import {
  commandSubscription,
  createSubscription,
  getReminderSchedule,
  listClientSubscriptions,
  listPortalSubscriptions,
  listRuns,
  updateReminderSchedule,
  updateSubscription,
  type Subscription,
  type SubscriptionInput,
  type SubscriptionRun,
} from '../../../api/recurring';
import { useResource, type Resource } from '../../../composables/use-resource';

/**
 * Subscriptions: each client's (client page), their runs (the invoices each period issued), the
 * reminder schedule and the client user's own (portal). A write's answer replaces the copy shown.
 */
export const useRecurringStore = defineStore('recurring', () => {
  const byClient = shallowReactive<Record<string, Resource<Subscription[]>>>({});
  const runsBySubscription = shallowReactive<Record<string, Resource<SubscriptionRun[]>>>({});
  const schedule = useResource((signal) => getReminderSchedule(signal));
  const portal = useResource((signal) => listPortalSubscriptions(signal));

  function forClient(clientId: string): Resource<Subscription[]> {
    byClient[clientId] ??= useResource((signal) => listClientSubscriptions(clientId, signal));
    return byClient[clientId];
  }

  function runsOf(subscriptionId: string): Resource<SubscriptionRun[]> {
    runsBySubscription[subscriptionId] ??= useResource((signal) => listRuns(subscriptionId, signal));
    return runsBySubscription[subscriptionId];
  }

  function apply(subscription: Subscription): Subscription {
    const list = byClient[subscription.clientId];
    if (list?.data) {
      const others = list.data.filter((item) => item.id !== subscription.id);
      const index = list.data.findIndex((item) => item.id === subscription.id);
      list.set(
        index < 0
          ? [subscription, ...others]
          : list.data.map((item) => (item.id === subscription.id ? subscription : item)),
      );
    }
    return subscription;
  }

  async function create(clientId: string, input: SubscriptionInput): Promise<Subscription> {
    return apply(await createSubscription(clientId, input));
  }

  async function update(subscription: Subscription, input: SubscriptionInput): Promise<Subscription> {
    return apply(
      await updateSubscription(subscription.id, { ...input, expectedVersion: subscription.version }),
    );
  }

  async function command(
    subscription: Subscription,
    action: 'pause' | 'resume' | 'cancel',
  ): Promise<Subscription> {
    return apply(await commandSubscription(subscription.id, action, subscription.version));
  }

  async function saveSchedule(enabled: boolean, stepsDays: number[]): Promise<void> {
    schedule.set(
      await updateReminderSchedule({ enabled, stepsDays, expectedVersion: schedule.data?.version ?? 0 }),
    );
  }

  return { forClient, runsOf, schedule, portal, create, update, command, saveSchedule };
});
