import { z } from 'zod';
import { defineEvent, fields } from './define.js';

export const invoiceStatusSchema = z.enum(['issued', 'paid', 'void']);

export const invoiceIssuedV1 = defineEvent({
  type: 'billing.invoice.issued',
  version: 1,
  producer: 'billing',
  subject: 'invoice id',
  description: 'An invoice was numbered and issued to a client.',
  consumers: [
    'portal (shared documents)',
    'crm (client value, last activity; timeline, metrics, dashboard)',
    'gateway (live updates)',
  ],
  schema: z.object({
    invoiceId: fields.id(),
    clientId: fields.id(),
    clientName: z.string(),
    number: z.string().min(1),
    currency: fields.currency(),
    totalMinor: fields.amountMinor(),
    status: invoiceStatusSchema,
    issuedAt: fields.instant(),
    dueDate: fields.day(),
  }),
  example: {
    invoiceId: '7a6b5c4d-3e2f-4a1b-8c0d-9e8f7a6b5c4d',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    clientName: 'Globex',
    number: 'INV-2026-0001',
    currency: 'EUR',
    totalMinor: 324000,
    status: 'issued',
    issuedAt: '2026-11-29T10:15:00.000Z',
    dueDate: '2026-12-29',
  },
});

/** What billing publishes today, on billing.events. */
export const billingEvents = [invoiceIssuedV1] as const;
