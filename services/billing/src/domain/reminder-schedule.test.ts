import { DomainError } from '@client-portal/kit';
import { defaultReminderSchedule, reminderDecision, validatedSchedule } from './reminder-schedule.js';

describe('overdue reminder steps', () => {
  it('sends the latest step reached and skips the older ones not done (no burst after downtime)', () => {
    expect(reminderDecision([3, 7, 14], 2, new Set())).toEqual({ send: undefined, skip: [] });
    expect(reminderDecision([3, 7, 14], 3, new Set())).toEqual({ send: 3, skip: [] });
    expect(reminderDecision([3, 7, 14], 15, new Set())).toEqual({ send: 14, skip: [3, 7] });
    expect(reminderDecision([3, 7, 14], 9, new Set([3]))).toEqual({ send: 7, skip: [] });
    expect(reminderDecision([3, 7, 14], 9, new Set([7]))).toEqual({ send: undefined, skip: [] });
  });

  it('validates the schedule: 1 to 365 days, ascending, at most six steps', () => {
    const current = defaultReminderSchedule('t1');
    const now = new Date();
    expect(validatedSchedule(current, { enabled: true, stepsDays: [1, 30, 365] }, now)).toMatchObject({
      stepsDays: [1, 30, 365],
      version: 1,
    });
    const refusal = (stepsDays: number[]) => {
      try {
        validatedSchedule(current, { enabled: true, stepsDays }, now);
      } catch (error) {
        if (error instanceof DomainError)
          return error.violations.map((violation) => `${violation.field}:${violation.code ?? ''}`);
      }
      return [];
    };
    expect(refusal([0, 400])).toEqual(['stepsDays[0]:invalid_value', 'stepsDays[1]:invalid_value']);
    expect(refusal([7, 3])).toEqual(['stepsDays[1]:not_ascending']);
    expect(refusal([1, 2, 3, 4, 5, 6, 7])).toEqual(['stepsDays:too_big']);
    expect(refusal([])).toEqual(['stepsDays:too_small']);
  });
});
