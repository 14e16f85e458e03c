import { randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, FIELD_LIMITS, checkMaxItems } from '@client-portal/kit';

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
  mobile: string;
  role: ContactRole;
  primary: boolean;
}

export interface Address {
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

/** One status change: who (staff id and their name then) and when. `from` is null for the first status. */
export interface StatusChange {
  from: ClientStatus | null;
  to: ClientStatus;
  changedBy: string;
  changedByName: string;
  changedAt: Date;
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
  website: string;
  address: Address;
  /** Internal only: removed before anything reaches a client user. */
  notes: string;
  status: ClientStatus;
  ownerUserId: string;
  contacts: Contact[];
  metrics: ClientMetrics;
  createdAt: Date;
  updatedAt: Date;
  /** Optimistic concurrency: one more with every change of the record (not of metrics or references). */
  version: number;
  /** Set while archived: kept with everything it holds, out of daily work. */
  archivedAt: Date | null;
  /** Internal only. Oldest first. */
  statusHistory: StatusChange[];
  /** Portal workspaces created for the client (from portal's events): they forbid deleting it. */
  workspaceIds: string[];
}

export const EMPTY_ADDRESS: Address = { street: '', postalCode: '', city: '', country: '' };

export interface ContactInput {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  mobile: string;
  role: string;
}

/** The editable fields of a client record. */
export interface ClientFieldsInput {
  name: string;
  industry: string;
  phone: string;
  website: string;
  address: Address;
  notes: string;
  status: string;
}

export interface NewClientInput extends ClientFieldsInput {
  primaryContact: ContactInput | null;
  /** Further contacts (after the primary one, which they need); e-mails unique within the client. */
  moreContacts?: ContactInput[];
  /** Empty: the creator. */
  ownerUserId: string;
}

/** Who does something, as the status history records it. */
export interface Actor {
  userId: string;
  displayName: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Digits with the usual separators and an optional leading +: what people type, not a strict E.164.
const PHONE = /^\+?[0-9 ().\-/]{3,40}$/;
const LIMITS = {
  name: FIELD_LIMITS.crm.clientName,
  industry: FIELD_LIMITS.crm.industry,
  phone: FIELD_LIMITS.crm.phone,
  website: FIELD_LIMITS.crm.website,
  addressLine: FIELD_LIMITS.crm.addressLine,
  notes: FIELD_LIMITS.crm.clientNotes,
  person: FIELD_LIMITS.crm.personName,
  email: FIELD_LIMITS.crm.email,
  moreContacts: FIELD_LIMITS.crm.moreContacts,
};

function checkLength(value: string, max: number, field: string, label: string, violations: FieldViolation[]) {
  if (value.length > max)
    violations.push({ field, message: `${label} is at most ${max} characters`, code: 'too_long' });
}

function checkPhone(value: string, field: string, violations: FieldViolation[]): void {
  if (value && !PHONE.test(value))
    violations.push({
      field,
      message: 'Enter a phone number (digits, spaces, + - . ( ) /)',
      code: 'invalid_format',
    });
}

function validateContact(
  input: ContactInput,
  field: string,
  violations: FieldViolation[],
): Omit<Contact, 'id' | 'primary'> {
  const firstName = input.firstName.trim();
  const lastName = input.lastName.trim();
  const email = input.email.trim().toLowerCase();
  const role = input.role.trim() || 'decision-maker';
  const phone = input.phone.trim();
  const mobile = input.mobile.trim();
  if (!firstName)
    violations.push({ field: `${field}.firstName`, message: 'First name is required', code: 'required' });
  if (!lastName)
    violations.push({ field: `${field}.lastName`, message: 'Last name is required', code: 'required' });
  checkLength(firstName, LIMITS.person, `${field}.firstName`, 'First name', violations);
  checkLength(lastName, LIMITS.person, `${field}.lastName`, 'Last name', violations);
  if (!EMAIL.test(email))
    violations.push({
      field: `${field}.email`,
      message: 'Enter a valid e-mail address',
      code: 'invalid_format',
    });
  else checkLength(email, LIMITS.email, `${field}.email`, 'An e-mail address', violations);
  checkPhone(phone, `${field}.phone`, violations);
  checkPhone(mobile, `${field}.mobile`, violations);
  if (!(CONTACT_ROLES as readonly string[]).includes(role))
    violations.push({
      field: `${field}.role`,
      message: `Role must be one of ${CONTACT_ROLES.join(', ')}`,
      code: 'invalid_value',
    });
  return { firstName, lastName, email, phone, mobile, role: role as ContactRole };
}

/** A website as people type it ("globex.com"), kept with its scheme; empty stays empty. */
function normaliseWebsite(value: string, violations: FieldViolation[]): string {
  const trimmed = value.trim();
  if (!trimmed) return '';
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(candidate);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')) {
      checkLength(candidate, LIMITS.website, 'website', 'Website', violations);
      return candidate;
    }
  } catch {
    // Reported below.
  }
  violations.push({
    field: 'website',
    message: 'Enter a web address such as https://example.com',
    code: 'invalid_format',
  });
  return trimmed;
}

/** Checks and tidies the editable fields; pushes a violation per bad field. */
function validateFields(input: ClientFieldsInput, violations: FieldViolation[]) {
  const name = input.name.trim();
  if (!name) violations.push({ field: 'name', message: 'Company name is required', code: 'required' });
  checkLength(name, LIMITS.name, 'name', 'Company name', violations);
  const industry = input.industry.trim();
  checkLength(industry, LIMITS.industry, 'industry', 'Industry', violations);
  const phone = input.phone.trim();
  checkPhone(phone, 'phone', violations);
  const website = normaliseWebsite(input.website, violations);
  const address: Address = {
    street: input.address.street.trim(),
    postalCode: input.address.postalCode.trim(),
    city: input.address.city.trim(),
    country: input.address.country.trim(),
  };
  for (const key of Object.keys(address) as (keyof Address)[])
    checkLength(address[key], LIMITS.addressLine, `address.${key}`, 'This address line', violations);
  checkLength(input.notes, LIMITS.notes, 'notes', 'Notes', violations);
  const status = input.status.trim() || 'active';
  if (!(CLIENT_STATUSES as readonly string[]).includes(status))
    violations.push({
      field: 'status',
      message: `Status must be one of ${CLIENT_STATUSES.join(', ')}`,
      code: 'invalid_value',
    });
  return { name, industry, phone, website, address, notes: input.notes, status: status as ClientStatus };
}

/** Builds a new client from user input, or says every field that is wrong. */
export function newClient(
  input: NewClientInput,
  tenantId: string,
  ownerUserId: string,
  creator: Actor,
  now = new Date(),
): Client {
  const violations: FieldViolation[] = [];
  const fields = validateFields(input, violations);
  const contacts: Contact[] = [];
  if (input.primaryContact)
    contacts.push({
      id: randomUUID(),
      primary: true,
      ...validateContact(input.primaryContact, 'primaryContact', violations),
    });
  const more = input.moreContacts ?? [];
  checkMaxItems(violations, 'moreContacts', more, LIMITS.moreContacts, 'further contacts');
  if (more.length > 0 && !input.primaryContact)
    violations.push({
      field: 'primaryContact',
      message: 'Further contacts need a primary contact first',
      code: 'required',
    });
  more.forEach((contactInput, index) => {
    const field = `moreContacts[${index}]`;
    const contact = validateContact(contactInput, field, violations);
    if (contact.email && contacts.some((existing) => existing.email === contact.email))
      violations.push({
        field: `${field}.email`,
        message: `${contact.email} is already a contact of this client`,
        code: 'not_unique',
      });
    contacts.push({ id: randomUUID(), primary: false, ...contact });
  });
  if (violations.length > 0)
    throw DomainError.invalid('The client could not be saved: check the highlighted fields', violations);
  return {
    id: randomUUID(),
    tenantId,
    ...fields,
    ownerUserId,
    contacts,
    metrics: { invoicedMinor: 0, invoiceCount: 0, lastActivityAt: null },
    createdAt: now,
    updatedAt: now,
    version: 1,
    archivedAt: null,
    statusHistory: [
      {
        from: null,
        to: fields.status,
        changedBy: creator.userId,
        changedByName: creator.displayName,
        changedAt: now,
      },
    ],
    workspaceIds: [],
  };
}

/** Refuses a write based on a version other than the stored one (0: no expectation). */
export function assertVersion(client: Client, expectedVersion: number): void {
  if (expectedVersion !== 0 && expectedVersion !== client.version) throw changedMeanwhile(client);
}

/** What a write based on an old read of the client is told: nothing was written. */
export function changedMeanwhile(client: Pick<Client, 'name'>): DomainError {
  return DomainError.precondition(`${client.name} was changed by someone else: reload`, 'client.changed');
}

function assertNotArchived(client: Client): void {
  if (client.archivedAt)
    throw DomainError.precondition(
      `${client.name} is archived: restore it before changing it`,
      'client.archived',
    );
}

function changed(client: Client, now: Date): Pick<Client, 'version' | 'updatedAt'> {
  return { version: client.version + 1, updatedAt: now };
}

/**
 * Applies an edit of the record's fields; a new status is appended to the status history with who and
 * when. Returns the status change, if any.
 */
export function updateClient(
  client: Client,
  input: ClientFieldsInput & { ownerUserId: string },
  actor: Actor,
  now = new Date(),
): { client: Client; statusChange: StatusChange | null } {
  assertNotArchived(client);
  const violations: FieldViolation[] = [];
  const fields = validateFields(input, violations);
  if (violations.length > 0)
    throw DomainError.invalid('The client could not be saved: check the highlighted fields', violations);
  const statusChange: StatusChange | null =
    fields.status === client.status
      ? null
      : {
          from: client.status,
          to: fields.status,
          changedBy: actor.userId,
          changedByName: actor.displayName,
          changedAt: now,
        };
  return {
    client: {
      ...client,
      ...fields,
      ownerUserId: input.ownerUserId || client.ownerUserId,
      statusHistory: statusChange ? [...client.statusHistory, statusChange] : client.statusHistory,
      ...changed(client, now),
    },
    statusChange,
  };
}

export function archiveClient(client: Client, now = new Date()): Client {
  if (client.archivedAt) return client;
  return { ...client, archivedAt: now, ...changed(client, now) };
}

export function restoreClient(client: Client, now = new Date()): Client {
  if (!client.archivedAt) return client;
  return { ...client, archivedAt: null, ...changed(client, now) };
}

/** What still points at a client; any of it means the client must be archived, not deleted. */
export interface ClientReferences {
  projects: number;
  invoices: number;
  workspaces: number;
}

export function assertDeletable(client: Client, references: ClientReferences): void {
  const parts = [
    references.projects > 0 ? `${references.projects} project${references.projects === 1 ? '' : 's'}` : '',
    references.invoices > 0 ? `${references.invoices} invoice${references.invoices === 1 ? '' : 's'}` : '',
    references.workspaces > 0 ? 'a portal workspace' : '',
  ].filter(Boolean);
  if (parts.length > 0)
    throw DomainError.precondition(
      `${client.name} cannot be deleted: it has ${parts.join(', ')}. Archive it instead`,
      'client.referenced',
    );
}

function duplicateEmail(client: Client, email: string): DomainError {
  return new DomainError(
    'ALREADY_EXISTS',
    `${email} is already a contact of ${client.name}`,
    [{ field: 'contact.email', message: `${email} is already a contact of this client`, code: 'not_unique' }],
    'contact.email_taken',
  );
}

function findContact(client: Client, contactId: string): Contact {
  const contact = client.contacts.find((candidate) => candidate.id === contactId);
  if (!contact) throw DomainError.notFound('Contact', contactId);
  return contact;
}

/** Adds a contact; a second contact with the same e-mail is refused, and a new primary demotes the old. */
export function addContact(
  client: Client,
  input: ContactInput,
  primary: boolean,
  now = new Date(),
): { client: Client; contact: Contact } {
  assertNotArchived(client);
  const violations: FieldViolation[] = [];
  const fields = validateContact(input, 'contact', violations);
  if (violations.length > 0)
    throw DomainError.invalid('The contact could not be saved: check the highlighted fields', violations);
  if (client.contacts.some((contact) => contact.email === fields.email))
    throw duplicateEmail(client, fields.email);
  const becomesPrimary = primary || client.contacts.length === 0;
  const contact: Contact = { id: randomUUID(), primary: becomesPrimary, ...fields };
  const contacts = client.contacts.map((existing) =>
    becomesPrimary ? { ...existing, primary: false } : existing,
  );
  return { client: { ...client, contacts: [...contacts, contact], ...changed(client, now) }, contact };
}

/** Edits a contact's fields (not whether it is primary); its e-mail stays unique within the client. */
export function updateContact(
  client: Client,
  contactId: string,
  input: ContactInput,
  now = new Date(),
): { client: Client; contact: Contact } {
  assertNotArchived(client);
  const existing = findContact(client, contactId);
  const violations: FieldViolation[] = [];
  const fields = validateContact(input, 'contact', violations);
  if (violations.length > 0)
    throw DomainError.invalid('The contact could not be saved: check the highlighted fields', violations);
  if (client.contacts.some((contact) => contact.id !== contactId && contact.email === fields.email))
    throw duplicateEmail(client, fields.email);
  const contact: Contact = { ...existing, ...fields };
  return {
    client: {
      ...client,
      contacts: client.contacts.map((candidate) => (candidate.id === contactId ? contact : candidate)),
      ...changed(client, now),
    },
    contact,
  };
}

/**
 * Removes a contact. The primary contact goes only with a named successor among the other contacts
 * (the portal invites and bills the primary one); the last contact may go without one.
 */
export function removeContact(
  client: Client,
  contactId: string,
  successorContactId: string,
  now = new Date(),
): { client: Client; removed: Contact; successor: Contact | null } {
  assertNotArchived(client);
  const removed = findContact(client, contactId);
  const others = client.contacts.filter((contact) => contact.id !== contactId);
  let successor: Contact | null = null;
  if (removed.primary && others.length > 0) {
    if (!successorContactId)
      throw DomainError.precondition(
        `${removed.firstName} ${removed.lastName} is the primary contact of ${client.name}: choose who becomes primary before removing them`,
        'contact.successor_required',
      );
    const named = others.find((contact) => contact.id === successorContactId);
    if (!named)
      throw DomainError.invalid('The successor must be another contact of this client', [
        {
          field: 'successorContactId',
          message: 'Choose another contact of this client',
          code: 'invalid_value',
        },
      ]);
    successor = { ...named, primary: true };
  }
  const contacts = others.map((contact) => (successor && contact.id === successor.id ? successor : contact));
  return { client: { ...client, contacts, ...changed(client, now) }, removed, successor };
}

/** Makes one contact the primary one (the others stop being primary). */
export function makePrimaryContact(
  client: Client,
  contactId: string,
  now = new Date(),
): { client: Client; contact: Contact; changed: boolean } {
  assertNotArchived(client);
  const target = findContact(client, contactId);
  if (target.primary) return { client, contact: target, changed: false };
  const contacts = client.contacts.map((contact) => ({ ...contact, primary: contact.id === contactId }));
  return {
    client: { ...client, contacts, ...changed(client, now) },
    contact: { ...target, primary: true },
    changed: true,
  };
}
