import type { Logger } from 'pino';

export interface StartupRetryOptions {
  logger: Logger;
  /** How long to keep trying in all; after that the last error is thrown and the process may exit. */
  budgetMs: number;
  /** First pause between attempts, doubling up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Runs one start-up step (connect to MongoDB, create or subscribe to Kafka topics, …) until it succeeds
 * or the time budget is spent. Dependencies come up in any order (a fresh machine, a Kubernetes pod
 * scheduled before Kafka elects its leaders), so a service waits for them and says so in its log
 * instead of exiting on the first refusal; the budget keeps a real misconfiguration from hanging forever.
 */
export async function untilReady<T>(
  dependency: string,
  step: () => Promise<T>,
  options: StartupRetryOptions,
): Promise<T> {
  const started = Date.now();
  let delay = options.initialDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 10_000;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await step();
      if (attempt > 1)
        options.logger.info(
          { dependency, attempts: attempt, waitedMs: Date.now() - started },
          `${dependency} ready`,
        );
      return result;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const waited = Date.now() - started;
      if (waited + delay > options.budgetMs) {
        options.logger.error(
          { dependency, attempts: attempt, waitedMs: waited, reason },
          `${dependency} not ready after ${Math.round(waited / 1000)}s; giving up`,
        );
        throw error;
      }
      options.logger.warn(
        { dependency, attempt, retryInMs: delay, reason },
        `${dependency} not ready yet; retrying`,
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, maxDelay);
    }
  }
}
