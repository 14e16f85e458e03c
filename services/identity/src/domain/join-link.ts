import { randomBytes, randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';
import { EXTERNAL_ROLES } from './external-user.js';
import { checkEmail, checkPassword, MIN_PASSWORD_LENGTH, normalizeEmail } from './people.js';

export const JOIN_LINK_SCOPES = ['tenant', 'workspace'] as const;
export type JoinLinkScope = (typeof JOIN_LINK_SCOPES)[number];
export const JOIN_LINK_STATUSES = ['active', 'disabled'] as const;
export type JoinLinkStatus = (typeof JOIN_LINK_STATUSES)[number];
export const JOIN_STATUSES = ['started', 'joined'] as const;
export type JoinStatus = (typeof JOIN_STATUSES)[number];

/**
 * A shareable invitation link (Flowlu's "invite by link"). Unlike an e-mailed invitation it is meant
 * to be posted where a group of people will see it, so staff can copy it again at any time: the token
 * is kept as is (unique index) rather than hashed. Reset replaces it; the old URL then finds nothing.
 */
export interface JoinLink {
  id: string;
  tenantId: string;
  scope: JoinLinkScope;
  /** The workspace's client ('' for a tenant link: every joiner becomes a client of their own). */
  clientId: string;
  clientName: string;
  workspaceId: string;
  workspaceName: string;
  /** A role id: one of the built-in roles (the roles slice widens this to the tenant's roles). */
  role: string;
  /** Workspace link: make each joiner a CRM contact of the client. A tenant link always does. */
  createContact: boolean;
  status: JoinLinkStatus;
  token: string;
  createdBy: string;
  createdAt: Date;
  resetAt: Date | null;
  updatedAt: Date;
}

/** One use of a link: recorded when the form is accepted, completed once the account exists. */
export interface Join {
  id: string;
  tenantId: string;
  linkId: string;
  email: string;
  displayName: string;
  status: JoinStatus;
  clientId: string;
  clientName: string;
  workspaceId: string;
  externalUserId: string;
  ipAddress: string;
  userAgent: string;
  createdAt: Date;
  joinedAt: Date | null;
}

export interface JoinLinkInput {
  scope: string;
  clientId: string;
  clientName: string;
  workspaceId: string;
  workspaceName: string;
  role: string;
  createContact: boolean;
}

/** How many joins a link and one network address may make in a window (see docs/access-join-links.md). */
export interface JoinLimits {
  perLink: number;
  perLinkWindowMs: number;
  perAddress: number;
  perAddressWindowMs: number;
}

export const DEFAULT_JOIN_LIMITS: JoinLimits = {
  perLink: 30,
  perLinkWindowMs: 60 * 60 * 1000,
  perAddress: 5,
  perAddressWindowMs: 60 * 60 * 1000,
};

const MAX_NAME_LENGTH = FIELD_LIMITS.identity.joinDisplayName;

export function newJoinToken(): string {
  // 192 bits: not guessable, and short enough to paste in a chat message.
  return randomBytes(24).toString('base64url');
}

/** Checks a link from staff, naming every bad field. */
export function newJoinLink(
  tenantId: string,
  input: JoinLinkInput,
  createdBy: string,
  now = new Date(),
  /** Whether the tenant has this role (its own roles too); unsaid: only the built-in roles are known. */
  roleKnown?: boolean,
): JoinLink {
  const violations: FieldViolation[] = [];
  const scope = input.scope.trim();
  const role = input.role.trim() || 'decision-maker';
  if (!(JOIN_LINK_SCOPES as readonly string[]).includes(scope))
    violations.push({
      field: 'scope',
      message: 'Choose a link for the whole portal (tenant) or for one workspace',
      code: 'invalid_value',
    });
  if (!(roleKnown ?? (EXTERNAL_ROLES as readonly string[]).includes(role)))
    violations.push({
      field: 'role',
      message: `The role "${role}" does not exist: choose one of your portal roles`,
      code: 'invalid_value',
    });
  const workspaceId = input.workspaceId.trim();
  const clientId = input.clientId.trim();
  if (scope === 'workspace' && (!workspaceId || !clientId))
    violations.push({ field: 'workspaceId', message: 'Choose the workspace', code: 'required' });
  if (violations.length > 0)
    throw DomainError.invalid('The link could not be created: check the highlighted fields', violations);
  const isWorkspace = scope === 'workspace';
  return {
    id: randomUUID(),
    tenantId,
    scope: scope as JoinLinkScope,
    clientId: isWorkspace ? clientId : '',
    clientName: isWorkspace ? input.clientName.trim() : '',
    workspaceId: isWorkspace ? workspaceId : '',
    workspaceName: isWorkspace ? input.workspaceName.trim() : '',
    role,
    // A tenant link's joiner becomes a new client whose primary contact they are.
    createContact: isWorkspace ? input.createContact : true,
    status: 'active',
    token: newJoinToken(),
    createdBy,
    createdAt: now,
    resetAt: null,
    updatedAt: now,
  };
}

export interface JoinForm {
  displayName: string;
  email: string;
  password: string;
}

/** The public form: a name, an address and a password, all required, each refusal naming its field. */
export function checkJoinForm(form: JoinForm): JoinForm {
  const violations: FieldViolation[] = [];
  const displayName = form.displayName.replace(/\s+/g, ' ').trim();
  const email = normalizeEmail(form.email);
  if (!displayName) violations.push({ field: 'displayName', message: 'Enter your name', code: 'required' });
  else if (displayName.length > MAX_NAME_LENGTH)
    violations.push({
      field: 'displayName',
      message: `A name is at most ${MAX_NAME_LENGTH} characters`,
      code: 'too_long',
    });
  if (!email) violations.push({ field: 'email', message: 'Enter your e-mail address', code: 'required' });
  else checkEmail(email, 'email', violations);
  const before = violations.length;
  checkPassword(form.password, email, 'password', violations);
  for (const violation of violations.slice(before))
    violation.code ??= form.password.length < MIN_PASSWORD_LENGTH ? 'too_short' : 'invalid_value';
  if (violations.length > 0)
    throw DomainError.invalid('You could not join yet: check the highlighted fields', violations);
  return { displayName, email, password: form.password };
}

/** The start of the fixed window `at` falls in: the key of a rate-limit slot. */
export function windowStart(at: Date, windowMs: number): number {
  return Math.floor(at.getTime() / windowMs) * windowMs;
}

/** Refused as soon as the link is disabled; an unknown or reset token is answered before (NOT_FOUND). */
export function assertJoinable(link: JoinLink): void {
  if (link.status === 'disabled')
    throw DomainError.precondition(
      'This invitation link is switched off. Ask the person who shared it for a new one.',
      'join.link_disabled',
    );
}
