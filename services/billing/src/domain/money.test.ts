import { formatMoney } from './money.js';

describe('formatMoney', () => {
  it("uses the currency's own decimals, exactly", () => {
    expect(formatMoney(123_450, 'EUR')).toBe('€1,234.50');
    expect(formatMoney(5, 'EUR')).toBe('€0.05');
    expect(formatMoney(1234, 'JPY')).toBe('JP¥1,234');
    expect(formatMoney(1_234_567, 'KWD')).toBe('KWD\u00a01,234.567');
    expect(formatMoney(-250, 'USD')).toBe('-US$2.50');
    expect(formatMoney(9_007_199_254_740_991, 'EUR')).toBe('€90,071,992,547,409.91');
  });
});
