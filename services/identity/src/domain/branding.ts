/**
 * A tenant's branding (issue 10): the portal's name, logo, colours, default language and sub-domain.
 * Staff with portal.configure change it; everybody of the tenant reads it; a public projection (name,
 * logo, colours, language: nothing else) serves the public portal page, the login theme and e-mails.
 * Every rule names the field it refuses, and the colour rules name the measured contrast ratio.
 */
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';
import { LANGUAGES, type Language } from './tenant.js';

export const LOGO_CONTENT_TYPES = ['image/png', 'image/jpeg'] as const;
export type BrandingLogoContentType = (typeof LOGO_CONTENT_TYPES)[number];
/** Logos are shown on every page and e-mail: small enough to sit in the database next to the branding. */
export const MAX_LOGO_BYTES = 512 * 1024;
export const MAX_PORTAL_NAME = FIELD_LIMITS.identity.portalName;
/** The display name of the From header: a person reads it in their inbox list. */
export const MAX_SENDER_NAME = FIELD_LIMITS.identity.senderName;
/** RFC 5321's limit on an address's length. */
export const MAX_REPLY_TO = FIELD_LIMITS.identity.replyTo;
/** WCAG 2.x level AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** The web app's own colours (styles.css): what a tenant that never chose shows. */
export const DEFAULT_PRIMARY_COLOR = '#2557d6';
export const DEFAULT_ACCENT_COLOR = '#1c44a8';

/**
 * Names a platform keeps for itself or that would mislead a client (a phishing-looking `login.`):
 * never claimable as a tenant's sub-domain.
 */
export const RESERVED_SUBDOMAINS: ReadonlySet<string> = new Set([
  'www',
  'api',
  'app',
  'admin',
  'auth',
  'login',
  'logout',
  'signin',
  'signup',
  'portal',
  'mail',
  'email',
  'smtp',
  'imap',
  'pop',
  'ftp',
  'static',
  'assets',
  'cdn',
  'media',
  'files',
  'img',
  'keycloak',
  'sso',
  'id',
  'account',
  'accounts',
  'billing',
  'pay',
  'payments',
  'status',
  'help',
  'support',
  'docs',
  'blog',
  'dev',
  'test',
  'staging',
  'demo',
  'localhost',
  'root',
  'system',
  'internal',
  'ns1',
  'ns2',
  'mx',
]);

export interface BrandingLogoInfo {
  contentType: BrandingLogoContentType;
  size: number;
  sha256: string;
  uploadedAt: Date;
}

export interface Branding {
  tenantId: string;
  /** Empty: the tenant's name is shown. */
  portalName: string;
  primaryColor: string;
  accentColor: string;
  defaultLanguage: Language;
  /** Empty: none claimed. */
  subdomain: string;
  /** The From name of the tenant's e-mails (issue 12); empty: the portal's name. */
  senderName: string;
  /** Where answers to the tenant's e-mails go (issue 12); empty: no Reply-To (the platform's no-reply sender). */
  replyTo: string;
  logo: BrandingLogoInfo | null;
  /** 0 while the tenant has never saved its branding (the defaults are shown). */
  version: number;
  updatedAt: Date | null;
  updatedBy: string;
}

export interface BrandingInput {
  portalName: string;
  primaryColor: string;
  accentColor: string;
  defaultLanguage: string;
  subdomain: string;
  senderName: string;
  replyTo: string;
}

export function defaultBranding(tenantId: string, defaultLanguage: Language): Branding {
  return {
    tenantId,
    portalName: '',
    primaryColor: DEFAULT_PRIMARY_COLOR,
    accentColor: DEFAULT_ACCENT_COLOR,
    defaultLanguage,
    subdomain: '',
    senderName: '',
    replyTo: '',
    logo: null,
    version: 0,
    updatedAt: null,
    updatedBy: '',
  };
}

// ---------------------------------------------------------------------------------------------
// Colours and contrast (WCAG 2.1 relative luminance and contrast ratio).

const HEX_COLOR = /^#[0-9a-f]{6}$/;

/** `#RRGGBB`, any case, surrounding spaces ignored; stored lower case. */
export function normalizeColor(value: string): string {
  return value.trim().toLowerCase();
}

export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value);
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const r = Number.parseInt(hex.slice(1, 3), 16);
  const g = Number.parseInt(hex.slice(3, 5), 16);
  const b = Number.parseInt(hex.slice(5, 7), 16);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const a = relativeLuminance(first);
  const b = relativeLuminance(second);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Ratios are shown with two decimals, rounded DOWN so that a refused 4.499 never reads "4.50". */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}

function checkColor(
  field: 'primaryColor' | 'accentColor',
  value: string,
  rule: string,
  violations: FieldViolation[],
): void {
  if (!value) {
    violations.push({ field, code: 'required', message: 'Choose a colour (#RRGGBB)' });
    return;
  }
  if (!isHexColor(value)) {
    violations.push({ field, code: 'invalid_format', message: 'A colour is written #RRGGBB (e.g. #2557d6)' });
    return;
  }
  const ratio = contrastRatio(value, '#ffffff');
  if (ratio < MIN_CONTRAST)
    violations.push({
      field,
      code: 'contrast_too_low',
      message: `${rule}: the contrast ratio is ${formatRatio(ratio)}:1, WCAG AA needs at least ${MIN_CONTRAST}:1`,
    });
}

// ---------------------------------------------------------------------------------------------
// Sub-domains.

const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export type SubdomainProblem = 'too_short' | 'too_long' | 'invalid_format' | 'reserved';

/** Why a label cannot be a sub-domain (before asking whether it is free), or undefined when it can. */
export function subdomainProblem(label: string): { code: SubdomainProblem; message: string } | undefined {
  if (label.length < 3) return { code: 'too_short', message: 'A sub-domain is at least 3 characters' };
  if (label.length > 63) return { code: 'too_long', message: 'A sub-domain is at most 63 characters' };
  if (!DNS_LABEL.test(label))
    return {
      code: 'invalid_format',
      message: 'A sub-domain is lowercase letters, digits and hyphens, not starting or ending with a hyphen',
    };
  if (label.slice(2, 4) === '--')
    // "xn--" and friends are punycode/reserved forms in DNS.
    return { code: 'invalid_format', message: 'A sub-domain cannot have hyphens in its 3rd and 4th places' };
  if (RESERVED_SUBDOMAINS.has(label)) return { code: 'reserved', message: `“${label}” is reserved` };
  return undefined;
}

export function normalizeSubdomain(value: string): string {
  return value.trim().toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// The whole input.

export interface CheckedBranding {
  portalName: string;
  primaryColor: string;
  accentColor: string;
  defaultLanguage: Language;
  subdomain: string;
  senderName: string;
  replyTo: string;
}

// A deliberately plain address check: one @, no spaces or angle brackets, a dot in the domain. The
// relay is the judge of deliverability; this only keeps typos and header tricks out.
const EMAIL_ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
// Control characters would let a name break out of the From header.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

function checkSender(senderName: string, replyTo: string, violations: FieldViolation[]): void {
  if (senderName.length > MAX_SENDER_NAME)
    violations.push({
      field: 'senderName',
      code: 'too_long',
      message: `At most ${MAX_SENDER_NAME} characters`,
    });
  else if (CONTROL_CHARACTERS.test(senderName) || /[<>"]/.test(senderName))
    violations.push({
      field: 'senderName',
      code: 'invalid_format',
      message: 'A sender name has no line breaks, quotes or angle brackets',
    });
  if (replyTo.length > MAX_REPLY_TO)
    violations.push({ field: 'replyTo', code: 'too_long', message: `At most ${MAX_REPLY_TO} characters` });
  else if (replyTo && !EMAIL_ADDRESS.test(replyTo))
    violations.push({
      field: 'replyTo',
      code: 'invalid_format',
      message: 'An e-mail address, e.g. hello@agency.com',
    });
}

/** Checks what a person entered, naming every bad field at once. */
export function checkBrandingInput(input: BrandingInput): CheckedBranding {
  const violations: FieldViolation[] = [];
  const portalName = input.portalName.trim();
  const primaryColor = normalizeColor(input.primaryColor);
  const accentColor = normalizeColor(input.accentColor);
  const defaultLanguage = input.defaultLanguage.trim().toLowerCase();
  const subdomain = normalizeSubdomain(input.subdomain);
  const senderName = input.senderName.trim();
  const replyTo = input.replyTo.trim().toLowerCase();
  if (portalName.length > MAX_PORTAL_NAME)
    violations.push({
      field: 'portalName',
      code: 'too_long',
      message: `At most ${MAX_PORTAL_NAME} characters`,
    });
  checkColor('primaryColor', primaryColor, 'White text on the primary colour', violations);
  checkColor('accentColor', accentColor, 'The accent colour on white', violations);
  if (!(LANGUAGES as readonly string[]).includes(defaultLanguage))
    violations.push({
      field: 'defaultLanguage',
      code: 'invalid_value',
      message: `One of ${LANGUAGES.join(', ')}`,
    });
  if (subdomain) {
    const problem = subdomainProblem(subdomain);
    if (problem) violations.push({ field: 'subdomain', ...problem });
  }
  checkSender(senderName, replyTo, violations);
  if (violations.length > 0)
    throw DomainError.invalid('The branding was not saved: check the highlighted fields', violations);
  return {
    portalName,
    primaryColor,
    accentColor,
    defaultLanguage: defaultLanguage as Language,
    subdomain,
    senderName,
    replyTo,
  };
}

export function subdomainTaken(label: string): DomainError {
  return new DomainError(
    'ALREADY_EXISTS',
    `The sub-domain “${label}” is already taken`,
    [{ field: 'subdomain', code: 'taken', message: `“${label}” is already taken` }],
    'branding.subdomain_taken',
  );
}

// ---------------------------------------------------------------------------------------------
// The logo.

/** The type the bytes say they are (magic numbers), never the name or the declared type. */
export function sniffLogoType(bytes: Uint8Array): BrandingLogoContentType | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((byte, index) => bytes[index] === byte)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

export function assertValidLogo(bytes: Uint8Array): BrandingLogoContentType {
  if (bytes.length === 0)
    throw DomainError.invalid('The logo is empty', [
      { field: 'logo', code: 'required', message: 'Choose a PNG or JPEG image' },
    ]);
  if (bytes.length > MAX_LOGO_BYTES)
    throw DomainError.invalid('The logo is larger than 512 KB', [
      { field: 'logo', code: 'too_big', message: 'At most 512 KB' },
    ]);
  const type = sniffLogoType(bytes);
  if (!type)
    throw DomainError.invalid('The logo must be a PNG or JPEG image', [
      {
        field: 'logo',
        code: 'invalid_format',
        message: 'Only PNG or JPEG images (recognised from the bytes)',
      },
    ]);
  return type;
}
