import { randomUUID } from 'node:crypto';
import type { CatalogueEvent } from '@client-portal/events';
import { DomainError, type EventEnvelope, type Logger, type Principal } from '@client-portal/kit';
import {
  PING_EVENT_TYPE,
  WEBHOOK_EVENT_TYPES,
  newWebhookSecret,
  nextAttemptAt,
  publicEventOf,
  validateEndpoint,
  webhookSignature,
  type EndpointInput,
  type PublicEvent,
} from '../domain/webhook.js';
import { webhookDisabledNotice } from '../domain/webhook-disabled.template.js';
import { assertPublicHost, BlockedAddressError, type WebhookSender } from '../adapters/webhook.sender.js';
import type {
  WebhookDeliveryRecord,
  WebhookEndpointRecord,
  WebhookRepository,
} from '../store/webhook.repository.js';
import type { Dispatcher } from './dispatcher.js';
import type { RecipientLookup } from '../adapters/recipient.directory.js';

export interface WebhookSettings {
  allowPrivateTargets: boolean;
  /** Delays between attempts (the last one repeats) and the window after which a delivery fails for good. */
  retryScheduleMs: number[];
  retryWindowMs: number;
  /** An endpoint failing (no success) for this long is disabled and the admins told. */
  disableAfterMs: number;
  /** How long an attempt may stay claimed before another replica makes it again (> the HTTP timeout). */
  leaseMs: number;
  webUrl: string;
}

const ADMIN_ROLES = ['owner', 'admin'];

/** Staff admins and owners of the tenant; anyone else is refused (PERMISSION_DENIED). */
function assertWebhookAdmin(principal: Principal): void {
  if (principal.kind !== 'staff' || !principal.staffRole || !ADMIN_ROLES.includes(principal.staffRole))
    throw DomainError.forbidden(
      'Webhooks are managed by the admins and owners of the agency',
      'permission.webhooks',
    );
}

/**
 * Partner webhooks (issue 13 §3): admins subscribe endpoints; each subscribed public event becomes one
 * delivery per endpoint (claimed by insert), signed and attempted until it succeeds or 24 h pass.
 */
export class WebhookService {
  private kickTimer: NodeJS.Timeout | undefined;
  private kicked: (() => void) | undefined;

  constructor(
    private readonly store: WebhookRepository,
    private readonly sender: WebhookSender,
    private readonly dispatcher: Dispatcher,
    private readonly people: RecipientLookup,
    private readonly settings: WebhookSettings,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Called by the scheduler: a delivery was created, so a pass should run soon rather than at the next tick. */
  onDue(listener: () => void): void {
    this.kicked = listener;
  }

  eventTypes() {
    return WEBHOOK_EVENT_TYPES.map((entry) => ({ type: entry.type, description: entry.description }));
  }

  // ------------------------------------------------------------------------------------------- admin

  async list(principal: Principal): Promise<WebhookEndpointRecord[]> {
    assertWebhookAdmin(principal);
    return this.store.endpoints(principal.tenantId);
  }

  private async checkTarget(input: EndpointInput): Promise<string> {
    const url = validateEndpoint(input, this.settings.allowPrivateTargets);
    if (!this.settings.allowPrivateTargets) {
      try {
        await assertPublicHost(url.hostname);
      } catch (error) {
        const blocked = error instanceof BlockedAddressError;
        throw DomainError.invalid('The webhook endpoint is not valid', [
          {
            field: 'url',
            message: blocked
              ? 'This address is private, loopback or link-local: webhooks only go to public servers'
              : 'This host name does not resolve',
            code: 'invalid_value',
          },
        ]);
      }
    }
    return url.toString();
  }

  async create(
    principal: Principal,
    input: EndpointInput,
  ): Promise<{ endpoint: WebhookEndpointRecord; secret: string }> {
    assertWebhookAdmin(principal);
    const url = await this.checkTarget(input);
    const now = this.clock();
    const endpoint: WebhookEndpointRecord = {
      id: randomUUID(),
      tenantId: principal.tenantId,
      url,
      description: input.description.trim(),
      eventTypes: [...new Set(input.eventTypes)],
      active: true,
      disabledReason: '',
      disabledAt: null,
      secret: newWebhookSecret(),
      failingSince: null,
      createdBy: principal.userId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await this.store.insertEndpoint(endpoint);
    return { endpoint, secret: endpoint.secret };
  }

  private async existing(principal: Principal, id: string): Promise<WebhookEndpointRecord> {
    assertWebhookAdmin(principal);
    const endpoint = id ? await this.store.endpoint(principal.tenantId, id) : undefined;
    if (!endpoint) throw DomainError.notFound('No such webhook endpoint');
    return endpoint;
  }

  async update(
    principal: Principal,
    id: string,
    input: EndpointInput & { active: boolean },
    expectedVersion: number,
  ): Promise<WebhookEndpointRecord> {
    const endpoint = await this.existing(principal, id);
    const url = await this.checkTarget(input);
    if (endpoint.version !== expectedVersion)
      throw DomainError.precondition('The endpoint changed meanwhile');
    const now = this.clock();
    const enabling = input.active && !endpoint.active;
    const next: WebhookEndpointRecord = {
      ...endpoint,
      url,
      description: input.description.trim(),
      eventTypes: [...new Set(input.eventTypes)],
      active: input.active,
      // Re-enabled: a fresh start; switched off by an admin: no "failing" reason.
      disabledReason: input.active ? '' : endpoint.disabledReason,
      disabledAt: input.active ? null : (endpoint.disabledAt ?? now),
      failingSince: enabling ? null : endpoint.failingSince,
      updatedAt: now,
      version: endpoint.version + 1,
    };
    if (!(await this.store.replaceEndpoint(next, expectedVersion)))
      throw DomainError.precondition('The endpoint changed meanwhile');
    return next;
  }

  async rotate(
    principal: Principal,
    id: string,
  ): Promise<{ endpoint: WebhookEndpointRecord; secret: string }> {
    const endpoint = await this.existing(principal, id);
    const next = {
      ...endpoint,
      secret: newWebhookSecret(),
      updatedAt: this.clock(),
      version: endpoint.version + 1,
    };
    if (!(await this.store.replaceEndpoint(next, endpoint.version)))
      throw DomainError.precondition('The endpoint changed meanwhile');
    return { endpoint: next, secret: next.secret };
  }

  async remove(principal: Principal, id: string): Promise<void> {
    const endpoint = await this.existing(principal, id);
    await this.store.deleteEndpoint(endpoint.tenantId, endpoint.id);
    await this.store.forgetDeliveries(endpoint.id);
  }

  async deliveries(
    principal: Principal,
    endpointId: string,
    page: { pageSize?: number; pageToken?: string },
  ): Promise<{ deliveries: WebhookDeliveryRecord[]; nextPageToken: string }> {
    const endpoint = await this.existing(principal, endpointId);
    return this.store.deliveryPage(endpoint.tenantId, endpoint.id, page);
  }

  async resend(principal: Principal, deliveryId: string): Promise<WebhookDeliveryRecord> {
    assertWebhookAdmin(principal);
    const found = deliveryId ? await this.store.delivery(principal.tenantId, deliveryId) : undefined;
    if (!found) throw DomainError.notFound('No such webhook delivery');
    const endpoint = await this.store.endpoint(principal.tenantId, found.endpointId);
    if (!endpoint?.active)
      throw DomainError.precondition(
        'The endpoint is disabled: enable it before resending',
        'webhook.disabled',
      );
    const delivery = await this.store.resend(principal.tenantId, deliveryId, this.clock());
    if (!delivery) throw DomainError.notFound('No such webhook delivery');
    this.kick();
    return delivery;
  }

  async ping(principal: Principal, endpointId: string): Promise<WebhookDeliveryRecord> {
    const endpoint = await this.existing(principal, endpointId);
    const now = this.clock();
    const event: PublicEvent = {
      id: randomUUID(),
      type: PING_EVENT_TYPE,
      created_at: now.toISOString(),
      tenant_id: endpoint.tenantId,
      data: { endpoint_id: endpoint.id },
    };
    const delivery = this.newDelivery(endpoint, event, now);
    await this.store.createDelivery(delivery);
    this.kick();
    return delivery;
  }

  // ------------------------------------------------------------------------------------- from events

  private newDelivery(endpoint: WebhookEndpointRecord, event: PublicEvent, now: Date): WebhookDeliveryRecord {
    return {
      id: `${endpoint.id}|${event.id}`,
      tenantId: endpoint.tenantId,
      endpointId: endpoint.id,
      eventId: event.id,
      eventType: event.type,
      payload: JSON.stringify(event),
      status: 'pending',
      attempts: [],
      nextAttemptAt: now,
      seriesStartedAt: null,
      createdAt: now,
      updatedAt: now,
    };
  }

  /** A platform event: one delivery per active endpoint subscribed to its public type (once, however often it arrives). */
  async capture(event: CatalogueEvent): Promise<void> {
    const publicEvent = publicEventOf(event);
    if (!publicEvent) return;
    const endpoints = (await this.store.endpoints(event.tenantId)).filter(
      (endpoint) => endpoint.active && endpoint.eventTypes.includes(publicEvent.type),
    );
    if (endpoints.length === 0) return;
    const now = this.clock();
    let created = false;
    for (const endpoint of endpoints)
      created = (await this.store.createDelivery(this.newDelivery(endpoint, publicEvent, now))) || created;
    if (created) this.kick();
  }

  private kick(): void {
    if (this.kickTimer) return;
    this.kickTimer = setTimeout(() => {
      this.kickTimer = undefined;
      this.kicked?.();
    }, 0);
    this.kickTimer.unref();
  }

  // -------------------------------------------------------------------------------------- attempts

  /** One pass: claims and makes the attempts that are due. Returns how many were due. */
  async runDue(limit: number): Promise<number> {
    const now = this.clock();
    const due = await this.store.due(now, limit);
    await Promise.all(due.map((delivery) => this.attempt(delivery, now)));
    return due.length;
  }

  private async attempt(delivery: WebhookDeliveryRecord, now: Date): Promise<void> {
    if (!(await this.store.claimAttempt(delivery, now, new Date(now.getTime() + this.settings.leaseMs))))
      return;
    const endpoint = await this.store.endpoint(delivery.tenantId, delivery.endpointId);
    if (!endpoint?.active) {
      await this.store.abandon(delivery.id, now);
      return;
    }
    const timestamp = Math.floor(this.clock().getTime() / 1000);
    const response = await this.sender.post(
      endpoint.url,
      {
        'webhook-id': delivery.eventId,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': webhookSignature(endpoint.secret, timestamp, delivery.payload),
      },
      delivery.payload,
    );
    const at = this.clock();
    const succeeded = response.error === '';
    const number = delivery.attempts.length + 1;
    const seriesStart = delivery.seriesStartedAt ?? now;
    const next = succeeded
      ? undefined
      : nextAttemptAt(
          this.settings.retryScheduleMs,
          countSeries(delivery) + 1,
          seriesStart,
          at,
          this.settings.retryWindowMs,
        );
    await this.store.recordAttempt(
      delivery.id,
      {
        number,
        at,
        responseCode: response.responseCode,
        durationMs: response.durationMs,
        error: response.error,
      },
      succeeded ? 'succeeded' : next ? 'retrying' : 'failed',
      next ?? null,
    );
    this.logger.info(
      {
        deliveryId: delivery.id,
        eventType: delivery.eventType,
        attempt: number,
        code: response.responseCode,
      },
      succeeded ? 'webhook delivered' : 'webhook attempt failed',
    );
    const after = await this.store.recordOutcome(endpoint.id, succeeded, at);
    if (!succeeded && after?.active && after.failingSince) {
      const failingFor = at.getTime() - after.failingSince.getTime();
      if (failingFor >= this.settings.disableAfterMs) await this.disable(after, at, failingFor);
    }
  }

  /** Switches a failing endpoint off and tells the tenant's owners and admins (in-app and e-mail, once). */
  private async disable(endpoint: WebhookEndpointRecord, at: Date, failingForMs: number): Promise<void> {
    if (!(await this.store.disableFailing(endpoint.id, at))) return;
    this.logger.warn({ endpointId: endpoint.id }, 'webhook endpoint disabled after failing');
    const since = endpoint.failingSince?.getTime() ?? at.getTime();
    const event: EventEnvelope = {
      // One notice per failing streak: the dispatcher makes each delivery of this id once.
      id: `webhook-disabled|${endpoint.id}|${since}`,
      type: 'notification.webhook.disabled',
      version: 1,
      tenantId: endpoint.tenantId,
      occurredAt: at.toISOString(),
      producer: 'notification',
      subject: endpoint.id,
      correlationId: randomUUID(),
      data: {},
    };
    const recipients = await this.people.recipients(endpoint.tenantId, { staffRoles: ADMIN_ROLES });
    const link = `${this.settings.webUrl.replace(/\/$/, '')}/app/settings/webhooks`;
    const hours = Math.max(1, Math.round(failingForMs / 3_600_000));
    await this.dispatcher.dispatch(event, 'account', recipients, (recipient) => {
      const { email, inApp } = webhookDisabledNotice(recipient.language, {
        recipientName: recipient.name,
        url: endpoint.url,
        hours,
        link,
      });
      return { template: 'webhook-disabled', email, inApp };
    });
  }
}

/** Attempts made in the current series (a resend starts a new series: the schedule starts again). */
function countSeries(delivery: WebhookDeliveryRecord): number {
  const start = delivery.seriesStartedAt?.getTime();
  if (start === undefined) return 0;
  return delivery.attempts.filter((attempt) => attempt.at.getTime() >= start).length;
}
