import { randomUUID } from 'node:crypto';
import { producerSchemas, type ProducedBy } from '@client-portal/events';
import { EventOutbox, type NewEventOf } from '@client-portal/kit';
import { serviceTestEnvironment, testKafka } from '@client-portal/testing';
import type { Platform } from './platform.js';

type Producing = 'crm' | 'billing' | 'messaging';
export type ProjectData = Extract<ProducedBy<'crm'>, { type: 'crm.project.changed' }>['data'];

/**
 * Publishes facts on the platform's real topics as their producers would (projects, invoices,
 * messages), for the slices whose producers are built in parallel.
 */
export class EventPublisher {
  private readonly producer = testKafka().producer();
  private readonly prefix: string;
  private connected = false;

  constructor(platform: Platform) {
    this.prefix = serviceTestEnvironment('crm', platform.namespace).KAFKA_TOPIC_PREFIX ?? '';
  }

  async publish<Service extends Producing>(
    service: Service,
    event: NewEventOf<ProducedBy<Service>>,
  ): Promise<void> {
    if (!this.connected) {
      await this.producer.connect();
      this.connected = true;
    }
    const outbox = new EventOutbox(service, `${this.prefix}${service}.events`, producerSchemas(service));
    const entry = outbox.entry(event);
    await this.producer.send({ topic: entry.topic, messages: [{ key: entry.key, value: entry.envelope }] });
  }

  async project(tenantId: string, clientId: string, overrides: Partial<ProjectData>): Promise<ProjectData> {
    const data: ProjectData = {
      projectId: randomUUID(),
      clientId,
      name: 'Project',
      status: 'planned',
      progress: 0,
      startDate: '',
      dueDate: '',
      completedAt: '',
      contractValueMinor: 0,
      currency: 'EUR',
      milestones: [],
      rating: null,
      created: true,
      changedBy: 'seed',
      ...overrides,
    };
    await this.publish('crm', { type: 'crm.project.changed', tenantId, subject: data.projectId, data });
    return data;
  }

  async invoice(tenantId: string, clientId: string, totalMinor: number, issuedAt = new Date().toISOString()) {
    const invoiceId = randomUUID();
    await this.publish('billing', {
      type: 'billing.invoice.issued',
      tenantId,
      subject: invoiceId,
      data: {
        invoiceId,
        clientId,
        clientName: '',
        number: `INV-${invoiceId.slice(0, 8)}`,
        currency: 'EUR',
        totalMinor,
        status: 'issued',
        issuedAt,
        dueDate: issuedAt.slice(0, 10),
      },
    });
  }

  async clientMessage(tenantId: string, clientId: string, body = 'Could you send the latest mockups?') {
    const messageId = randomUUID();
    await this.publish('messaging', {
      type: 'messaging.message.posted',
      tenantId,
      subject: messageId,
      data: {
        conversationId: '',
        conversationSubject: '',
        clientVisible: true,
        clientAudience: [],
        messageId,
        workspaceId: randomUUID(),
        clientId,
        author: { userId: randomUUID(), displayName: 'Dana Client', kind: 'client' },
        body,
        createdAt: new Date().toISOString(),
      },
    });
  }

  async close(): Promise<void> {
    if (this.connected) await this.producer.disconnect();
  }
}

export const dayFromToday = (offset: number): string =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
