import type { FieldViolation } from '@client-portal/kit';
import {
  EMAIL_TIMINGS,
  ESSENTIAL_KINDS,
  NOTIFICATION_KINDS,
  type DeliveryPlan,
  type EmailTiming,
  type NotificationKind,
  type Recipient,
} from './delivery.js';

/**
 * Whose defaults apply: owners and admins (they sign off billing), the rest of the team (their work),
 * client users (what concerns them), and people known only by an e-mail address (no account: e-mail
 * is all they can get, so it goes at once unless they unsubscribed).
 */
export type Audience = 'lead' | 'team' | 'client' | 'address';

export function audienceOf(recipient: Pick<Recipient, 'userId' | 'kind' | 'staffRole'>): Audience {
  if (!recipient.userId) return 'address';
  if (recipient.kind === 'client') return 'client';
  return recipient.staffRole === 'owner' || recipient.staffRole === 'admin' ? 'lead' : 'team';
}

/** The kinds a staff member chooses for, in the order of the screen (essential ones shown locked). */
export const STAFF_KINDS: readonly NotificationKind[] = [
  'new-message',
  'mention',
  'task-assigned',
  'task-due',
  'deliverable-approved',
  'deliverable-changes-requested',
  'quote-answered',
  'invoice-paid',
  'invoice-overdue',
  'payment-received',
  'document-comment',
  'order-placed',
  'account',
  'login-code',
];

/** The kinds a client user chooses for. */
export const CLIENT_KINDS: readonly NotificationKind[] = [
  'new-message',
  'mention',
  'document-shared',
  'file-shared',
  'deliverable-awaiting-approval',
  'task-assigned',
  'task-due',
  'invoice-issued',
  'invoice-overdue',
  'payment-received',
  'document-comment',
  'account',
  'login-code',
];

const BILLING_KINDS: readonly NotificationKind[] = [
  'quote-answered',
  'invoice-issued',
  'invoice-paid',
  'invoice-overdue',
  'payment-received',
  'order-placed',
  'document-comment',
];

/** What concerns a client user enough for an e-mail at once; the rest of their kinds stay in the inbox. */
const CLIENT_EMAIL_KINDS: readonly NotificationKind[] = [
  'new-message',
  'mention',
  'document-shared',
  'file-shared',
  'deliverable-awaiting-approval',
  'task-assigned',
  'task-due',
  'invoice-issued',
  'invoice-overdue',
  'payment-received',
  'document-comment',
];

/** A member's or manager's own work: e-mailed at once. */
const TEAM_EMAIL_KINDS: readonly NotificationKind[] = [
  'new-message',
  'mention',
  'task-assigned',
  'task-due',
  'deliverable-approved',
  'deliverable-changes-requested',
];

export function isEssential(kind: NotificationKind): boolean {
  return ESSENTIAL_KINDS.includes(kind);
}

export function kindsFor(audience: Audience): readonly NotificationKind[] {
  if (audience === 'client') return CLIENT_KINDS;
  if (audience === 'address') return NOTIFICATION_KINDS;
  return STAFF_KINDS;
}

/** The plan when the person never chose: sensible per role (issue 12 §4). SMS is never on by default. */
export function defaultPlan(kind: NotificationKind, audience: Audience): DeliveryPlan {
  if (isEssential(kind) || audience === 'address')
    return { inApp: audience !== 'address', email: 'now', sms: false };
  const email = ((): EmailTiming => {
    if (audience === 'client') return CLIENT_EMAIL_KINDS.includes(kind) ? 'now' : 'off';
    // A client's decision on a deliverable is what the agency waits for: at once, like billing news.
    if (audience === 'lead')
      return BILLING_KINDS.includes(kind) || TEAM_EMAIL_KINDS.includes(kind) ? 'now' : 'off';
    return TEAM_EMAIL_KINDS.includes(kind) ? 'now' : 'off';
  })();
  return { inApp: true, email, sms: false };
}

/** The channels a tenant offers beyond in-app and e-mail (always on). */
export interface TenantChannels {
  tenantId: string;
  /** The tenant switched text messages on (they cost money); only effective with a provider configured. */
  smsEnabled: boolean;
  version: number;
  updatedAt: Date | null;
}

export function defaultTenantChannels(tenantId: string): TenantChannels {
  return { tenantId, smsEnabled: false, version: 0, updatedAt: null };
}

/** A person's saved choices: only the kinds they changed; the others follow the defaults. */
export interface PreferenceChoice extends DeliveryPlan {
  kind: NotificationKind;
}

export interface NotificationPreferences {
  tenantId: string;
  /** The person's user id, or `address:<e-mail>` for someone known only by address (unsubscribe links). */
  subjectKey: string;
  choices: PreferenceChoice[];
  version: number;
  updatedAt: Date | null;
}

export function subjectKeyOf(recipient: Pick<Recipient, 'userId' | 'email'>): string {
  return recipient.userId || `address:${recipient.email.trim().toLowerCase()}`;
}

export function emptyPreferences(tenantId: string, subjectKey: string): NotificationPreferences {
  return { tenantId, subjectKey, choices: [], version: 0, updatedAt: null };
}

/**
 * What one kind does for one person: their choice, else the default; essential kinds always e-mail
 * at once; SMS only where the tenant offers it and the person has a number; no inbox without an account.
 */
export function effectivePlan(
  kind: NotificationKind,
  audience: Audience,
  preferences: NotificationPreferences,
  smsOffered: boolean,
  hasMobile = true,
): DeliveryPlan {
  const chosen = preferences.choices.find((choice) => choice.kind === kind);
  const plan: DeliveryPlan = chosen
    ? { inApp: chosen.inApp, email: chosen.email, sms: chosen.sms }
    : defaultPlan(kind, audience);
  if (isEssential(kind)) plan.email = 'now';
  if (audience === 'address') plan.inApp = false;
  if (!smsOffered || !hasMobile) plan.sms = false;
  return plan;
}

export interface PreferenceInput {
  kind: string;
  inApp: boolean;
  email: string;
  sms: boolean;
}

/**
 * Checks a person's choices: known kinds of their audience, once each, a known e-mail timing, no way
 * to stop an essential kind's e-mail, SMS only where the tenant offers it. Every refusal names its field.
 */
export function validateChoices(
  input: PreferenceInput[],
  audience: Audience,
  smsOffered: boolean,
): { choices: PreferenceChoice[]; violations: FieldViolation[] } {
  const violations: FieldViolation[] = [];
  const allowed = kindsFor(audience);
  const seen = new Set<string>();
  const choices: PreferenceChoice[] = [];
  input.forEach((item, index) => {
    const field = `preferences[${index}]`;
    if (!item.kind) {
      violations.push({ field: `${field}.kind`, message: 'Name the kind of notification', code: 'required' });
      return;
    }
    if (!allowed.includes(item.kind as NotificationKind)) {
      violations.push({
        field: `${field}.kind`,
        message: `"${item.kind}" is not a kind of notification you can choose for`,
        code: 'invalid_value',
      });
      return;
    }
    if (seen.has(item.kind)) {
      violations.push({
        field: `${field}.kind`,
        message: `"${item.kind}" is listed twice`,
        code: 'duplicate',
      });
      return;
    }
    seen.add(item.kind);
    const kind = item.kind as NotificationKind;
    if (!EMAIL_TIMINGS.includes(item.email as EmailTiming)) {
      violations.push({
        field: `${field}.email`,
        message: 'E-mails go now, hourly, daily or off',
        code: 'invalid_value',
      });
      return;
    }
    const email = item.email as EmailTiming;
    if (isEssential(kind) && email !== 'now') {
      violations.push({
        field: `${field}.email`,
        message: 'This e-mail gives access to your account: it always goes at once',
        code: 'essential',
      });
      return;
    }
    if (item.sms && !smsOffered) {
      violations.push({
        field: `${field}.sms`,
        message: 'Text messages are not available in this organisation',
        code: 'channel_unavailable',
      });
      return;
    }
    choices.push({ kind, inApp: item.inApp, email, sms: item.sms });
  });
  return { choices, violations };
}

/**
 * The digest period an item queued at `at` belongs to: the clock hour for hourly digests; for daily
 * digests the day ending at DAILY_DIGEST_HOUR_UTC (06:00 UTC: the morning in Europe and Africa, the
 * evening before in the Americas).
 */
export const DAILY_DIGEST_HOUR_UTC = 6;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export function digestPeriod(timing: 'hourly' | 'daily', at: Date): { start: Date; end: Date } {
  if (timing === 'hourly') {
    const start = Math.floor(at.getTime() / HOUR_MS) * HOUR_MS;
    return { start: new Date(start), end: new Date(start + HOUR_MS) };
  }
  const shifted = at.getTime() - DAILY_DIGEST_HOUR_UTC * HOUR_MS;
  const start = Math.floor(shifted / DAY_MS) * DAY_MS + DAILY_DIGEST_HOUR_UTC * HOUR_MS;
  return { start: new Date(start), end: new Date(start + DAY_MS) };
}
