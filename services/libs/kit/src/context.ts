import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What travels with one request or one consumed event through every async hop. */
export interface RequestContext {
  correlationId: string;
  /**
   * The deployable handling the request or event (`crm`, `gateway`): the calls it makes are traced
   * and counted as its own, even when several services share a process (tests).
   */
  service?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}

export function currentService(): string | undefined {
  return storage.getStore()?.service;
}

export function newCorrelationId(): string {
  return randomUUID();
}

export const CORRELATION_HEADER = 'x-correlation-id';
