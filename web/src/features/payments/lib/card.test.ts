import { describe, expect, it } from 'vitest';
import { checkCard, groupDigits, luhnValid, testPaymentMethod } from './card';

describe('the portal card form (local test mode)', () => {
  it('accepts Stripe test card 4242… with a future expiry and maps it to pm_card_visa', () => {
    const card = { number: '4242 4242 4242 4242', expiry: '12/34', cvc: '123' };
    expect(checkCard(card, '2026-11')).toEqual({});
    expect(testPaymentMethod(card)).toBe('pm_card_visa');
  });

  it('names each field that is wrong', () => {
    expect(checkCard({ number: '4242 4242 4242 4241', expiry: '13/30', cvc: '12' }, '2026-11')).toEqual({
      number: 'invalid_number',
      expiry: 'invalid_expiry',
      cvc: 'invalid_cvc',
    });
    expect(checkCard({ number: '', expiry: '', cvc: '' }, '2026-11')).toEqual({
      number: 'required',
      expiry: 'required',
      cvc: 'required',
    });
    expect(checkCard({ number: '4242424242424242', expiry: '10/26', cvc: '123' }, '2026-11').expiry).toBe(
      'expired',
    );
    // A real (Luhn-valid) card that is not a test card is not sent anywhere in local mode.
    expect(checkCard({ number: '4012888888881881', expiry: '12/30', cvc: '123' }, '2026-11').number).toBe(
      'unknown_test_card',
    );
  });

  it('checks the Luhn digit and groups digits by four', () => {
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('1234567812345678')).toBe(false);
    expect(groupDigits('4242424242424242')).toBe('4242 4242 4242 4242');
  });
});
