import { createHash } from 'node:crypto';
import type { EventEnvelope, Logger } from '@client-portal/kit';
import type { NotificationKind, Recipient, Rendered } from '../domain/delivery.js';
import { normalizeRecipient } from '../domain/notification.js';
import { digestPeriod, subjectKeyOf } from '../domain/preferences.js';
import { digestEmail } from '../domain/digest.template.js';
import type { DigestItem, DigestRepository } from '../store/digest.repository.js';
import type { Dispatcher, DigestQueue } from './dispatcher.js';
import type { NotificationPreferenceService } from './preference.service.js';
import type { OneClickUnsubscribe } from './unsubscribe-links.js';

/** A failed digest is tried again after 1, 2, 4, 8, 16 minutes; then it stays failed in the log. */
const MAX_ATTEMPTS = 6;
const RETRY_BASE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface DigestJobOptions {
  /** How often the job looks for ended periods. */
  intervalMs: number;
  /** The job's clock (tests move it forward instead of waiting for the morning). */
  clock: () => Date;
}

/** A deterministic UUID for a digest: the log's "source event" of its e-mail, the same on every replica. */
function digestEventId(digestId: string): string {
  const hex = createHash('sha256').update(`digest|${digestId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The digest queue and its job: e-mails a person chose to get hourly or daily are held, then sent as
 * ONE e-mail per person and period listing them. Every replica runs the job; each digest attempt is
 * claimed by inserting `<digest>|<attempt>` under a unique id, so one replica sends it.
 */
export class DigestService implements DigestQueue {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly digests: DigestRepository,
    private readonly preferences: NotificationPreferenceService,
    private readonly dispatcher: Dispatcher,
    private readonly unsubscribe: OneClickUnsubscribe,
    private readonly webUrl: string,
    private readonly logger: Logger,
    private readonly options: DigestJobOptions,
  ) {}

  async enqueue(
    event: EventEnvelope,
    recipient: Recipient,
    kind: NotificationKind,
    rendered: Rendered,
    timing: 'hourly' | 'daily',
  ): Promise<void> {
    const person = await this.preferences.resolve(event.tenantId, recipient);
    const subjectKey = subjectKeyOf(person);
    const now = this.options.clock();
    // The period of when it happened, not of when it was handled: a consumer's lag or a retry must
    // not move a notification into a later digest.
    const happenedAt = new Date(event.occurredAt);
    const item: DigestItem = {
      id: `${event.tenantId}|${subjectKey}|${event.id}|${kind}`,
      tenantId: event.tenantId,
      subjectKey,
      timing,
      periodEnd: digestPeriod(timing, Number.isNaN(happenedAt.getTime()) ? now : happenedAt).end,
      recipient: {
        userId: person.userId,
        kind: person.kind,
        email: normalizeRecipient(person.email),
        name: person.name,
        language: person.language,
      },
      kind,
      template: rendered.template,
      subject: rendered.email.subject,
      text: rendered.email.text,
      link: rendered.inApp?.link ?? '',
      status: 'pending',
      digestId: '',
      createdAt: now,
    };
    await this.digests.enqueue(item);
  }

  start(): void {
    this.timer = setInterval(() => {
      void this.runDue().catch((error: unknown) => {
        this.logger.error({ err: error }, 'the digest job failed; it runs again at the next tick');
      });
    }, this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Sends every digest whose period has ended (one run at a time per process). Returns how many went. */
  runDue(): Promise<number> {
    if (!this.running)
      this.running = this.sendDue(this.options.clock()).finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async sendDue(now: Date): Promise<number> {
    const due = await this.digests.due(now);
    const groups = new Map<string, DigestItem>();
    for (const item of due) {
      const digestId = `${item.tenantId}|${item.subjectKey}|${item.timing}|${item.periodEnd.toISOString()}`;
      if (!groups.has(digestId)) groups.set(digestId, item);
    }
    let sent = 0;
    for (const [digestId, first] of groups) {
      if (await this.sendOne(digestId, first, now)) sent += 1;
    }
    return sent;
  }

  private async sendOne(digestId: string, first: DigestItem, now: Date): Promise<boolean> {
    const { tenantId, subjectKey, timing, periodEnd } = first;
    const record = await this.digests.record(digestId);
    if (record?.status === 'sent') {
      // Items queued after their period's digest went join the next period's (or were in it: a crash
      // between sending and marking). A long-past period jumps to the last one ended, so a replay of
      // old events catches up in one or two runs rather than one period per run.
      const pending = await this.digests.pendingOf(tenantId, subjectKey, timing, periodEnd);
      const included = pending.filter((item) => record.itemIds.includes(item.id)).map((item) => item.id);
      const late = pending.filter((item) => !record.itemIds.includes(item.id)).map((item) => item.id);
      await this.digests.markSent(included, digestId);
      const next = Math.max(
        periodEnd.getTime() + (timing === 'hourly' ? HOUR_MS : DAY_MS),
        digestPeriod(timing, now).start.getTime(),
      );
      await this.digests.postpone(late, new Date(next));
      return false;
    }
    if (record && (record.attempts >= MAX_ATTEMPTS || record.nextAttemptAt > now)) return false;
    const attempt = (record?.attempts ?? 0) + 1;
    if (!(await this.digests.claim(digestId, attempt, now))) return false;
    const items = await this.digests.pendingOf(tenantId, subjectKey, timing, periodEnd);
    const latest = items.at(-1);
    if (!latest) return false;
    const recipient = latest.recipient;
    const base = this.webUrl.replace(/\/$/, '');
    const isClient = recipient.kind === 'client';
    const rendered = digestEmail(recipient.language, {
      timing,
      recipientName: recipient.name,
      entries: items.map((item) => ({ subject: item.subject, text: item.text, at: item.createdAt })),
      preferencesUrl: `${base}${isClient ? '/portal/notifications/preferences' : '/app/settings/notifications/preferences'}`,
    });
    // The dispatcher claims the e-mail once per digest and retries a refused send itself (with backoff,
    // then `failed` in the staff log): handed over, the digest is done here.
    await this.dispatcher.sendEmail(
      {
        id: digestEventId(digestId),
        type: 'notification.digest.due',
        version: 1,
        tenantId,
        occurredAt: now.toISOString(),
        producer: 'notification',
        subject: digestId,
        correlationId: digestId,
        data: {},
      },
      'digest',
      {
        to: recipient.email,
        ...rendered,
        headers: this.unsubscribe.headersFor({ tenantId, subjectKey, target: `digest:${timing}` }),
      },
    );
    await this.digests.saveRecord({
      id: digestId,
      tenantId,
      status: 'sent',
      attempts: attempt,
      error: '',
      itemIds: items.map((item) => item.id),
      nextAttemptAt: new Date(now.getTime() + RETRY_BASE_MS * 2 ** (attempt - 1)),
      updatedAt: now,
    });
    await this.digests.markSent(
      items.map((item) => item.id),
      digestId,
    );
    return true;
  }
}
