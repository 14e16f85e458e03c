import type { Logger } from '@client-portal/kit';
import type { Dispatcher } from './dispatcher.js';

/**
 * Runs the dispatcher's due attempts every `intervalMs` on every replica: each attempt is claimed by
 * insert, so two replicas never make the same one. A batch that was full is followed at once by the next.
 */
export class DeliveryRetrier {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly intervalMs: number,
    private readonly staleAfterMs: number,
    private readonly logger: Logger,
    private readonly batch = 50,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(this.intervalMs);
  }

  /** Stops ticking and waits for the pass under way, so shutdown never cuts an attempt's record in two. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      let full = false;
      this.running = this.dispatcher
        .retryDue({ limit: this.batch, staleAfterMs: this.staleAfterMs })
        .then((made) => {
          full = made >= this.batch;
        })
        .catch((error: unknown) => {
          // The next pass tries again: an attempt not claimed is still due, one claimed is recorded.
          this.logger.error({ err: error }, 'delivery retrier pass failed');
        })
        .finally(() => {
          this.running = undefined;
          this.schedule(full ? 0 : this.intervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }
}
