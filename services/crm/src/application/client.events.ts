import type { EventOutbox, OutboxEntry } from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import type { Client } from '../domain/client.js';

/**
 * The `crm.client.created` entry, shared by the single create and the CSV import so both announce a
 * new client with the same payload (the primary contact, or null when the client has none).
 */
export function clientCreatedEntry(outbox: EventOutbox<ProducedBy<'crm'>>, client: Client): OutboxEntry {
  const primary = client.contacts.find((contact) => contact.primary);
  return outbox.entry({
    type: 'crm.client.created',
    tenantId: client.tenantId,
    subject: client.id,
    data: {
      clientId: client.id,
      name: client.name,
      status: client.status,
      primaryContact: primary
        ? {
            contactId: primary.id,
            email: primary.email,
            firstName: primary.firstName,
            lastName: primary.lastName,
            role: primary.role,
          }
        : null,
    },
  });
}
