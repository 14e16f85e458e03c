// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');

const variables = new Map(
  [...css.matchAll(/(--color-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [
    match[1] ?? '',
    match[2] ?? '',
  ]),
);

function resolve(value: string): string | undefined {
  const reference = /^var\((--[\w-]+)\)$/.exec(value.trim());
  return reference
    ? variables.get(reference[1] ?? '')
    : /^#[0-9a-f]{6}$/i.test(value.trim())
      ? value.trim()
      : undefined;
}

/** WCAG 2.x relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [red = 0, green = 0, blue = 0] = channels.map((channel) =>
    channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function contrast(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((left, right) => right - left);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('the focus ring', () => {
  it('is drawn with the focus colour on every focusable element', () => {
    expect(css).toMatch(/:focus-visible \{\s*outline: 3px solid var\(--color-focus\);/);
  });

  it('contrasts at least 3:1 with every background the stylesheet paints', () => {
    const focus = variables.get('--color-focus');
    expect(focus).toBeDefined();
    // Fills the ring is never drawn on: primary buttons (the ring sits 2px outside them, on the
    // surface around) and the live-status dot (not a control, nothing inside it).
    const notUnderTheRing = new Set([
      variables.get('--color-primary'),
      variables.get('--color-primary-dark'),
      '#b0b8c4',
      '#22a05a',
      '#e0a400',
    ]);
    const backgrounds = new Set(
      [...css.matchAll(/background(?:-color)?:\s*([^;]+);/g)].flatMap((match) => {
        const colour = resolve(match[1] ?? '');
        return colour && !notUnderTheRing.has(colour) ? [colour] : [];
      }),
    );
    // The page, the cards and each tinted surface (alerts, badges, active items) are among them.
    expect(backgrounds.size).toBeGreaterThan(8);
    for (const background of backgrounds)
      expect(contrast(focus ?? '', background), `focus on ${background}`).toBeGreaterThanOrEqual(3);
  });
});
