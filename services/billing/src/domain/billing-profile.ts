/**
 * Who the documents are from and to (issue 9): the tenant's billing profile (the seller printed on
 * every document, its bank details, defaults and allowed tax rates) and each client's billing details
 * (the buyer, who receives the documents and in which language). Both are edited by people, so every
 * rule names the field it refuses.
 */
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';
import {
  DOCUMENT_LANGUAGES,
  type DocumentLanguage,
  type PartySnapshot,
  type PostalAddress,
} from './document.js';

export interface TaxRate {
  /** 2000 = 20 %. */
  basisPoints: number;
  /** How the rate is named on screens ("20 %", "TVA réduite 5,5 %"). */
  label: string;
}

export interface PaymentInstructions {
  bankName: string;
  /** Stored without spaces, upper case; printed in groups of four. */
  iban: string;
  bic: string;
  /** Anything else: "Pay by card from the portal", a reference to quote… */
  text: string;
}

export interface LogoInfo {
  contentType: LogoContentType;
  size: number;
  /** SHA-256 (hex) of the bytes: the web app's cache key, and proof of which logo a PDF printed. */
  sha256: string;
  uploadedAt: Date;
}

export const LOGO_CONTENT_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoContentType = (typeof LOGO_CONTENT_TYPES)[number];
export const MAX_LOGO_BYTES = 1024 * 1024;

export interface BillingProfile {
  tenantId: string;
  tradingName: string;
  legalName: string;
  address: PostalAddress;
  taxId: string;
  email: string;
  phone: string;
  website: string;
  payment: PaymentInstructions;
  /** Days between issue and due date on new invoices. */
  paymentTermDays: number;
  defaultNotes: string;
  defaultTerms: string;
  /** Printed at the bottom of every page. */
  footer: string;
  taxRates: TaxRate[];
  logo: LogoInfo | null;
  /** 0 while the tenant has never saved a profile (the defaults are shown). */
  version: number;
  updatedAt: Date | null;
  updatedBy: string;
}

/** What a person edits (the logo has its own upload). */
export type BillingProfileInput = Omit<
  BillingProfile,
  'tenantId' | 'logo' | 'version' | 'updatedAt' | 'updatedBy'
>;

export interface BillingRecipient {
  email: string;
  name: string;
}

export interface ClientBillingDetails {
  tenantId: string;
  clientId: string;
  legalName: string;
  address: PostalAddress;
  taxId: string;
  /** Who documents are e-mailed to; empty: the crm client's contacts decide (the documents slice). */
  recipients: BillingRecipient[];
  language: DocumentLanguage;
  version: number;
  updatedAt: Date | null;
  updatedBy: string;
}

export type ClientBillingDetailsInput = Pick<
  ClientBillingDetails,
  'legalName' | 'address' | 'taxId' | 'recipients' | 'language'
>;

export const DEFAULT_TAX_RATES: TaxRate[] = [
  { basisPoints: 0, label: '0 %' },
  { basisPoints: 2000, label: '20 %' },
];
export const DEFAULT_PAYMENT_TERM_DAYS = 30;
export const EMPTY_ADDRESS: PostalAddress = { street: '', postalCode: '', city: '', country: '' };

export function defaultBillingProfile(tenantId: string): BillingProfile {
  return {
    tenantId,
    tradingName: '',
    legalName: '',
    address: { ...EMPTY_ADDRESS },
    taxId: '',
    email: '',
    phone: '',
    website: '',
    payment: { bankName: '', iban: '', bic: '', text: '' },
    paymentTermDays: DEFAULT_PAYMENT_TERM_DAYS,
    defaultNotes: '',
    defaultTerms: '',
    footer: '',
    taxRates: DEFAULT_TAX_RATES.map((rate) => ({ ...rate })),
    logo: null,
    version: 0,
    updatedAt: null,
    updatedBy: '',
  };
}

export function defaultClientBillingDetails(tenantId: string, clientId: string): ClientBillingDetails {
  return {
    tenantId,
    clientId,
    legalName: '',
    address: { ...EMPTY_ADDRESS },
    taxId: '',
    recipients: [],
    language: 'en',
    version: 0,
    updatedAt: null,
    updatedBy: '',
  };
}

// ---------------------------------------------------------------------------------------------
// Validation: each rule names its field, so forms show the message next to it.

const LIMITS = {
  name: FIELD_LIMITS.billing.profileName,
  street: FIELD_LIMITS.billing.street,
  postalCode: FIELD_LIMITS.billing.postalCode,
  city: FIELD_LIMITS.billing.city,
  country: FIELD_LIMITS.billing.country,
  taxId: FIELD_LIMITS.billing.taxId,
  email: FIELD_LIMITS.billing.email,
  phone: FIELD_LIMITS.billing.phone,
  website: FIELD_LIMITS.billing.website,
  bankName: FIELD_LIMITS.billing.bankName,
  paymentText: FIELD_LIMITS.billing.paymentText,
  notes: FIELD_LIMITS.billing.profileNotes,
  footer: FIELD_LIMITS.billing.footer,
  taxRateLabel: FIELD_LIMITS.billing.taxRateLabel,
  taxRates: FIELD_LIMITS.billing.taxRates,
  recipients: FIELD_LIMITS.billing.billingRecipients,
  paymentTermDays: 365,
};

// Deliberately loose: one @, something on each side, a dot in the domain, no spaces. Mail servers
// are the judge of the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/\S*)?$/i;
const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;
const PHONE = /^[+()0-9 .\-/]*$/;

/** `FR76 3000…` → `FR763000…`: what is stored and checked. */
export function normalizeIban(iban: string): string {
  return iban.replace(/\s+/g, '').toUpperCase();
}

/** ISO 13616: the country's length is not checked (too many countries), the mod-97 checksum is. */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const digits = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** `FR7630006000011234567890189` → `FR76 3000 6000 0112 3456 7890 189`. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

class Violations {
  readonly list: FieldViolation[] = [];

  add(field: string, code: string, message: string): void {
    this.list.push({ field, code, message });
  }

  text(field: string, value: string, max: number, required = false): string {
    const trimmed = value.trim();
    if (required && !trimmed) this.add(field, 'required', 'This field is required');
    else if (trimmed.length > max) this.add(field, 'too_long', `At most ${max} characters`);
    return trimmed;
  }

  email(field: string, value: string, required = false): string {
    const trimmed = this.text(field, value, LIMITS.email, required);
    if (trimmed && trimmed.length <= LIMITS.email && !EMAIL.test(trimmed))
      this.add(field, 'invalid_format', 'Not a valid e-mail address');
    return trimmed;
  }

  address(prefix: string, address: PostalAddress): PostalAddress {
    return {
      street: this.text(`${prefix}.street`, address.street, LIMITS.street),
      postalCode: this.text(`${prefix}.postalCode`, address.postalCode, LIMITS.postalCode),
      city: this.text(`${prefix}.city`, address.city, LIMITS.city),
      country: this.text(`${prefix}.country`, address.country, LIMITS.country),
    };
  }

  throwIfAny(what: string): void {
    if (this.list.length > 0)
      throw DomainError.invalid(
        `The ${what} has ${this.list.length === 1 ? 'a field' : 'fields'} to correct: ${this.list
          .map((violation) => `${violation.field} (${violation.message})`)
          .join(', ')}`,
        this.list,
      );
  }
}

function validTaxRates(violations: Violations, rates: TaxRate[]): TaxRate[] {
  if (rates.length === 0) violations.add('taxRates', 'required', 'Keep at least one tax rate');
  if (rates.length > LIMITS.taxRates)
    violations.add('taxRates', 'too_big', `At most ${LIMITS.taxRates} tax rates`);
  const seen = new Set<number>();
  return rates.map((rate, index) => {
    const field = `taxRates[${index}]`;
    if (!Number.isInteger(rate.basisPoints) || rate.basisPoints < 0 || rate.basisPoints > 10_000)
      violations.add(
        `${field}.basisPoints`,
        'invalid_value',
        'A tax rate is between 0 and 10000 basis points (0 % to 100 %)',
      );
    else if (seen.has(rate.basisPoints))
      violations.add(`${field}.basisPoints`, 'duplicate', 'This tax rate is already in the list');
    seen.add(rate.basisPoints);
    const label = violations.text(`${field}.label`, rate.label, LIMITS.taxRateLabel, true);
    return { basisPoints: rate.basisPoints, label };
  });
}

/** The profile as it will be stored, or INVALID_ARGUMENT naming every field to correct. */
export function validBillingProfile(input: BillingProfileInput): BillingProfileInput {
  const v = new Violations();
  const iban = normalizeIban(input.payment.iban);
  if (iban && !isValidIban(iban))
    v.add('payment.iban', 'invalid_format', 'Not a valid IBAN (check the country code and checksum)');
  const bic = input.payment.bic.replace(/\s+/g, '').toUpperCase();
  if (bic && !BIC.test(bic)) v.add('payment.bic', 'invalid_format', 'Not a valid BIC (8 or 11 characters)');
  const phone = v.text('phone', input.phone, LIMITS.phone);
  if (phone && !PHONE.test(phone)) v.add('phone', 'invalid_format', 'Digits, spaces and + ( ) . - / only');
  const website = v.text('website', input.website, LIMITS.website);
  if (website && website.length <= LIMITS.website && !WEBSITE.test(website))
    v.add('website', 'invalid_format', 'Not a valid web address');
  if (
    !Number.isInteger(input.paymentTermDays) ||
    input.paymentTermDays < 0 ||
    input.paymentTermDays > LIMITS.paymentTermDays
  )
    v.add('paymentTermDays', 'invalid_value', `Between 0 and ${LIMITS.paymentTermDays} days`);
  const profile: BillingProfileInput = {
    tradingName: v.text('tradingName', input.tradingName, LIMITS.name, true),
    legalName: v.text('legalName', input.legalName, LIMITS.name),
    address: v.address('address', input.address),
    taxId: v.text('taxId', input.taxId, LIMITS.taxId),
    email: v.email('email', input.email),
    phone,
    website,
    payment: {
      bankName: v.text('payment.bankName', input.payment.bankName, LIMITS.bankName),
      iban,
      bic,
      text: v.text('payment.text', input.payment.text, LIMITS.paymentText),
    },
    paymentTermDays: input.paymentTermDays,
    defaultNotes: v.text('defaultNotes', input.defaultNotes, LIMITS.notes),
    defaultTerms: v.text('defaultTerms', input.defaultTerms, LIMITS.notes),
    footer: v.text('footer', input.footer, LIMITS.footer),
    taxRates: validTaxRates(v, input.taxRates),
  };
  v.throwIfAny('billing profile');
  profile.taxRates.sort((a, b) => a.basisPoints - b.basisPoints);
  return profile;
}

export function validClientBillingDetails(input: ClientBillingDetailsInput): ClientBillingDetailsInput {
  const v = new Violations();
  if (!(DOCUMENT_LANGUAGES as readonly string[]).includes(input.language))
    v.add('language', 'invalid_value', `One of ${DOCUMENT_LANGUAGES.join(', ')}`);
  if (input.recipients.length > LIMITS.recipients)
    v.add('recipients', 'too_big', `At most ${LIMITS.recipients} recipients`);
  const seen = new Set<string>();
  const recipients = input.recipients.map((recipient, index) => {
    const email = v.email(`recipients[${index}].email`, recipient.email, true);
    if (email && seen.has(email.toLowerCase()))
      v.add(`recipients[${index}].email`, 'duplicate', 'This address is already a recipient');
    seen.add(email.toLowerCase());
    return { email, name: v.text(`recipients[${index}].name`, recipient.name, LIMITS.name) };
  });
  const details: ClientBillingDetailsInput = {
    legalName: v.text('legalName', input.legalName, LIMITS.name),
    address: v.address('address', input.address),
    taxId: v.text('taxId', input.taxId, LIMITS.taxId),
    recipients,
    language: input.language,
  };
  v.throwIfAny('billing details');
  return details;
}

/**
 * The rates a document line may use: the documents slice refuses any other with this violation
 * (field `lines[<i>].taxRateBasisPoints`, code `unknown_tax_rate`).
 */
export function unknownTaxRateViolations(
  rates: readonly TaxRate[],
  lines: readonly { taxRateBasisPoints: number }[],
  fieldPrefix = 'lines',
): FieldViolation[] {
  const allowed = new Set(rates.map((rate) => rate.basisPoints));
  return lines.flatMap((line, index) =>
    allowed.has(line.taxRateBasisPoints)
      ? []
      : [
          {
            field: `${fieldPrefix}[${index}].taxRateBasisPoints`,
            code: 'unknown_tax_rate',
            message: `Unknown tax rate ${line.taxRateBasisPoints / 100} %: use one of ${rates
              .map((rate) => rate.label)
              .join(', ')}`,
          },
        ],
  );
}

/** What image the bytes are, from their signature (never the file name or the declared type). */
export function sniffLogoType(bytes: Uint8Array): LogoContentType | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((byte, index) => bytes[index] === byte)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

export function assertValidLogo(bytes: Uint8Array): LogoContentType {
  if (bytes.length === 0)
    throw DomainError.invalid('The logo is empty', [
      { field: 'logo', code: 'required', message: 'Choose a PNG or JPEG image' },
    ]);
  if (bytes.length > MAX_LOGO_BYTES)
    throw DomainError.invalid('The logo is larger than 1 MB', [
      { field: 'logo', code: 'too_big', message: 'At most 1 MB' },
    ]);
  const type = sniffLogoType(bytes);
  if (!type)
    throw DomainError.invalid('The logo must be a PNG or JPEG image', [
      { field: 'logo', code: 'invalid_format', message: 'Only PNG or JPEG images' },
    ]);
  return type;
}

/** The seller printed on a document: the profile, with the tenant's name where it says nothing. */
export function sellerParty(profile: BillingProfile, tenantName: string): PartySnapshot {
  const name = profile.tradingName || tenantName;
  return {
    name,
    legalName: profile.legalName || name,
    address: { ...profile.address },
    taxId: profile.taxId,
    email: profile.email,
    phone: profile.phone,
  };
}

/**
 * The buyer printed on a document: the details, falling back field by field to what crm knows (the
 * client's name and address, passed by the gateway).
 */
export function buyerParty(
  details: ClientBillingDetails,
  fallback: { name: string; address?: PostalAddress },
): PartySnapshot {
  const hasAddress = Object.values(details.address).some(Boolean);
  return {
    name: fallback.name,
    legalName: details.legalName || fallback.name,
    address: { ...(hasAddress ? details.address : (fallback.address ?? EMPTY_ADDRESS)) },
    taxId: details.taxId,
    email: details.recipients[0]?.email ?? '',
    phone: '',
  };
}
