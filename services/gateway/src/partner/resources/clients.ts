import { DomainError, isDomainError } from '@client-portal/kit';
import type {
  Client__Output as InternalClient,
  Contact__Output as InternalContact,
  ContactInput as InternalContactInput,
  PartnerApi,
} from '@client-portal/contracts';
import { on, type Backends } from '../../http/backends.js';
import { nextPageToken, readListOptions, requireField, type PartnerCall } from '../call.js';
import type { PartnerResource } from '../server.js';
import { publicInstant, withPublicFields } from './crm-fields.js';

/**
 * The partner ClientService: crm's clients and their contacts, mapped field by field to the public
 * messages (notes, owner, invoiced figures, status history and versions never leave crm's answer).
 */

const EMPTY_ADDRESS = { street: '', postalCode: '', city: '', country: '' };

export function publicContact(clientId: string, contact: InternalContact): PartnerApi.Contact {
  return {
    id: contact.id,
    clientId,
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    phone: contact.phone,
    mobile: contact.mobile,
    role: contact.role,
    primary: contact.primary,
  };
}

export function publicClient(client: InternalClient): PartnerApi.Client {
  const address = client.address ?? EMPTY_ADDRESS;
  return {
    id: client.id,
    name: client.name,
    status: client.status,
    industry: client.industry,
    phone: client.phone,
    website: client.website,
    address: {
      street: address.street,
      postalCode: address.postalCode,
      city: address.city,
      country: address.country,
    },
    contacts: client.contacts.map((contact) => publicContact(client.id, contact)),
    archived: client.archived,
    createdAt: publicInstant(client.createdAt),
    updatedAt: publicInstant(client.updatedAt),
  };
}

function internalContact(input: PartnerApi.ContactInput__Output): InternalContactInput {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.phone,
    mobile: input.mobile,
    role: input.role,
  };
}

function internalAddress(address: PartnerApi.Address__Output | null) {
  return address
    ? {
        street: address.street,
        postalCode: address.postalCode,
        city: address.city,
        country: address.country,
      }
    : EMPTY_ADDRESS;
}

/** What the internal list's refusals of the window are called in the partner request. */
function listField(field: string): string {
  if (field.startsWith('page.')) return 'options.page_token';
  if (field === 'updatedSince') return 'options.updated_since';
  return field;
}

/**
 * crm takes the primary contact apart from the others: the partner's `contacts` list says which is
 * primary (at most one; none: the first). Returns the order crm receives them in, as indexes into
 * the partner's list, so crm's refusals can name the partner's fields.
 */
function splitContacts(contacts: PartnerApi.ContactInput__Output[]): {
  primary: number;
  others: { index: number; contact: PartnerApi.ContactInput__Output }[];
} {
  const flagged = contacts.flatMap((contact, index) => (contact.primary ? [index] : []));
  if (flagged.length > 1)
    throw DomainError.invalid(
      'Only one contact can be the primary one',
      flagged.slice(1).map((index) => ({
        field: `contacts[${index}].primary`,
        message: 'Only one contact can be the primary one',
        code: 'invalid_value',
      })),
    );
  const primary = flagged[0] ?? 0;
  return {
    primary,
    others: contacts.map((contact, index) => ({ index, contact })).filter((entry) => entry.index !== primary),
  };
}

/** A write that reads first retries when another write landed in between (crm's optimistic check). */
const UPDATE_ATTEMPTS = 3;

function changedMeanwhile(error: unknown): boolean {
  return isDomainError(error) && error.code === 'FAILED_PRECONDITION' && error.reason === 'client.changed';
}

/** Runs a read-then-write again (a few times) when crm says the client changed in between. */
async function retryWhenChanged<Result>(write: () => Promise<Result>): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!changedMeanwhile(error) || attempt >= UPDATE_ATTEMPTS) throw error;
    }
  }
}

export const clientsResource: PartnerResource = {
  service: 'ClientService',
  methods: (backends: Backends) => ({
    ListClients: {
      scope: 'clients:read',
      handle: async (
        request: PartnerApi.ListClientsRequest__Output,
        call: PartnerCall,
      ): Promise<PartnerApi.ListClientsResponse> => {
        const filters = { status: request.status.trim(), includeArchived: request.includeArchived };
        const window = readListOptions(request.options, 'ListClients', filters);
        const answer = await withPublicFields(
          () =>
            backends.crm.listClients(
              {
                page: { pageSize: window.pageSize, pageToken: window.innerToken },
                status: filters.status,
                includeArchived: filters.includeArchived,
                updatedSince: window.updatedSince,
                byUpdate: true,
              },
              on(call.principal),
            ),
          listField,
        );
        return {
          clients: answer.clients.map(publicClient),
          nextPageToken: nextPageToken(answer.page?.nextPageToken, 'ListClients', filters, window),
        };
      },
    },
    GetClient: {
      scope: 'clients:read',
      handle: async (request: PartnerApi.GetClientRequest__Output, call: PartnerCall) => {
        const clientId = requireField(request.id, 'id');
        return publicClient(await backends.crm.getClient({ clientId }, on(call.principal)));
      },
    },
    CreateClient: {
      scope: 'clients:write',
      write: true,
      handle: async (request: PartnerApi.CreateClientRequest__Output, call: PartnerCall) => {
        const { primary, others } = splitContacts(request.contacts);
        const primaryInput = request.contacts[primary];
        const created = await withPublicFields(
          () =>
            backends.crm.createClient(
              {
                name: request.name,
                status: request.status,
                industry: request.industry,
                phone: request.phone,
                website: request.website,
                address: internalAddress(request.address),
                primaryContact: primaryInput ? internalContact(primaryInput) : null,
                moreContacts: others.map((entry) => internalContact(entry.contact)),
                // The client's owner is the application (the creator) until staff hand it to someone.
                ownerUserId: '',
                notes: '',
              },
              on(call.principal),
            ),
          (field) =>
            field
              .replace(/^primaryContact/, `contacts[${primary}]`)
              .replace(
                /^moreContacts\[(\d+)\]/,
                (_match, index: string) => `contacts[${others[Number(index)]?.index ?? index}]`,
              ),
        );
        return publicClient(created);
      },
    },
    UpdateClient: {
      scope: 'clients:write',
      write: true,
      handle: async (request: PartnerApi.UpdateClientRequest__Output, call: PartnerCall) => {
        const clientId = requireField(request.id, 'id');
        return retryWhenChanged(async () => {
          // The partner sends no version and cannot see notes or the owner: they are kept as read.
          const current = await backends.crm.getClient({ clientId }, on(call.principal));
          const updated = await withPublicFields(() =>
            backends.crm.updateClient(
              {
                clientId,
                expectedVersion: current.version,
                name: request.name,
                industry: request.industry,
                phone: request.phone,
                website: request.website,
                address: internalAddress(request.address),
                notes: current.notes,
                // Empty keeps the status (a client always has one).
                status: request.status.trim() || current.status,
                ownerUserId: '',
              },
              on(call.principal),
            ),
          );
          return publicClient(updated);
        });
      },
    },
    ListContacts: {
      scope: 'clients:read',
      handle: async (
        request: PartnerApi.ListContactsRequest__Output,
        call: PartnerCall,
      ): Promise<PartnerApi.ListContactsResponse> => {
        const filters = { clientId: request.clientId.trim() };
        const window = readListOptions(request.options, 'ListContacts', filters);
        if (filters.clientId) {
          // One client's contacts fit one page (a client has a handful): no token.
          const client = await backends.crm.getClient({ clientId: filters.clientId }, on(call.principal));
          const changed =
            !window.updatedSince || Date.parse(client.updatedAt) >= Date.parse(window.updatedSince);
          return {
            contacts: changed ? client.contacts.map((contact) => publicContact(client.id, contact)) : [],
            nextPageToken: '',
          };
        }
        // Contacts live inside their client, whose updatedAt moves with every contact change: a page is
        // the contacts of up to page_size clients, in the clients' sync order (archived ones included,
        // so a partner keeps their contacts too).
        const answer = await withPublicFields(
          () =>
            backends.crm.listClients(
              {
                page: { pageSize: window.pageSize, pageToken: window.innerToken },
                includeArchived: true,
                updatedSince: window.updatedSince,
                byUpdate: true,
              },
              on(call.principal),
            ),
          listField,
        );
        return {
          contacts: answer.clients.flatMap((client) =>
            client.contacts.map((contact) => publicContact(client.id, contact)),
          ),
          nextPageToken: nextPageToken(answer.page?.nextPageToken, 'ListContacts', filters, window),
        };
      },
    },
    CreateContact: {
      scope: 'clients:write',
      write: true,
      handle: async (request: PartnerApi.CreateContactRequest__Output, call: PartnerCall) => {
        const clientId = requireField(request.clientId, 'client_id');
        if (!request.contact)
          throw DomainError.invalid('contact is required', [
            { field: 'contact', message: 'is required', code: 'required' },
          ]);
        const input = request.contact;
        // Version 0: "as it is now"; crm still refuses (and we retry) when a write lands in between.
        const client = await retryWhenChanged(() =>
          withPublicFields(() =>
            backends.crm.addContact(
              { clientId, contact: internalContact(input), primary: input.primary, expectedVersion: 0 },
              on(call.principal),
            ),
          ),
        );
        // crm keeps e-mails unique within a client (and lower-cased): the new contact is the one with it.
        const email = input.email.trim().toLowerCase();
        const contact = client.contacts.find((candidate) => candidate.email === email);
        if (!contact) throw new DomainError('INTERNAL', 'The new contact was not found on its client');
        return publicContact(client.id, contact);
      },
    },
  }),
};
