import { DomainError } from '@client-portal/kit';
import { integerOf, withPublicFields } from './billing-fields.js';

const refusal = async (run: () => Promise<unknown>): Promise<DomainError> => {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('partner billing fields', () => {
  it("renames billing's violations to the public request's fields, keeping code, reason and messages", async () => {
    const error = await refusal(() =>
      withPublicFields(
        () =>
          Promise.reject(
            DomainError.invalid(
              'Check the payment',
              [
                { field: 'paidOn', message: 'future', code: 'too_big' },
                { field: 'allocations[1].documentId', message: 'twice', code: 'invalid_value' },
                { field: 'lines[0].unitPriceMinor', message: 'negative', code: 'too_small' },
                { field: 'currency', message: 'EUR', code: 'invalid_value' },
              ],
              'payment.invalid',
            ),
          ),
        { paid_on: 'paid_at', currency: 'amount.currency' },
      ),
    );
    expect(error).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'Check the payment',
      reason: 'payment.invalid',
    });
    expect(error.violations).toEqual([
      { field: 'paid_at', message: 'future', code: 'too_big' },
      { field: 'allocations[1].document_id', message: 'twice', code: 'invalid_value' },
      { field: 'lines[0].unit_price_minor', message: 'negative', code: 'too_small' },
      { field: 'amount.currency', message: 'EUR', code: 'invalid_value' },
    ]);
  });

  it('passes other errors and answers through unchanged', async () => {
    const missing = DomainError.notFound('Document', 'd1');
    expect(await refusal(() => withPublicFields(() => Promise.reject(missing)))).toBe(missing);
    expect(await withPublicFields(() => Promise.resolve(42))).toBe(42);
  });

  it('reads int64 inputs as safe integers or names the field', async () => {
    expect(integerOf('1500', 'lines[0].quantity_milli')).toBe(1500);
    expect(integerOf(undefined, 'x')).toBe(0);
    const error = await refusal(() =>
      Promise.resolve(integerOf('99999999999999999999', 'amount.amount_minor')),
    );
    expect(error.violations[0]?.field).toBe('amount.amount_minor');
  });
});
