import { randomUUID } from 'node:crypto';
import { DomainError, FIELD_LIMITS } from '@client-portal/kit';

/** The filter groups of the timeline; each entry kind belongs to one. */
export const TIMELINE_CATEGORIES = [
  'client',
  'contact',
  'project',
  'invoice',
  'message',
  'portal',
  'note',
] as const;
export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

export type TimelineLinkType = '' | 'project' | 'invoice' | 'workspace' | 'contact';

/** One thing that happened with a client: derived from an event, or an internal note written by staff. */
export interface TimelineEntry {
  /** The event's id (with a suffix when one event gives several entries), or the note's own id. */
  id: string;
  tenantId: string;
  clientId: string;
  kind: string;
  category: TimelineCategory;
  /** The values the title is written with; the web app translates `kind` and fills these in. */
  params: Record<string, string>;
  actorId: string;
  actorName: string;
  occurredAt: Date;
  linkType: TimelineLinkType;
  linkId: string;
  /** Notes only. */
  body: string;
  editedAt: Date | null;
}

export const NOTE_MAX_LENGTH = FIELD_LIMITS.crm.timelineNote;

function checkedBody(body: string): string {
  const trimmed = body.trim();
  if (!trimmed)
    throw DomainError.invalid('Write something in the note', [
      { field: 'body', message: 'The note is empty', code: 'required' },
    ]);
  if (trimmed.length > NOTE_MAX_LENGTH)
    throw DomainError.invalid(`A note has at most ${NOTE_MAX_LENGTH} characters`, [
      { field: 'body', message: `At most ${NOTE_MAX_LENGTH} characters`, code: 'too_long' },
    ]);
  return trimmed;
}

export function newNote(
  input: { tenantId: string; clientId: string; body: string; authorId: string; authorName: string },
  now = new Date(),
): TimelineEntry {
  return {
    id: randomUUID(),
    tenantId: input.tenantId,
    clientId: input.clientId,
    kind: 'note',
    category: 'note',
    params: {},
    actorId: input.authorId,
    actorName: input.authorName,
    occurredAt: now,
    linkType: '',
    linkId: '',
    body: checkedBody(input.body),
    editedAt: null,
  };
}

/** The version a note editor holds: when it was last written. */
export function noteVersion(note: TimelineEntry): string {
  return (note.editedAt ?? note.occurredAt).toISOString();
}

export function editNote(note: TimelineEntry, body: string, now = new Date()): TimelineEntry {
  return { ...note, body: checkedBody(body), editedAt: now };
}

/** What crm keeps of a project from its `crm.project.changed` snapshots (never cost, time or margin). */
export interface ProjectSummary {
  id: string;
  tenantId: string;
  clientId: string;
  name: string;
  status: string;
  progress: number;
  startDate: string;
  dueDate: string;
  completedAt: string;
  contractValueMinor: number;
  currency: string;
  milestones: { milestoneId: string; name: string; dueDate: string; done: boolean }[];
  rating: { score: number; comment: string } | null;
  deleted: boolean;
  updatedAt: Date;
}

/** A timeline entry before it is tied to an event: what changed between two project snapshots. */
export interface ProjectChange {
  kind: string;
  params: Record<string, string>;
}

/**
 * What a new snapshot of a project says happened, compared with the previous one kept: created,
 * status changed (completed is its own kind), milestones done, rated. Nothing when nothing visible moved.
 */
export function projectChanges(previous: ProjectSummary | undefined, next: ProjectSummary): ProjectChange[] {
  const name = next.name;
  if (!previous) return [{ kind: 'project.created', params: { name, status: next.status } }];
  const changes: ProjectChange[] = [];
  if (previous.status !== next.status)
    changes.push(
      next.status === 'completed'
        ? { kind: 'project.completed', params: { name } }
        : { kind: 'project.status_changed', params: { name, from: previous.status, to: next.status } },
    );
  const wasDone = new Set(
    previous.milestones.filter((milestone) => milestone.done).map((m) => m.milestoneId),
  );
  for (const milestone of next.milestones)
    if (milestone.done && !wasDone.has(milestone.milestoneId))
      changes.push({ kind: 'milestone.done', params: { name, milestone: milestone.name } });
  if (!previous.rating && next.rating)
    changes.push({ kind: 'project.rated', params: { name, score: String(next.rating.score) } });
  return changes;
}

const DAY_MS = 86_400_000;

/** A calendar day (YYYY-MM-DD) as the UTC midnight instant. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

export interface ClientFigures {
  currency: string;
  totalValueMinor: number;
  projectCount: number;
  completedProjects: number;
  activeProjects: number;
  averageDurationDays: number;
  durationSample: number;
  satisfactionAverage: number;
  satisfactionCount: number;
  repeatProjects: number;
  invoicedMinor: number;
  invoiceCount: number;
  /** Every currency with projects or invoices, the main one first: never added across currencies. */
  byCurrency: { currency: string; totalValueMinor: number; invoicedMinor: number; invoiceCount: number }[];
}

/**
 * A client's figures from its projects and invoices. Amounts are per currency: the headline figures
 * (`totalValueMinor`, `invoicedMinor`) are in the main currency only, and `byCurrency` lists them all. Value excludes cancelled projects (a cancelled
 * contract is not earned); duration runs from the start date to the completion instant, in days.
 */
export function clientFigures(
  projects: ProjectSummary[],
  invoices: { totalMinor: number; currency: string }[],
): ClientFigures {
  const live = projects.filter((project) => !project.deleted);
  const counted = live.filter((project) => project.status !== 'cancelled');
  const completed = live.filter((project) => project.status === 'completed');
  const durations = completed
    .filter((project) => project.startDate && project.completedAt)
    .map((project) => (Date.parse(project.completedAt) - dayStart(project.startDate)) / DAY_MS)
    .filter((days) => Number.isFinite(days) && days >= 0);
  const ratings = live.flatMap((project) => (project.rating ? [project.rating.score] : []));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const currency = counted[0]?.currency ?? invoices[0]?.currency ?? 'EUR';
  const currencies = [
    ...new Set([
      currency,
      ...counted.map((project) => project.currency),
      ...invoices.map((invoice) => invoice.currency),
    ]),
  ];
  const byCurrency = currencies
    .map((code) => {
      const invoiced = invoices.filter((invoice) => invoice.currency === code);
      return {
        currency: code,
        totalValueMinor: sum(
          counted.filter((project) => project.currency === code).map((project) => project.contractValueMinor),
        ),
        invoicedMinor: sum(invoiced.map((invoice) => invoice.totalMinor)),
        invoiceCount: invoiced.length,
      };
    })
    // The main currency stays listed even when empty; others only when they hold something.
    .filter((entry) => entry.currency === currency || entry.totalValueMinor > 0 || entry.invoiceCount > 0);
  const main = byCurrency[0];
  return {
    currency,
    totalValueMinor: main?.totalValueMinor ?? 0,
    projectCount: live.length,
    completedProjects: completed.length,
    activeProjects: live.filter((project) => project.status === 'in-progress').length,
    averageDurationDays: durations.length ? round1(sum(durations) / durations.length) : 0,
    durationSample: durations.length,
    satisfactionAverage: ratings.length ? round1(sum(ratings) / ratings.length) : 0,
    satisfactionCount: ratings.length,
    repeatProjects: Math.max(0, live.length - 1),
    invoicedMinor: main?.invoicedMinor ?? 0,
    invoiceCount: invoices.length,
    byCurrency,
  };
}

/** Whether a project is late on `today`: its due date has passed and it is neither completed nor cancelled. */
export function isLate(project: ProjectSummary, today: string): boolean {
  return (
    !project.deleted &&
    project.dueDate !== '' &&
    project.dueDate < today &&
    project.status !== 'completed' &&
    project.status !== 'cancelled'
  );
}

/** Monday and Sunday of the ISO week holding `today` (UTC days). */
export function weekOf(today: string): { from: string; to: string } {
  const start = dayStart(today);
  const weekday = (new Date(start).getUTCDay() + 6) % 7;
  return {
    from: isoDay(new Date(start - weekday * DAY_MS)),
    to: isoDay(new Date(start + (6 - weekday) * DAY_MS)),
  };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function checkedMonth(month: string, today: string): string {
  if (!month) return today.slice(0, 7);
  if (!MONTH.test(month))
    throw DomainError.invalid('The month must be written YYYY-MM', [
      { field: 'month', message: 'Expected YYYY-MM', code: 'invalid_format' },
    ]);
  return month;
}

/** The twelve months ending with `today`'s, oldest first, as YYYY-MM. */
export function lastTwelveMonths(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: 12 }, (_unused, index) => {
    const date = new Date(Date.UTC(year, month - 11 + index, 1));
    return date.toISOString().slice(0, 7);
  });
}
