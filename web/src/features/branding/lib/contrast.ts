/** WCAG 2.x contrast, as identity checks it (services/identity/src/domain/branding.ts): for live hints. */
function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export const MIN_CONTRAST = 4.5;

export function isHexColor(value: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(value.trim());
}

/** The ratio against white (1 to 21), or null for something that is not #RRGGBB. */
export function contrastWithWhite(hex: string): number | null {
  const value = hex.trim().toLowerCase();
  if (!isHexColor(value)) return null;
  return 1.05 / (luminance(value) + 0.05);
}

/** Two decimals, rounded down like the server, so a refused 4.499 never reads 4.50. */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}
