import { describe, expect, it } from 'vitest';
import { brandProperties, mix } from './brand-colors';
import { contrastWithWhite, formatRatio } from './contrast';

describe('brand colours', () => {
  it('measures contrast against white as the server does', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(formatRatio(contrastWithWhite('#777777') ?? 0)).toBe('4.47');
    expect(formatRatio(contrastWithWhite('#FFD700') ?? 0)).toBe('1.40');
    expect(contrastWithWhite('blue')).toBeNull();
  });

  it('derives the shades the app uses from the primary colour', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(brandProperties({ primaryColor: '#0b5e55', accentColor: '#7a2e8f' })).toEqual({
      '--color-primary': '#0b5e55',
      '--color-primary-dark': '#094b44',
      '--color-primary-soft': '#e7efee',
      '--color-focus': '#094b44',
      '--color-accent': '#7a2e8f',
    });
    expect(brandProperties({ primaryColor: 'nope', accentColor: '' })).toEqual({});
  });
});
