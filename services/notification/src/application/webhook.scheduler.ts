import type { Logger } from '@client-portal/kit';
import type { WebhookService } from './webhook.service.js';

/**
 * Makes the webhook attempts that are due, every `intervalMs` on every replica (each attempt is claimed
 * by insert, so one replica makes it), and at once when a delivery was just created. A full batch is
 * followed by the next one straight away.
 */
export class WebhookScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private again = false;

  constructor(
    private readonly webhooks: WebhookService,
    private readonly intervalMs: number,
    private readonly logger: Logger,
    private readonly batch = 20,
  ) {
    webhooks.onDue(() => {
      this.now();
    });
  }

  start(): void {
    this.stopped = false;
    this.schedule(this.intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** A pass as soon as possible (after the one under way). */
  now(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      let full = false;
      this.running = this.webhooks
        .runDue(this.batch)
        .then((due) => {
          full = due >= this.batch;
        })
        .catch((error: unknown) => {
          // An attempt not claimed is still due; one claimed comes back when its lease ends.
          this.logger.error({ err: error }, 'webhook pass failed');
        })
        .finally(() => {
          this.running = undefined;
          const soon = full || this.again;
          this.again = false;
          this.schedule(soon ? 0 : this.intervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }
}
