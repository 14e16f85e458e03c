/**
 * The portal's card form, checked before anything is sent. LOCAL/TEST MODE ONLY: card numbers never
 * leave the browser here; a known Stripe test card is mapped to its test PaymentMethod (pm_card_visa…),
 * which stripe-mock accepts. In production the card is collected by Stripe Elements (or Checkout) in
 * Stripe's own iframe and the portal only ever sees the PaymentMethod id (see docs/billing-payments.md).
 */

export interface CardInput {
  number: string;
  expiry: string;
  cvc: string;
}

export type CardField = keyof CardInput;
export type CardProblem =
  'required' | 'invalid_number' | 'invalid_expiry' | 'expired' | 'invalid_cvc' | 'unknown_test_card';

/** Stripe's documented test cards and the test PaymentMethod each stands for. */
export const TEST_CARDS: Record<string, string> = {
  '4242424242424242': 'pm_card_visa',
  '4000056655665556': 'pm_card_visa_debit',
  '5555555555554444': 'pm_card_mastercard',
  '378282246310005': 'pm_card_amex',
};

export const digitsOf = (text: string): string => text.replace(/[\s-]/g, '');

/** The Luhn checksum every card number carries. */
export function luhnValid(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let index = 0; index < number.length; index++) {
    let digit = Number(number[number.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** "4242424242424242" → "4242 4242 4242 4242", as people read it. */
export function groupDigits(text: string): string {
  return digitsOf(text)
    .slice(0, 19)
    .replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** Each field's problem (none = the card may be sent), `today` as YYYY-MM. */
export function checkCard(card: CardInput, today: string): Partial<Record<CardField, CardProblem>> {
  const problems: Partial<Record<CardField, CardProblem>> = {};
  const number = digitsOf(card.number);
  if (!number) problems.number = 'required';
  else if (!luhnValid(number)) problems.number = 'invalid_number';
  else if (!TEST_CARDS[number]) problems.number = 'unknown_test_card';
  const expiry = /^(\d{2})\s*\/\s*(\d{2})$/.exec(card.expiry.trim());
  if (!card.expiry.trim()) problems.expiry = 'required';
  else if (!expiry || Number(expiry[1]) < 1 || Number(expiry[1]) > 12) problems.expiry = 'invalid_expiry';
  else if (`20${expiry[2] ?? ''}-${expiry[1] ?? ''}` < today) problems.expiry = 'expired';
  const cvc = card.cvc.trim();
  const cvcLength = number.startsWith('34') || number.startsWith('37') ? 4 : 3;
  if (!cvc) problems.cvc = 'required';
  else if (!new RegExp(`^\\d{${cvcLength}}$`).test(cvc)) problems.cvc = 'invalid_cvc';
  return problems;
}

/** The test PaymentMethod a checked card stands for. */
export function testPaymentMethod(card: CardInput): string {
  return TEST_CARDS[digitsOf(card.number)] ?? '';
}
