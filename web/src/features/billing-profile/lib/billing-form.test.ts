import { describe, expect, it } from 'vitest';
import { basisPointsToPercent, groupIban, percentToBasisPoints } from './billing-form';

describe('billing settings form helpers', () => {
  it('reads a tax rate as people type it, in either decimal separator', () => {
    expect(percentToBasisPoints('20')).toBe(2000);
    expect(percentToBasisPoints('5,5')).toBe(550);
    expect(percentToBasisPoints(' 5.5 % ')).toBe(550);
    expect(percentToBasisPoints('0')).toBe(0);
    expect(percentToBasisPoints('100')).toBe(10_000);
    expect(percentToBasisPoints('100.01')).toBeNull();
    expect(percentToBasisPoints('-1')).toBeNull();
    expect(percentToBasisPoints('twenty')).toBeNull();
    expect(percentToBasisPoints('')).toBeNull();
  });

  it('shows a rate in the viewer’s locale and an IBAN in groups of four', () => {
    expect(basisPointsToPercent(550, 'fr')).toBe('5,5');
    expect(basisPointsToPercent(2000, 'en')).toBe('20');
    expect(groupIban('FR7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });
});
