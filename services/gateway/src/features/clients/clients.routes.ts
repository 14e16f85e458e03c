import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { idParams, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

export const CLIENT_STATUSES = ['active', 'prospect', 'inactive', 'suspended'] as const;
export const CONTACT_ROLES = ['decision-maker', 'technical', 'billing', 'observer'] as const;

export const contactSchema = named(
  'Contact',
  z.object({
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string(),
    phone: z.string(),
    role: z.enum(CONTACT_ROLES),
    primary: z.boolean(),
  }),
);

export const clientSchema = named(
  'Client',
  z.object({
    id: z.string(),
    tenantId: z.string(),
    name: z.string(),
    industry: z.string(),
    phone: z.string(),
    notes: z.string().meta({ description: 'Internal: empty for client users' }),
    status: z.enum(CLIENT_STATUSES),
    ownerUserId: z.string(),
    contacts: z.array(contactSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
    invoicedMinor: z.string().meta({ description: 'Sum of issued invoices, in minor units' }),
    invoiceCount: z.number().int(),
    lastActivityAt: z.string().meta({ description: 'Empty when nothing happened yet' }),
  }),
);

export const clientListSchema = named(
  'ClientList',
  z.object({ clients: z.array(clientSchema), page: pageInfoSchema }),
);

/**
 * The gateway checks types only: the rules (required names, e-mail format, lengths) live in the crm
 * service, which answers with every violation at once.
 */
export const contactInputSchema = named(
  'ContactInput',
  z.object({
    firstName: z.string().default(''),
    lastName: z.string().default(''),
    email: z.string().default(''),
    phone: z.string().default(''),
    role: z.enum(CONTACT_ROLES).optional(),
  }),
);

export const newClientSchema = named(
  'NewClient',
  z.object({
    name: z.string({ message: 'Company name is required' }),
    industry: z.string().default(''),
    phone: z.string().default(''),
    notes: z.string().default(''),
    status: z.enum(CLIENT_STATUSES).optional(),
    primaryContact: contactInputSchema.optional(),
  }),
);

const clientParams = idParams('clientId');

/** The CRM: clients and their contacts. */
export const clientsRoutes = [
  defineRoute({
    method: 'get',
    path: '/clients',
    access: { permission: 'clients.view' },
    summary: 'List clients',
    tags: ['clients'],
    query: pageQuerySchema.extend({
      search: z.string().optional().meta({ description: 'Matches the name' }),
      status: z.enum(CLIENT_STATUSES).optional(),
    }),
    response: clientListSchema,
    handler: ({ query, onBehalf }, { backends }) =>
      backends.crm.listClients(
        { search: query.search ?? '', status: query.status ?? '', page: pageOf(query) },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/clients',
    access: { permission: 'clients.create' },
    summary: 'Create a client with its primary contact',
    tags: ['clients'],
    status: 201,
    body: newClientSchema,
    response: clientSchema,
    handler: ({ body, onBehalf }, { backends }) =>
      backends.crm.createClient(
        {
          ...body,
          status: body.status ?? '',
          primaryContact: body.primaryContact
            ? { ...body.primaryContact, role: body.primaryContact.role ?? '' }
            : null,
        },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/clients/:clientId',
    access: 'staff-or-client',
    summary: 'A client (client users: their own, without internal fields)',
    tags: ['clients'],
    params: clientParams,
    response: clientSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.crm.getClient(params, onBehalf),
  }),
];
