import { randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, type StaffRole } from '@client-portal/kit';
import { checkEmail, checkPassword, displayNameOf, normalizeEmail } from './people.js';

export const LANGUAGES = ['en', 'fr', 'es', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Tenant {
  id: string;
  slug: string;
  name: string;
  defaultLanguage: Language;
  createdAt: Date;
}

export const STAFF_STATUSES = ['invited', 'active', 'deactivated'] as const;
/** invited: no password yet; active: signs in; deactivated: login disabled, refused by ResolvePrincipal. */
export type StaffStatus = (typeof STAFF_STATUSES)[number];

export interface StaffMember {
  id: string;
  tenantId: string;
  /** The Keycloak user id: the `sub` of this person's tokens. */
  keycloakId: string;
  email: string;
  displayName: string;
  role: StaffRole;
  status: StaffStatus;
  createdAt: Date;
  /** When the current invitation link was sent; null once accepted (and for the first owner). */
  invitedAt: Date | null;
  /** Who invited this member (a staff id); empty for the first owner. */
  invitedBy: string;
  /** SHA-256 of the pending invitation link's token; null when no link works. Never leaves the service. */
  inviteTokenHash: string | null;
  deactivatedAt: Date | null;
}

export interface EnsureTenantInput {
  slug: string;
  name: string;
  ownerEmail: string;
  ownerDisplayName: string;
  ownerPassword: string;
  defaultLanguage: string;
}

export interface TenantRequest {
  slug: string;
  name: string;
  defaultLanguage: Language;
  owner: { email: string; displayName: string; password: string };
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Checks a seeding request, naming every bad field. */
export function tenantRequest(input: EnsureTenantInput): TenantRequest {
  const violations: FieldViolation[] = [];
  const slug = input.slug.trim().toLowerCase();
  const name = input.name.trim();
  const email = normalizeEmail(input.ownerEmail);
  const defaultLanguage = input.defaultLanguage.trim().toLowerCase() || 'en';
  if (!SLUG.test(slug))
    violations.push({
      field: 'slug',
      message: 'The slug is 1 to 63 lowercase letters, digits or dashes, not starting or ending with a dash',
    });
  if (!name) violations.push({ field: 'name', message: 'The organisation name is required' });
  if (name.length > 200)
    violations.push({ field: 'name', message: 'The organisation name is at most 200 characters' });
  checkEmail(email, 'ownerEmail', violations);
  checkPassword(input.ownerPassword, email, 'ownerPassword', violations);
  if (!(LANGUAGES as readonly string[]).includes(defaultLanguage))
    violations.push({
      field: 'defaultLanguage',
      message: `The language must be one of ${LANGUAGES.join(', ')}`,
    });
  if (violations.length > 0)
    throw DomainError.invalid(
      'The organisation could not be set up: check the highlighted fields',
      violations,
    );
  return {
    slug,
    name,
    defaultLanguage: defaultLanguage as Language,
    owner: {
      email,
      displayName: displayNameOf(input.ownerDisplayName, email),
      password: input.ownerPassword,
    },
  };
}

export function newTenant(request: TenantRequest, id: string, now = new Date()): Tenant {
  return {
    id,
    slug: request.slug,
    name: request.name,
    defaultLanguage: request.defaultLanguage,
    createdAt: now,
  };
}

export function newStaffMember(
  tenantId: string,
  person: { keycloakId: string; email: string; displayName: string },
  role: StaffRole,
  now = new Date(),
): StaffMember {
  return {
    id: randomUUID(),
    tenantId,
    ...person,
    role,
    status: 'active',
    createdAt: now,
    invitedAt: null,
    invitedBy: '',
    inviteTokenHash: null,
    deactivatedAt: null,
  };
}
