import { z } from 'zod';
import { defineEvent, fields } from './define.js';

export const clientStatusSchema = z.enum(['active', 'prospect', 'inactive', 'suspended']);
export const contactRoleSchema = z.enum(['decision-maker', 'technical', 'billing', 'observer']);

const contact = {
  contactId: fields.id(),
  email: fields.email(),
  firstName: z.string(),
  lastName: z.string(),
  role: contactRoleSchema,
};

export const clientCreatedV1 = defineEvent({
  type: 'crm.client.created',
  version: 1,
  producer: 'crm',
  subject: 'client id',
  description: 'A client was added, with its primary contact when it has one.',
  consumers: [],
  schema: z.object({
    clientId: fields.id(),
    name: z.string().min(1),
    status: clientStatusSchema,
    primaryContact: z.object(contact).nullable(),
  }),
  example: {
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    name: 'Globex',
    status: 'active',
    primaryContact: {
      contactId: 'e1d2c3b4-a5f6-4e7d-8c9b-0a1f2e3d4c5b',
      email: 'dana@globex.test',
      firstName: 'Dana',
      lastName: 'Scully',
      role: 'decision-maker',
    },
  },
});

export const contactAddedV1 = defineEvent({
  type: 'crm.contact.added',
  version: 1,
  producer: 'crm',
  subject: 'client id',
  description: 'A contact was added to a client.',
  consumers: [],
  schema: z.object({ clientId: fields.id(), ...contact, primary: z.boolean() }),
  example: {
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    contactId: 'f6e5d4c3-b2a1-4f0e-9d8c-7b6a5f4e3d2c',
    email: 'fox@globex.test',
    firstName: 'Fox',
    lastName: 'Mulder',
    role: 'technical',
    primary: false,
  },
});

/** What crm publishes today, on crm.events. */
export const crmEvents = [clientCreatedV1, contactAddedV1] as const;
