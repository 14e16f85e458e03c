/**
 * A subscription: a recurring invoice billing issues by itself on each period's day (issue 9). The
 * schedule rules live here, free of I/O, so they are tested on their own (subscription.test.ts).
 */
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';
import { lineAmounts } from './document-rules.js';

export const SUBSCRIPTION_FREQUENCIES = ['monthly', 'quarterly', 'yearly'] as const;
export type SubscriptionFrequency = (typeof SUBSCRIPTION_FREQUENCIES)[number];

/** `ended`: the end date is behind the last period; `cancelled`: stopped by staff (final). */
export const SUBSCRIPTION_STATUSES = ['active', 'paused', 'cancelled', 'ended'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

const MONTHS_PER_PERIOD: Record<SubscriptionFrequency, number> = { monthly: 1, quarterly: 3, yearly: 12 };
const MAX_DESCRIPTION_LENGTH = FIELD_LIMITS.billing.subscriptionLineDescription;
const MAX_UNIT_LENGTH = FIELD_LIMITS.billing.lineUnit;
const MAX_NOTES_LENGTH = FIELD_LIMITS.billing.subscriptionNotes;
const MAX_LINES = FIELD_LIMITS.billing.subscriptionLines;
const MAX_PAYMENT_TERM_DAYS = 365;
const MAX_TAX_RATE_BASIS_POINTS = 10_000;

export interface SubscriptionLine {
  description: string;
  unit: string;
  /** Thousandths of a unit (1500 = 1.5). */
  quantityMilli: number;
  unitPriceMinor: number;
  /** Basis points: 2000 = 20 %. */
  taxRateBasisPoints: number;
}

export interface Subscription {
  id: string;
  tenantId: string;
  /** Printed on the invoices when the tenant's billing profile has no name. */
  tenantName: string;
  clientId: string;
  clientName: string;
  currency: string;
  lines: SubscriptionLine[];
  frequency: SubscriptionFrequency;
  /** YYYY-MM-DD: the first period's issue day; its day of month is every later period's. */
  startDate: string;
  /** YYYY-MM-DD or empty: no period starts after it. */
  endDate: string;
  paymentTermDays: number;
  notes: string;
  status: SubscriptionStatus;
  /** The first period not issued yet; empty when none is left (ended, cancelled). */
  nextIssueDate: string;
  /** One period's total with tax, for lists. */
  totalMinor: number;
  /** Optimistic concurrency. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** Internal: the staff member who created it. */
  createdBy: string;
}

/** What staff write; everything else is derived. */
export interface SubscriptionInput {
  currency: string;
  lines: SubscriptionLine[];
  frequency: string;
  startDate: string;
  endDate: string;
  paymentTermDays: number;
  notes: string;
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(text: string): { year: number; month: number; day: number } | undefined {
  const match = CALENDAR_DAY.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return { year, month, day };
}

export const isCalendarDay = (text: string): boolean => parseDay(text) !== undefined;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** YYYY-MM-DD of an instant, in UTC: billing's days are UTC days. */
export const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10);

/** `day` plus `days` (may be negative). */
export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The issue day `months` months after `day`, on `anchorDay` (the start date's day of month) clamped to
 * the month's end: a subscription started on 31 January issues on 28/29 February and 31 March.
 */
export function addMonthsOnAnchor(day: string, months: number, anchorDay: number): string {
  const parsed = parseDay(day);
  if (!parsed) throw new Error(`Not a calendar day: ${day}`);
  const monthIndex = parsed.year * 12 + (parsed.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(anchorDay, daysInMonth(year, month)))}`;
}

export function anchorDayOf(subscription: Pick<Subscription, 'startDate'>): number {
  return parseDay(subscription.startDate)?.day ?? 1;
}

/** The issue day of the period after the one issued on `periodStart`. */
export function followingIssueDate(
  subscription: Pick<Subscription, 'startDate' | 'frequency'>,
  periodStart: string,
): string {
  return addMonthsOnAnchor(periodStart, MONTHS_PER_PERIOD[subscription.frequency], anchorDayOf(subscription));
}

/** The period an issue day opens: from it to the day before the next one. */
export function periodOf(
  subscription: Pick<Subscription, 'startDate' | 'frequency'>,
  periodStart: string,
): { start: string; end: string } {
  return { start: periodStart, end: addDays(followingIssueDate(subscription, periodStart), -1) };
}

/** Whether a period starting on `day` is within the subscription's end date. */
const withinEnd = (subscription: Pick<Subscription, 'endDate'>, day: string): boolean =>
  !subscription.endDate || day <= subscription.endDate;

/**
 * The periods due on `today`, oldest first: from the next issue day on, every issue day that has come
 * and is within the end date. After downtime this is several; each is issued once, in order.
 */
export function duePeriods(subscription: Subscription, today: string, limit = 60): string[] {
  if (subscription.status !== 'active' || !subscription.nextIssueDate) return [];
  const due: string[] = [];
  let day = subscription.nextIssueDate;
  while (day <= today && withinEnd(subscription, day) && due.length < limit) {
    due.push(day);
    day = followingIssueDate(subscription, day);
  }
  return due;
}

/** The subscription once the period opened on `periodStart` is issued. Never moves backwards. */
export function afterIssuing(subscription: Subscription, periodStart: string, now: Date): Subscription {
  if (!subscription.nextIssueDate || subscription.nextIssueDate > periodStart) return subscription;
  const next = followingIssueDate(subscription, periodStart);
  const ended = !withinEnd(subscription, next);
  return {
    ...subscription,
    nextIssueDate: ended ? '' : next,
    status: ended && subscription.status === 'active' ? 'ended' : subscription.status,
    version: subscription.version + 1,
    updatedAt: now,
  };
}

let knownCurrencies: Set<string> | undefined;
function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

function validateLine(line: SubscriptionLine, field: string, violations: FieldViolation[]): SubscriptionLine {
  const description = line.description.trim();
  const unit = line.unit.trim();
  if (!description)
    violations.push({ field: `${field}.description`, message: 'Description is required', code: 'required' });
  else if (description.length > MAX_DESCRIPTION_LENGTH)
    violations.push({
      field: `${field}.description`,
      message: `Description is at most ${MAX_DESCRIPTION_LENGTH} characters`,
      code: 'too_long',
    });
  if (unit.length > MAX_UNIT_LENGTH)
    violations.push({
      field: `${field}.unit`,
      message: `Unit is at most ${MAX_UNIT_LENGTH} characters`,
      code: 'too_long',
    });
  if (!Number.isSafeInteger(line.quantityMilli) || line.quantityMilli <= 0)
    violations.push({
      field: `${field}.quantityMilli`,
      message: 'Quantity must be greater than zero',
      code: 'too_small',
    });
  if (!Number.isSafeInteger(line.unitPriceMinor) || line.unitPriceMinor < 0)
    violations.push({
      field: `${field}.unitPriceMinor`,
      message: 'Unit price cannot be negative',
      code: 'too_small',
    });
  if (
    !Number.isInteger(line.taxRateBasisPoints) ||
    line.taxRateBasisPoints < 0 ||
    line.taxRateBasisPoints > MAX_TAX_RATE_BASIS_POINTS
  )
    violations.push({
      field: `${field}.taxRateBasisPoints`,
      message: 'Tax rate must be between 0 % and 100 %',
      code: 'invalid_value',
    });
  return { ...line, description, unit };
}

/** One period's total with tax, computed like an invoice's (half-up per line). */
export function periodTotalMinor(lines: SubscriptionLine[]): number {
  return Number(
    lines.reduce((sum, line) => {
      const { totalMinor, taxMinor } = lineAmounts(line);
      return sum + totalMinor + taxMinor;
    }, 0n),
  );
}

/** Checks what staff wrote, naming every wrong field; returns it normalised. */
export function validateSubscriptionInput(
  input: SubscriptionInput,
  violations: FieldViolation[] = [],
): Omit<SubscriptionInput, 'frequency'> & { frequency: SubscriptionFrequency } {
  const currency = input.currency.trim().toUpperCase();
  if (!currency) violations.push({ field: 'currency', message: 'Currency is required', code: 'required' });
  else if (!/^[A-Z]{3}$/.test(currency) || !isKnownCurrency(currency))
    violations.push({
      field: 'currency',
      message: 'Currency must be a 3-letter ISO 4217 code such as EUR',
      code: 'invalid_value',
    });
  const frequency = input.frequency.trim();
  if (!(SUBSCRIPTION_FREQUENCIES as readonly string[]).includes(frequency))
    violations.push({
      field: 'frequency',
      message: 'Frequency must be monthly, quarterly or yearly',
      code: 'invalid_value',
    });
  const startDate = input.startDate.trim();
  const endDate = input.endDate.trim();
  if (!startDate)
    violations.push({ field: 'startDate', message: 'Start date is required', code: 'required' });
  else if (!isCalendarDay(startDate))
    violations.push({
      field: 'startDate',
      message: 'Start date must be a date written YYYY-MM-DD',
      code: 'invalid_format',
    });
  if (endDate && !isCalendarDay(endDate))
    violations.push({
      field: 'endDate',
      message: 'End date must be a date written YYYY-MM-DD',
      code: 'invalid_format',
    });
  else if (endDate && isCalendarDay(startDate) && endDate < startDate)
    violations.push({
      field: 'endDate',
      message: 'End date cannot be before the start date',
      code: 'before_start',
    });
  if (
    !Number.isInteger(input.paymentTermDays) ||
    input.paymentTermDays < 0 ||
    input.paymentTermDays > MAX_PAYMENT_TERM_DAYS
  )
    violations.push({
      field: 'paymentTermDays',
      message: `Payment term must be between 0 and ${MAX_PAYMENT_TERM_DAYS} days`,
      code: 'invalid_value',
    });
  const notes = input.notes.trim();
  if (notes.length > MAX_NOTES_LENGTH)
    violations.push({
      field: 'notes',
      message: `Notes are at most ${MAX_NOTES_LENGTH} characters`,
      code: 'too_long',
    });
  if (input.lines.length === 0)
    violations.push({ field: 'lines', message: 'Add at least one line', code: 'too_small' });
  if (input.lines.length > MAX_LINES)
    violations.push({ field: 'lines', message: `At most ${MAX_LINES} lines`, code: 'too_big' });
  const lines = input.lines.map((line, index) => validateLine(line, `lines[${index}]`, violations));
  if (violations.length === 0 && periodTotalMinor(lines) > Number.MAX_SAFE_INTEGER)
    violations.push({ field: 'lines', message: 'The total is too large', code: 'too_big' });
  return {
    currency,
    lines,
    frequency: frequency as SubscriptionFrequency,
    startDate,
    endDate,
    paymentTermDays: input.paymentTermDays,
    notes,
  };
}

const refused = (violations: FieldViolation[]): DomainError =>
  DomainError.invalid('The subscription could not be saved: check the highlighted fields', violations);

/** A new subscription; its first period is its start date (in the past: issued at the next tick). */
export function newSubscription(
  input: SubscriptionInput,
  context: {
    id: string;
    tenantId: string;
    tenantName: string;
    clientId: string;
    clientName: string;
    createdBy: string;
    now: Date;
  },
): Subscription {
  const violations: FieldViolation[] = [];
  if (!context.clientId.trim())
    violations.push({ field: 'clientId', message: 'Choose the client', code: 'required' });
  const valid = validateSubscriptionInput(input, violations);
  if (violations.length > 0) throw refused(violations);
  return {
    id: context.id,
    tenantId: context.tenantId,
    tenantName: context.tenantName.trim(),
    clientId: context.clientId.trim(),
    clientName: context.clientName.trim(),
    ...valid,
    status: 'active',
    nextIssueDate: valid.startDate,
    totalMinor: periodTotalMinor(valid.lines),
    version: 1,
    createdAt: context.now,
    updatedAt: context.now,
    createdBy: context.createdBy,
  };
}

/**
 * An edit: applies to the periods not issued yet. The start date can move only while nothing was
 * issued (it anchors the periods already invoiced); after that the next issue day stays where it is.
 */
export function editedSubscription(
  subscription: Subscription,
  input: SubscriptionInput,
  context: { hasIssued: boolean; now: Date },
): Subscription {
  const violations: FieldViolation[] = [];
  if (subscription.status === 'cancelled' || subscription.status === 'ended')
    throw DomainError.precondition(`A ${subscription.status} subscription cannot be changed`);
  const valid = validateSubscriptionInput(input, violations);
  if (context.hasIssued && valid.startDate !== subscription.startDate)
    violations.push({
      field: 'startDate',
      message: 'The start date cannot change once a period was invoiced',
      code: 'invalid_value',
    });
  if (violations.length > 0) throw refused(violations);
  const nextIssueDate = context.hasIssued ? subscription.nextIssueDate : valid.startDate;
  if (valid.endDate && nextIssueDate && valid.endDate < nextIssueDate && context.hasIssued)
    throw refused([
      {
        field: 'endDate',
        message: `End date cannot be before the next issue day (${nextIssueDate})`,
        code: 'invalid_value',
      },
    ]);
  return {
    ...subscription,
    ...valid,
    nextIssueDate,
    totalMinor: periodTotalMinor(valid.lines),
    version: subscription.version + 1,
    updatedAt: context.now,
  };
}

export function pausedSubscription(subscription: Subscription, now: Date): Subscription {
  if (subscription.status !== 'active')
    throw DomainError.precondition(
      `Only an active subscription can be paused (it is ${subscription.status})`,
    );
  return { ...subscription, status: 'paused', version: subscription.version + 1, updatedAt: now };
}

/** Issuing goes on from the first issue day not yet past: periods that fell in the pause are not billed. */
export function resumedSubscription(subscription: Subscription, today: string, now: Date): Subscription {
  if (subscription.status !== 'paused')
    throw DomainError.precondition(
      `Only a paused subscription can be resumed (it is ${subscription.status})`,
    );
  let next = subscription.nextIssueDate;
  while (next && next < today) next = followingIssueDate(subscription, next);
  const ended = !next || !withinEnd(subscription, next);
  return {
    ...subscription,
    status: ended ? 'ended' : 'active',
    nextIssueDate: ended ? '' : next,
    version: subscription.version + 1,
    updatedAt: now,
  };
}

export function cancelledSubscription(subscription: Subscription, now: Date): Subscription {
  if (subscription.status === 'cancelled' || subscription.status === 'ended')
    throw DomainError.precondition(`The subscription is already ${subscription.status}`);
  return {
    ...subscription,
    status: 'cancelled',
    nextIssueDate: '',
    version: subscription.version + 1,
    updatedAt: now,
  };
}
