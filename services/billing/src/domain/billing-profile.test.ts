import { DomainError } from '@client-portal/kit';
import {
  assertValidLogo,
  buyerParty,
  defaultBillingProfile,
  defaultClientBillingDetails,
  formatIban,
  isValidIban,
  normalizeIban,
  sellerParty,
  sniffLogoType,
  unknownTaxRateViolations,
  validBillingProfile,
} from './billing-profile.js';

const violationsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.violations.map((v) => `${v.field}:${v.code ?? ''}`);
    throw error;
  }
  return [];
};

describe('billing profile rules', () => {
  it('checks IBANs by their mod-97 checksum, whatever the spacing and case', () => {
    expect(isValidIban(normalizeIban('fr76 3000 6000 0112 3456 7890 189'))).toBe(true);
    expect(isValidIban(normalizeIban('GB82 WEST 1234 5698 7654 32'))).toBe(true);
    expect(isValidIban(normalizeIban('DE89 3704 0044 0532 0130 00'))).toBe(true);
    expect(isValidIban(normalizeIban('FR76 3000 6000 0112 3456 7890 188'))).toBe(false);
    expect(isValidIban('FR7630006')).toBe(false);
    expect(formatIban('FR7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });

  it('names each field it refuses', () => {
    const base = { ...defaultBillingProfile('t'), tradingName: 'Acme' };
    expect(violationsOf(() => validBillingProfile(base))).toEqual([]);
    expect(
      violationsOf(() =>
        validBillingProfile({
          ...base,
          tradingName: ' ',
          address: { ...base.address, postalCode: '1'.repeat(21) },
          phone: 'call me',
          taxRates: [],
        }),
      ).sort(),
    ).toEqual([
      'address.postalCode:too_long',
      'phone:invalid_format',
      'taxRates:required',
      'tradingName:required',
    ]);
  });

  it('refuses a line whose tax rate the tenant does not use', () => {
    const rates = defaultBillingProfile('t').taxRates;
    const violations = unknownTaxRateViolations(rates, [
      { taxRateBasisPoints: 2000 },
      { taxRateBasisPoints: 550 },
    ]);
    expect(violations).toEqual([
      expect.objectContaining({ field: 'lines[1].taxRateBasisPoints', code: 'unknown_tax_rate' }),
    ]);
  });

  it('recognises PNG and JPEG from their bytes only', () => {
    expect(sniffLogoType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffLogoType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffLogoType(Buffer.from('GIF89a'))).toBeUndefined();
    expect(violationsOf(() => assertValidLogo(Buffer.from('<svg/>')))).toEqual(['logo:invalid_format']);
    expect(violationsOf(() => assertValidLogo(Buffer.alloc(0)))).toEqual(['logo:required']);
  });

  it('prints the tenant and crm names and address where the profile and details say nothing', () => {
    expect(sellerParty(defaultBillingProfile('t'), 'Acme')).toMatchObject({
      name: 'Acme',
      legalName: 'Acme',
    });
    const crmAddress = { street: '1 Main St', postalCode: '10001', city: 'New York', country: 'USA' };
    const empty = defaultClientBillingDetails('t', 'c');
    expect(buyerParty(empty, { name: 'Globex', address: crmAddress })).toMatchObject({
      name: 'Globex',
      legalName: 'Globex',
      address: crmAddress,
    });
    const filled = {
      ...empty,
      legalName: 'Globex Ελληνικά Α.Ε.',
      address: { street: 'Ερμού 1', postalCode: '105 63', city: 'Αθήνα', country: 'Ελλάδα' },
      recipients: [{ email: 'a@globex.test', name: 'A' }],
    };
    expect(buyerParty(filled, { name: 'Globex', address: crmAddress })).toMatchObject({
      legalName: 'Globex Ελληνικά Α.Ε.',
      address: { city: 'Αθήνα' },
      email: 'a@globex.test',
    });
  });
});
