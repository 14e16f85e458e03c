/**
 * The tenant's colours as the app's CSS custom properties (styles.css): the primary colour and the
 * shades derived from it (hover, soft background, focus ring), and the accent for links.
 */
export interface BrandLook {
  primaryColor: string;
  accentColor: string;
}

function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)) as [
    number,
    number,
    number,
  ];
}

function toHex(values: number[]): string {
  return `#${values
    .map((value) =>
      Math.round(Math.min(255, Math.max(0, value)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** `weight` of `hex` mixed with `other` (0..1). */
export function mix(hex: string, other: string, weight: number): string {
  const a = channels(hex);
  const b = channels(other);
  return toHex(a.map((value, index) => value * weight + (b[index] ?? 0) * (1 - weight)));
}

const HEX = /^#[0-9a-f]{6}$/i;

/** The custom properties to set for a look; an invalid colour leaves the app's own. */
export function brandProperties(look: BrandLook): Record<string, string> {
  const properties: Record<string, string> = {};
  if (HEX.test(look.primaryColor)) {
    properties['--color-primary'] = look.primaryColor;
    properties['--color-primary-dark'] = mix(look.primaryColor, '#000000', 0.8);
    properties['--color-primary-soft'] = mix(look.primaryColor, '#ffffff', 0.1);
    properties['--color-focus'] = mix(look.primaryColor, '#000000', 0.8);
  }
  if (HEX.test(look.accentColor)) properties['--color-accent'] = look.accentColor;
  return properties;
}

const APPLIED = [
  '--color-primary',
  '--color-primary-dark',
  '--color-primary-soft',
  '--color-focus',
  '--color-accent',
];

/** Sets (or with null, removes) the look on an element, the document's root by default. */
export function applyBrandLook(
  look: BrandLook | null,
  element: HTMLElement = document.documentElement,
): void {
  for (const name of APPLIED) element.style.removeProperty(name);
  if (!look) return;
  for (const [name, value] of Object.entries(brandProperties(look))) element.style.setProperty(name, value);
}
