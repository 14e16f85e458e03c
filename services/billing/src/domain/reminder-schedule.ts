/**
 * The tenant's overdue-reminder schedule (issue 9): reminders go out a number of days after an
 * invoice's due date, once per step. Which step to send on a given day is decided here, without I/O.
 */
import { DomainError, type FieldViolation } from '@client-portal/kit';

export const DEFAULT_REMINDER_STEPS = [3, 7, 14] as const;
export const MAX_REMINDER_STEPS = 6;
export const MAX_REMINDER_STEP_DAYS = 365;

export interface ReminderSchedule {
  tenantId: string;
  enabled: boolean;
  /** Days after the due date, strictly ascending. */
  stepsDays: number[];
  /** 0: never saved (the default applies). */
  version: number;
  updatedAt: Date | null;
}

export function defaultReminderSchedule(tenantId: string): ReminderSchedule {
  return { tenantId, enabled: true, stepsDays: [...DEFAULT_REMINDER_STEPS], version: 0, updatedAt: null };
}

/** Checks the steps, naming the wrong one: 1 to 365 days, ascending, at most six. */
export function validatedSchedule(
  current: ReminderSchedule,
  input: { enabled: boolean; stepsDays: number[] },
  now: Date,
): ReminderSchedule {
  const violations: FieldViolation[] = [];
  const steps = input.stepsDays;
  if (steps.length === 0 && input.enabled)
    violations.push({ field: 'stepsDays', message: 'Add at least one step', code: 'too_small' });
  if (steps.length > MAX_REMINDER_STEPS)
    violations.push({
      field: 'stepsDays',
      message: `At most ${MAX_REMINDER_STEPS} steps`,
      code: 'too_big',
    });
  steps.forEach((step, index) => {
    const field = `stepsDays[${index}]`;
    if (!Number.isInteger(step) || step < 1 || step > MAX_REMINDER_STEP_DAYS)
      violations.push({
        field,
        message: `A step is between 1 and ${MAX_REMINDER_STEP_DAYS} days after the due date`,
        code: 'invalid_value',
      });
    else if (index > 0 && step <= (steps[index - 1] ?? 0))
      violations.push({ field, message: 'Steps must be in ascending order', code: 'not_ascending' });
  });
  if (violations.length > 0)
    throw DomainError.invalid('The reminder schedule could not be saved: check the steps', violations);
  return {
    tenantId: current.tenantId,
    enabled: input.enabled,
    stepsDays: [...steps],
    version: current.version + 1,
    updatedAt: now,
  };
}

/**
 * What to do for an invoice `daysOverdue` days past due: send the LATEST step reached, unless it was
 * already sent (or skipped); the older steps not yet done are skipped, so an invoice that was overdue
 * through downtime gets one reminder, not three at once.
 */
export function reminderDecision(
  stepsDays: readonly number[],
  daysOverdue: number,
  done: ReadonlySet<number>,
): { send: number | undefined; skip: number[] } {
  const reached = stepsDays.filter((step) => step <= daysOverdue);
  const latest = reached.at(-1);
  if (latest === undefined || done.has(latest)) return { send: undefined, skip: [] };
  return { send: latest, skip: reached.slice(0, -1).filter((step) => !done.has(step)) };
}
