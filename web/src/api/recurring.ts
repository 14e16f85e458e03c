import { getJson, postJson, request } from './http';
import type { Schemas } from './schema';

export type Subscription = Schemas['Subscription'];
export type PortalSubscription = Schemas['PortalSubscription'];
export type SubscriptionInput = Schemas['SubscriptionInput'];
export type SubscriptionRun = Schemas['SubscriptionRun'];
export type ReminderSchedule = Schemas['ReminderSchedule'];
export type SubscriptionFrequency = Subscription['frequency'];
export type SubscriptionStatus = Subscription['status'];

export const SUBSCRIPTION_FREQUENCIES = [
  'monthly',
  'quarterly',
  'yearly',
] as const satisfies readonly SubscriptionFrequency[];

const at = (subscriptionId: string) => `/api/subscriptions/${encodeURIComponent(subscriptionId)}`;

export async function listClientSubscriptions(
  clientId: string,
  signal?: AbortSignal,
): Promise<Subscription[]> {
  const answer = await getJson<Schemas['SubscriptionList']>(
    `/api/clients/${encodeURIComponent(clientId)}/subscriptions`,
    { query: { pageSize: 100 }, ...(signal ? { signal } : {}) },
  );
  return answer.subscriptions;
}

export function listSubscriptions(
  pageToken: string,
  signal?: AbortSignal,
): Promise<Schemas['SubscriptionList']> {
  return getJson<Schemas['SubscriptionList']>('/api/subscriptions', {
    query: { pageSize: 50, ...(pageToken ? { pageToken } : {}) },
    ...(signal ? { signal } : {}),
  });
}

export function createSubscription(clientId: string, input: SubscriptionInput): Promise<Subscription> {
  return postJson<Subscription>(`/api/clients/${encodeURIComponent(clientId)}/subscriptions`, input);
}

export function updateSubscription(
  subscriptionId: string,
  input: SubscriptionInput & { expectedVersion: number },
): Promise<Subscription> {
  return request<Subscription>(at(subscriptionId), { method: 'PUT', body: input });
}

export function commandSubscription(
  subscriptionId: string,
  command: 'pause' | 'resume' | 'cancel',
  expectedVersion: number,
): Promise<Subscription> {
  return postJson<Subscription>(`${at(subscriptionId)}/${command}`, { expectedVersion });
}

export async function listRuns(subscriptionId: string, signal?: AbortSignal): Promise<SubscriptionRun[]> {
  return (
    await getJson<Schemas['SubscriptionRunList']>(`${at(subscriptionId)}/runs`, signal ? { signal } : {})
  ).runs;
}

export function getReminderSchedule(signal?: AbortSignal): Promise<ReminderSchedule> {
  return getJson<ReminderSchedule>('/api/billing/reminder-schedule', signal ? { signal } : {});
}

export function updateReminderSchedule(input: {
  enabled: boolean;
  stepsDays: number[];
  expectedVersion: number;
}): Promise<ReminderSchedule> {
  return request<ReminderSchedule>('/api/billing/reminder-schedule', { method: 'PUT', body: input });
}

export async function listPortalSubscriptions(signal?: AbortSignal): Promise<PortalSubscription[]> {
  return (
    await getJson<Schemas['PortalSubscriptionList']>('/api/portal/subscriptions', signal ? { signal } : {})
  ).subscriptions;
}
