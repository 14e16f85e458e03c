import { randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation } from '@client-portal/kit';

export const CLIENT_STATUSES = ['active', 'prospect', 'inactive', 'suspended'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export const CONTACT_ROLES = ['decision-maker', 'technical', 'billing', 'observer'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export interface Contact {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  role: ContactRole;
  primary: boolean;
}

export interface ClientMetrics {
  invoicedMinor: number;
  invoiceCount: number;
  lastActivityAt: Date | null;
}

export interface Client {
  id: string;
  tenantId: string;
  name: string;
  industry: string;
  phone: string;
  /** Internal only: removed before anything reaches a client user. */
  notes: string;
  status: ClientStatus;
  ownerUserId: string;
  contacts: Contact[];
  metrics: ClientMetrics;
  createdAt: Date;
  updatedAt: Date;
}

export interface ContactInput {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  role: string;
}

export interface NewClientInput {
  name: string;
  industry: string;
  phone: string;
  notes: string;
  status: string;
  primaryContact: ContactInput | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validateContact(
  input: ContactInput,
  field: string,
  violations: FieldViolation[],
): Omit<Contact, 'id' | 'primary'> {
  const firstName = input.firstName.trim();
  const lastName = input.lastName.trim();
  const email = input.email.trim().toLowerCase();
  const role = input.role.trim() || 'decision-maker';
  if (!firstName)
    violations.push({ field: `${field}.firstName`, message: 'First name is required', code: 'required' });
  if (!lastName)
    violations.push({ field: `${field}.lastName`, message: 'Last name is required', code: 'required' });
  if (!EMAIL.test(email))
    violations.push({
      field: `${field}.email`,
      message: 'Enter a valid e-mail address',
      code: 'invalid_format',
    });
  if (!(CONTACT_ROLES as readonly string[]).includes(role))
    violations.push({
      field: `${field}.role`,
      message: `Role must be one of ${CONTACT_ROLES.join(', ')}`,
      code: 'invalid_value',
    });
  return { firstName, lastName, email, phone: input.phone.trim(), role: role as ContactRole };
}

/** Builds a new client from user input, or says every field that is wrong. */
export function newClient(
  input: NewClientInput,
  tenantId: string,
  ownerUserId: string,
  now = new Date(),
): Client {
  const violations: FieldViolation[] = [];
  const name = input.name.trim();
  if (!name) violations.push({ field: 'name', message: 'Company name is required', code: 'required' });
  if (name.length > 200)
    violations.push({ field: 'name', message: 'Company name is at most 200 characters', code: 'too_long' });
  const status = input.status.trim() || 'active';
  if (!(CLIENT_STATUSES as readonly string[]).includes(status))
    violations.push({
      field: 'status',
      message: `Status must be one of ${CLIENT_STATUSES.join(', ')}`,
      code: 'invalid_value',
    });
  const contacts: Contact[] = [];
  if (input.primaryContact)
    contacts.push({
      id: randomUUID(),
      primary: true,
      ...validateContact(input.primaryContact, 'primaryContact', violations),
    });
  if (violations.length > 0)
    throw DomainError.invalid('The client could not be saved: check the highlighted fields', violations);
  return {
    id: randomUUID(),
    tenantId,
    name,
    industry: input.industry.trim(),
    phone: input.phone.trim(),
    notes: input.notes,
    status: status as ClientStatus,
    ownerUserId,
    contacts,
    metrics: { invoicedMinor: 0, invoiceCount: 0, lastActivityAt: null },
    createdAt: now,
    updatedAt: now,
  };
}

/** Adds a contact; a second contact with the same e-mail is refused, and a new primary demotes the old. */
export function addContact(
  client: Client,
  input: ContactInput,
  primary: boolean,
): { client: Client; contact: Contact } {
  const violations: FieldViolation[] = [];
  const fields = validateContact(input, 'contact', violations);
  if (violations.length > 0)
    throw DomainError.invalid('The contact could not be saved: check the highlighted fields', violations);
  if (client.contacts.some((contact) => contact.email === fields.email))
    throw DomainError.conflict(`${fields.email} is already a contact of ${client.name}`);
  const becomesPrimary = primary || client.contacts.length === 0;
  const contact: Contact = { id: randomUUID(), primary: becomesPrimary, ...fields };
  const contacts = client.contacts.map((existing) =>
    becomesPrimary ? { ...existing, primary: false } : existing,
  );
  return { client: { ...client, contacts: [...contacts, contact], updatedAt: new Date() }, contact };
}
