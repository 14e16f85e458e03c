import { describe, expect, it } from 'vitest';
import { dateLayout, datePattern, formatDateInput, parseDateInput } from './date-input';

describe('dates typed in the app’s language', () => {
  it('follows each locale’s order', () => {
    expect(datePattern(dateLayout('fr'), { day: 'jj', month: 'mm', year: 'aaaa' })).toBe('jj/mm/aaaa');
    expect(datePattern(dateLayout('en'), { day: 'dd', month: 'mm', year: 'yyyy' })).toBe('mm/dd/yyyy');
    expect(formatDateInput('2026-12-31', dateLayout('pt'))).toBe('31/12/2026');
    expect(formatDateInput('2026-12-31', dateLayout('en'))).toBe('12/31/2026');
  });

  it('reads what was typed with any separator, and refuses dates that do not exist', () => {
    const fr = dateLayout('fr');
    expect(parseDateInput('31/12/2026', fr)).toBe('2026-12-31');
    expect(parseDateInput(' 1.2.2027 ', fr)).toBe('2027-02-01');
    expect(parseDateInput('', fr)).toBe('');
    expect(parseDateInput('31/02/2026', fr)).toBeNull();
    expect(parseDateInput('12/31/2026', fr)).toBeNull();
    expect(parseDateInput('12/31/2026', dateLayout('en'))).toBe('2026-12-31');
    expect(parseDateInput('31/12/26', fr)).toBeNull();
    expect(parseDateInput('tomorrow', fr)).toBeNull();
  });
});
