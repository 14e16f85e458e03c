import type { Logger } from 'pino';

type ShutdownHook = () => Promise<void> | void;

/**
 * Ordered graceful shutdown: hooks run in reverse registration order (stop taking traffic first,
 * close the database last), each bounded by a timeout so one stuck dependency cannot hang the pod.
 */
export class Lifecycle {
  private readonly hooks: { name: string; hook: ShutdownHook }[] = [];
  private stopping: Promise<void> | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly hookTimeoutMs = 10_000,
  ) {}

  onShutdown(name: string, hook: ShutdownHook): void {
    this.hooks.push({ name, hook });
  }

  /** Runs every hook once, however many times it is called. */
  shutdown(reason: string): Promise<void> {
    this.stopping ??= this.runHooks(reason);
    return this.stopping;
  }

  installSignalHandlers(): void {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        void this.shutdown(signal).finally(() => process.exit(0));
      });
    }
  }

  private async runHooks(reason: string): Promise<void> {
    this.logger.info({ reason }, 'shutting down');
    for (const { name, hook } of [...this.hooks].reverse()) {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          Promise.resolve().then(hook),
          new Promise((_, reject) => {
            timer = setTimeout(() => {
              reject(new Error(`${name} did not stop within ${this.hookTimeoutMs} ms`));
            }, this.hookTimeoutMs);
          }),
        ]);
        this.logger.debug({ hook: name }, 'stopped');
      } catch (error) {
        this.logger.error({ hook: name, err: error }, 'shutdown hook failed');
      } finally {
        clearTimeout(timer);
      }
    }
    this.logger.info('shut down');
  }
}
