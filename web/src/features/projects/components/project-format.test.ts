import { describe, expect, it } from 'vitest';
import { formatMinutes, isLate, isProjectLate, parseDuration, today } from './project-format';

describe('project time formats', () => {
  it('reads durations as people type them', () => {
    expect(parseDuration('90')).toBe(90);
    expect(parseDuration('45 min')).toBe(45);
    expect(parseDuration('1.5h')).toBe(90);
    expect(parseDuration('1,25 h')).toBe(75);
    expect(parseDuration('1:30')).toBe(90);
    expect(parseDuration('2h15')).toBe(135);
    for (const bad of ['', '0', 'abc', '-5', '1.01h', '1:']) expect(parseDuration(bad)).toBeNull();
  });

  it('formats minutes as hours and minutes', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(95)).toBe('1 h 35');
  });

  it('calls late what is past due and not done', () => {
    const now = new Date('2026-03-10T12:00:00');
    expect(today(now)).toBe('2026-03-10');
    expect(isLate('2026-03-09', false, now)).toBe(true);
    expect(isLate('2026-03-09', true, now)).toBe(false);
    expect(isLate('2026-03-10', false, now)).toBe(false);
    expect(isLate('', false, now)).toBe(false);
    expect(isProjectLate({ dueDate: '2026-03-01', status: 'in-progress' }, now)).toBe(true);
    expect(isProjectLate({ dueDate: '2026-03-01', status: 'completed' }, now)).toBe(false);
  });
});
