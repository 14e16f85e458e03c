import { FIELD_LIMITS } from '@client-portal/kit';
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
    mobile: z.string(),
    role: z.enum(CONTACT_ROLES),
    primary: z.boolean(),
  }),
);

export const addressSchema = named(
  'Address',
  z.object({ street: z.string(), postalCode: z.string(), city: z.string(), country: z.string() }),
);

export const statusChangeSchema = named(
  'StatusChange',
  z.object({
    from: z
      .union([z.enum(CLIENT_STATUSES), z.literal('')])
      .meta({ description: 'Empty for the first status' }),
    to: z.enum(CLIENT_STATUSES),
    changedBy: z.string().meta({ description: 'Staff member id' }),
    changedByName: z.string(),
    changedAt: z.string(),
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
    website: z.string(),
    address: addressSchema,
    version: z
      .number()
      .int()
      .meta({ description: 'Send it back as expectedVersion with every write; 0 for client users' }),
    archived: z.boolean(),
    archivedAt: z.string().meta({ description: 'Empty unless archived' }),
    statusHistory: z
      .array(statusChangeSchema)
      .meta({ description: 'Oldest first. Internal: empty for client users' }),
    workspaceCount: z.number().int().meta({
      description:
        'Portal workspaces of the client; with one it may only be archived. Internal: 0 for client users',
    }),
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
    firstName: z.string().meta({ maxLength: FIELD_LIMITS.crm.personName }).default(''),
    lastName: z.string().meta({ maxLength: FIELD_LIMITS.crm.personName }).default(''),
    email: z.string().meta({ maxLength: FIELD_LIMITS.crm.email }).default(''),
    phone: z.string().meta({ maxLength: FIELD_LIMITS.crm.phone }).default(''),
    mobile: z.string().meta({ maxLength: FIELD_LIMITS.crm.phone }).default(''),
    role: z.enum(CONTACT_ROLES).optional(),
  }),
);

const addressInputSchema = named(
  'AddressInput',
  z.object({
    street: z.string().meta({ maxLength: FIELD_LIMITS.crm.addressLine }).default(''),
    postalCode: z.string().meta({ maxLength: FIELD_LIMITS.crm.addressLine }).default(''),
    city: z.string().meta({ maxLength: FIELD_LIMITS.crm.addressLine }).default(''),
    country: z.string().meta({ maxLength: FIELD_LIMITS.crm.addressLine }).default(''),
  }),
);

/** The version the caller read: a write based on an older one is refused (409, reason client.changed). */
const expectedVersion = z
  .number()
  .int()
  .min(0)
  .meta({ description: "The client's version as read; 409 (reason client.changed) when it changed since" });

export const newClientSchema = named(
  'NewClient',
  z.object({
    name: z.string({ message: 'Company name is required' }).meta({ maxLength: FIELD_LIMITS.crm.clientName }),
    industry: z.string().meta({ maxLength: FIELD_LIMITS.crm.industry }).default(''),
    phone: z.string().meta({ maxLength: FIELD_LIMITS.crm.phone }).default(''),
    notes: z.string().meta({ maxLength: FIELD_LIMITS.crm.clientNotes }).default(''),
    status: z.enum(CLIENT_STATUSES).optional(),
    primaryContact: contactInputSchema.optional(),
    website: z.string().meta({ maxLength: FIELD_LIMITS.crm.website }).default(''),
    address: addressInputSchema.optional(),
    ownerUserId: z.string().optional().meta({ description: 'A staff member id; the creator when absent' }),
  }),
);

export const clientChangesSchema = named(
  'ClientChanges',
  z.object({
    expectedVersion,
    name: z.string().meta({ maxLength: FIELD_LIMITS.crm.clientName }).optional(),
    industry: z.string().meta({ maxLength: FIELD_LIMITS.crm.industry }).optional(),
    phone: z.string().meta({ maxLength: FIELD_LIMITS.crm.phone }).optional(),
    website: z.string().meta({ maxLength: FIELD_LIMITS.crm.website }).optional(),
    address: addressInputSchema.optional(),
    notes: z.string().meta({ maxLength: FIELD_LIMITS.crm.clientNotes }).optional(),
    status: z.enum(CLIENT_STATUSES).optional(),
    ownerUserId: z.string().optional(),
  }),
  'The fields to change; the others keep their value',
);

export const versionedSchema = named('VersionedWrite', z.object({ expectedVersion }));

export const newContactSchema = named(
  'NewContact',
  contactInputSchema.extend({ primary: z.boolean().default(false), expectedVersion }),
);

export const contactChangesSchema = named(
  'ContactChanges',
  z.object({
    expectedVersion,
    firstName: z.string().meta({ maxLength: FIELD_LIMITS.crm.personName }).optional(),
    lastName: z.string().meta({ maxLength: FIELD_LIMITS.crm.personName }).optional(),
    email: z.string().meta({ maxLength: FIELD_LIMITS.crm.email }).optional(),
    phone: z.string().meta({ maxLength: FIELD_LIMITS.crm.phone }).optional(),
    mobile: z.string().meta({ maxLength: FIELD_LIMITS.crm.phone }).optional(),
    role: z.enum(CONTACT_ROLES).optional(),
  }),
  'The contact fields to change; the others keep their value',
);

export const deletedClientSchema = named('DeletedClient', z.object({ clientId: z.string() }));

export const staffDirectorySchema = named(
  'StaffDirectory',
  z.object({
    staff: z.array(
      named(
        'StaffMemberSummary',
        z.object({
          userId: z.string(),
          email: z.string(),
          displayName: z.string(),
          role: z.enum(['owner', 'admin', 'manager', 'member']),
        }),
      ),
    ),
  }),
);

const expectedVersionQuery = z.object({ expectedVersion: z.coerce.number().int().min(0) });

const clientParams = idParams('clientId');
const contactParams = z.object({ clientId: z.string().min(1), contactId: z.string().min(1) });

const ADDRESS_FIELDS = { street: '', postalCode: '', city: '', country: '' };

/** The CRM: clients and their contacts. */
export const clientsRoutes = [
  defineRoute({
    method: 'get',
    path: '/clients',
    access: { permission: 'clients.view' },
    summary: 'List clients',
    tags: ['clients'],
    query: pageQuerySchema.extend({
      search: z.string().max(FIELD_LIMITS.crm.search).optional().meta({ description: 'Matches the name' }),
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
          ownerUserId: body.ownerUserId ?? '',
          address: body.address ?? ADDRESS_FIELDS,
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
    clientRight: 'signed-in',
    summary: 'A client (client users: their own, without internal fields)',
    tags: ['clients'],
    params: clientParams,
    response: clientSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.crm.getClient(params, onBehalf),
  }),
  defineRoute({
    method: 'patch',
    path: '/clients/:clientId',
    access: { permission: 'clients.edit' },
    summary: "Edit a client's record (a status change is recorded with who and when)",
    tags: ['clients'],
    params: clientParams,
    body: clientChangesSchema,
    response: clientSchema,
    handler: async ({ params, body, onBehalf }, { backends }) => {
      // Fields left out keep the value read here; the version check makes the read and the write one
      // step: if the client changed since expectedVersion, crm refuses the whole write.
      const current = await backends.crm.getClient(params, onBehalf);
      return backends.crm.updateClient(
        {
          clientId: params.clientId,
          expectedVersion: body.expectedVersion,
          name: body.name ?? current.name,
          industry: body.industry ?? current.industry,
          phone: body.phone ?? current.phone,
          website: body.website ?? current.website,
          address: body.address ?? current.address ?? ADDRESS_FIELDS,
          notes: body.notes ?? current.notes,
          status: body.status ?? current.status,
          ownerUserId: body.ownerUserId ?? current.ownerUserId,
        },
        onBehalf,
      );
    },
  }),
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/archive',
    access: { permission: 'clients.edit' },
    summary: 'Archive a client (kept with everything it holds, out of daily work)',
    tags: ['clients'],
    params: clientParams,
    body: versionedSchema,
    response: clientSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.crm.archiveClient({ ...params, expectedVersion: body.expectedVersion }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/restore',
    access: { permission: 'clients.edit' },
    summary: 'Restore an archived client',
    tags: ['clients'],
    params: clientParams,
    body: versionedSchema,
    response: clientSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.crm.restoreClient({ ...params, expectedVersion: body.expectedVersion }, onBehalf),
  }),
  defineRoute({
    method: 'delete',
    path: '/clients/:clientId',
    access: { permission: 'clients.delete' },
    summary: 'Delete a client nothing references (409, reason client.referenced: archive it instead)',
    tags: ['clients'],
    params: clientParams,
    query: expectedVersionQuery,
    response: deletedClientSchema,
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.crm.deleteClient({ ...params, expectedVersion: query.expectedVersion }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/contacts',
    access: { permission: 'clients.edit' },
    summary: 'Add a contact (e-mail unique within the client)',
    tags: ['clients'],
    status: 201,
    params: clientParams,
    body: newContactSchema,
    response: clientSchema,
    handler: ({ params, body, onBehalf }, { backends }) => {
      const { primary, expectedVersion: version, ...contact } = body;
      return backends.crm.addContact(
        {
          clientId: params.clientId,
          expectedVersion: version,
          primary,
          contact: { ...contact, role: contact.role ?? '' },
        },
        onBehalf,
      );
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/clients/:clientId/contacts/:contactId',
    access: { permission: 'clients.edit' },
    summary: 'Edit a contact',
    tags: ['clients'],
    params: contactParams,
    body: contactChangesSchema,
    response: clientSchema,
    handler: async ({ params, body, onBehalf }, { backends }) => {
      const current = await backends.crm.getClient({ clientId: params.clientId }, onBehalf);
      const contact = current.contacts.find((candidate) => candidate.id === params.contactId);
      // An unknown contact goes through as given: crm answers NOT_FOUND for it.
      const { expectedVersion: version, ...changes } = body;
      return backends.crm.updateContact(
        {
          clientId: params.clientId,
          contactId: params.contactId,
          expectedVersion: version,
          contact: {
            firstName: changes.firstName ?? contact?.firstName ?? '',
            lastName: changes.lastName ?? contact?.lastName ?? '',
            email: changes.email ?? contact?.email ?? '',
            phone: changes.phone ?? contact?.phone ?? '',
            mobile: changes.mobile ?? contact?.mobile ?? '',
            role: changes.role ?? contact?.role ?? '',
          },
        },
        onBehalf,
      );
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/clients/:clientId/contacts/:contactId',
    access: { permission: 'clients.edit' },
    summary: 'Remove a contact (the primary one only with a successor)',
    tags: ['clients'],
    params: contactParams,
    query: expectedVersionQuery.extend({
      successorContactId: z
        .string()
        .optional()
        .meta({ description: 'Who becomes primary: required when removing the primary contact' }),
    }),
    response: clientSchema,
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.crm.removeContact(
        {
          ...params,
          expectedVersion: query.expectedVersion,
          successorContactId: query.successorContactId ?? '',
        },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/contacts/:contactId/primary',
    access: { permission: 'clients.edit' },
    summary: 'Make a contact the primary one',
    tags: ['clients'],
    params: contactParams,
    body: versionedSchema,
    response: clientSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.crm.makePrimaryContact({ ...params, expectedVersion: body.expectedVersion }, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/staff',
    access: { permission: 'clients.view' },
    summary: "The tenant's active staff (who may own a client), by name",
    tags: ['clients'],
    response: staffDirectorySchema,
    handler: ({ onBehalf }, { backends }) => backends.crm.listStaffDirectory({}, onBehalf),
  }),
];
