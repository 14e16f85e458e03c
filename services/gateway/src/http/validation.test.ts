import { z } from 'zod';
import { DomainError } from '@client-portal/kit';
import { parseRequestPart } from './validation.js';

const body = z.object({
  name: z.string(),
  email: z.email(),
  nickname: z.string().min(2).max(5),
  role: z.enum(['a', 'b']),
  lines: z.array(z.object({ quantity: z.number().int() })).min(1),
});

function violationsOf(value: unknown) {
  try {
    parseRequestPart(body, value, 'body');
  } catch (error) {
    if (error instanceof DomainError) return { error, violations: error.violations };
    throw error;
  }
  throw new Error('expected the body to be refused');
}

describe('request parts parsed with their schema', () => {
  it('turns each zod issue into a field violation with a stable machine code', () => {
    const { error, violations } = violationsOf({
      email: 'nope',
      nickname: 'far too long',
      role: 'c',
      lines: [{ quantity: 'x' }],
    });
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.reason).toBe('request.invalid_body');
    expect(violations.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'name', code: 'required' },
      { field: 'email', code: 'invalid_format' },
      { field: 'nickname', code: 'too_long' },
      { field: 'role', code: 'invalid_value' },
      { field: 'lines.0.quantity', code: 'invalid_type' },
    ]);
  });

  it('tells too short from too small', () => {
    const { violations } = violationsOf({ name: 'n', email: 'a@b.co', nickname: 'x', role: 'a', lines: [] });
    expect(violations.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'nickname', code: 'too_short' },
      { field: 'lines', code: 'too_small' },
    ]);
  });

  it('names the whole part when the value is not an object at all', () => {
    const { violations } = violationsOf('text');
    expect(violations).toEqual([expect.objectContaining({ field: '(body)', code: 'invalid_type' })]);
  });

  it('returns the parsed value when it fits', () => {
    expect(
      parseRequestPart(
        body,
        { name: 'n', email: 'a@b.co', nickname: 'xy', role: 'a', lines: [{ quantity: 1 }] },
        'body',
      ),
    ).toMatchObject({ name: 'n' });
  });
});
