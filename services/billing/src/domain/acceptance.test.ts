import { DomainError } from '@client-portal/kit';
import {
  answerRefusal,
  checkAnswerInput,
  checkPeriod,
  evidenceId,
  periodRange,
  sha256Hex,
} from './acceptance.js';

describe('quote answers: the rules', () => {
  const quote = { kind: 'quote' as const, status: 'issued' as const, dueDate: '2026-12-31' };

  it('lets an issued quote be answered up to and including its valid-until day', () => {
    expect(answerRefusal(quote, '2026-12-31')).toBeUndefined();
    expect(answerRefusal(quote, '2027-01-01')?.reason).toBe('quote.expired');
    expect(answerRefusal({ ...quote, dueDate: '' }, '2030-01-01')).toBeUndefined();
  });

  it('names the rule that refuses an answer', () => {
    expect(answerRefusal({ ...quote, status: 'accepted' }, '2026-01-01')?.reason).toBe(
      'quote.already_answered',
    );
    expect(answerRefusal({ ...quote, status: 'rejected' }, '2026-01-01')?.reason).toBe(
      'quote.already_answered',
    );
    expect(answerRefusal({ ...quote, status: 'void' }, '2026-01-01')?.reason).toBe('quote.void');
    expect(answerRefusal({ ...quote, status: 'draft' }, '2026-01-01')?.reason).toBe('quote.not_issued');
    expect(answerRefusal({ ...quote, kind: 'invoice' }, '2026-01-01')?.reason).toBe('quote.not_a_quote');
  });

  it('requires the typed name and bounds the comment, naming the field', () => {
    expect(checkAnswerInput({ signerName: '  Grace   Hopper ', comment: ' ok ' })).toEqual({
      signerName: 'Grace Hopper',
      comment: 'ok',
    });
    const violations = (input: { signerName: string; comment: string }) => {
      try {
        checkAnswerInput(input);
        return [];
      } catch (error) {
        return (error as DomainError).violations.map((violation) => [violation.field, violation.code]);
      }
    };
    expect(violations({ signerName: ' ', comment: '' })).toEqual([['signerName', 'required']]);
    expect(violations({ signerName: 'x'.repeat(201), comment: 'y'.repeat(2001) })).toEqual([
      ['signerName', 'too_long'],
      ['comment', 'too_long'],
    ]);
  });

  it('claims one answer per revision and hashes the bytes', () => {
    expect(evidenceId('q1', 3)).toBe('q1|3');
    expect(sha256Hex(Buffer.from('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('turns a year and quarter into an issue-date range', () => {
    expect(periodRange(0, 0)).toBeUndefined();
    expect(periodRange(2026, 0)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodRange(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodRange(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodRange(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(() => {
      checkPeriod(2026, 5);
    }).toThrow(DomainError);
    expect(() => {
      checkPeriod(0, 2);
    }).toThrow('The filter is not valid');
  });
});
