import type { FieldViolation } from './errors.js';
import { checkMaxItems, checkMaxLength } from './field-limits.js';

describe('the limit checks', () => {
  it('names the field with too_long only past the limit', () => {
    const violations: FieldViolation[] = [];
    checkMaxLength(violations, 'name', 'x'.repeat(10), 10, 'Name');
    expect(violations).toEqual([]);
    checkMaxLength(violations, 'name', 'x'.repeat(11), 10, 'Name');
    expect(violations).toEqual([
      { field: 'name', code: 'too_long', message: 'Name is at most 10 characters' },
    ]);
  });

  it('names the list with too_big only past the limit', () => {
    const violations: FieldViolation[] = [];
    checkMaxItems(violations, 'lines', [1, 2], 2, 'lines');
    expect(violations).toEqual([]);
    checkMaxItems(violations, 'lines', [1, 2, 3], 2, 'lines');
    expect(violations).toEqual([{ field: 'lines', code: 'too_big', message: 'At most 2 lines' }]);
  });
});
