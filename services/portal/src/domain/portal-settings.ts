import { randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';

/**
 * The tenant's portal settings (issue 10): the call-to-action buttons on the client home, the hosts
 * embeds may come from, and the file rules. Staff configuration: never sent to a client user as such
 * (the client home receives the buttons only).
 */
export const CALL_TO_ACTION_KINDS = ['payments', 'documents', 'contact', 'booking', 'link'] as const;
export type CallToActionKind = (typeof CALL_TO_ACTION_KINDS)[number];

export interface CallToAction {
  id: string;
  kind: CallToActionKind;
  /** Empty: the web app's translated label for the kind. */
  label: string;
  /** https URL for `booking` and `link`; empty for the kinds that lead inside the portal. */
  url: string;
}

export interface PortalSettings {
  tenantId: string;
  callsToAction: CallToAction[];
  /** Host names (e.g. `www.youtube.com`, `*.figma.com`) an embed URL must match; empty: no embeds. */
  embedAllowList: string[];
  /** Largest file a workspace accepts, in bytes. */
  maxFileBytes: number;
  /** Sniffed content types refused on upload (e.g. `application/x-msdownload`). */
  blockedFileTypes: string[];
  version: number;
  updatedAt: Date | null;
}

export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;

/** What a tenant that never saved its settings gets. */
export function defaultPortalSettings(tenantId: string): PortalSettings {
  return {
    tenantId,
    callsToAction: [
      { id: 'payments', kind: 'payments', label: '', url: '' },
      { id: 'documents', kind: 'documents', label: '', url: '' },
      { id: 'contact', kind: 'contact', label: '', url: '' },
    ],
    embedAllowList: [],
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    blockedFileTypes: ['application/x-msdownload', 'application/x-executable', 'application/x-sh'],
    version: 0,
    updatedAt: null,
  };
}

export const MAX_CALLS_TO_ACTION = FIELD_LIMITS.portal.callsToAction;
export const MAX_CALL_TO_ACTION_LABEL = FIELD_LIMITS.portal.callToActionLabel;
export const MAX_EMBED_HOSTS = FIELD_LIMITS.portal.embedHosts;
export const MIN_MAX_FILE_BYTES = 1024 * 1024;
export const MAX_MAX_FILE_BYTES = 5 * 1024 * 1024 * 1024;

/**
 * Content types a tenant may block: the ones the upload sniffer can tell apart, plus the usual
 * executables and scripts. A type outside this list could never match a sniffed upload, so blocking it
 * would give a false sense of safety: it is refused instead.
 */
export const KNOWN_FILE_TYPES = [
  'application/pdf',
  'application/zip',
  'application/gzip',
  'application/x-7z-compressed',
  'application/x-rar-compressed',
  'application/x-tar',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/json',
  'application/xml',
  'application/rtf',
  'application/x-msdownload',
  'application/x-executable',
  'application/x-mach-binary',
  'application/x-sh',
  'application/x-msi',
  'application/java-archive',
  'application/vnd.android.package-archive',
  'application/x-apple-diskimage',
  'application/octet-stream',
  'text/plain',
  'text/csv',
  'text/html',
  'text/javascript',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/svg+xml',
  'image/tiff',
  'image/bmp',
  'image/heic',
  'audio/mpeg',
  'audio/wav',
  'audio/ogg',
  'video/mp4',
  'video/quicktime',
  'video/webm',
  'video/x-msvideo',
  'font/woff',
  'font/woff2',
] as const;

export interface PortalSettingsInput {
  callsToAction: { id: string; kind: string; label: string; url: string }[];
  embedAllowList: string[];
  maxFileBytes: number;
  blockedFileTypes: string[];
}

/** Kinds whose button leaves the portal: they need where to. */
const KINDS_WITH_URL: readonly CallToActionKind[] = ['booking', 'link'];

/** A DNS host name (labels of letters, digits and inner hyphens, a dotted name), optionally `*.` first. */
const DNS_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function isAllowListHost(value: string): boolean {
  const host = value.startsWith('*.') ? value.slice(2) : value;
  if (host.length === 0 || host.length > 253) return false;
  const labels = host.split('.');
  // A bare top-level name ("com", "*.com") would allow half the web.
  if (labels.length < 2) return false;
  return labels.every((label) => DNS_LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1] ?? '');
}

function httpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * The tenant's new settings from staff input, or every field that is wrong (the field path names the
 * row: `callsToAction[2].url`, `embedAllowList[0]`). Host names and types are normalised to lower case;
 * duplicates are dropped.
 */
export function validatePortalSettings(
  current: PortalSettings,
  input: PortalSettingsInput,
  now = new Date(),
): PortalSettings {
  const violations: FieldViolation[] = [];
  const callsToAction: CallToAction[] = [];
  if (input.callsToAction.length > MAX_CALLS_TO_ACTION)
    violations.push({
      field: 'callsToAction',
      code: 'too_big',
      message: `At most ${MAX_CALLS_TO_ACTION} buttons`,
    });
  input.callsToAction.forEach((action, index) => {
    const field = `callsToAction[${index}]`;
    const kind = action.kind.trim();
    const label = action.label.trim();
    const url = action.url.trim();
    if (!(CALL_TO_ACTION_KINDS as readonly string[]).includes(kind)) {
      violations.push({
        field: `${field}.kind`,
        code: 'invalid_value',
        message: `Choose one of ${CALL_TO_ACTION_KINDS.join(', ')}`,
      });
      return;
    }
    const typed = kind as CallToActionKind;
    if (label.length > MAX_CALL_TO_ACTION_LABEL)
      violations.push({
        field: `${field}.label`,
        code: 'too_long',
        message: `A button label is at most ${MAX_CALL_TO_ACTION_LABEL} characters`,
      });
    if (KINDS_WITH_URL.includes(typed)) {
      if (!url)
        violations.push({ field: `${field}.url`, code: 'required', message: 'This button needs a URL' });
      else if (!httpsUrl(url))
        violations.push({
          field: `${field}.url`,
          code: 'invalid_format',
          message: 'The URL must start with https://',
        });
    }
    callsToAction.push({
      id: action.id.trim() || randomUUID(),
      kind: typed,
      label,
      url: KINDS_WITH_URL.includes(typed) ? url : '',
    });
  });
  const hosts = [...new Set(input.embedAllowList.map((host) => host.trim().toLowerCase()))].filter(Boolean);
  if (hosts.length > MAX_EMBED_HOSTS)
    violations.push({
      field: 'embedAllowList',
      code: 'too_big',
      message: `At most ${MAX_EMBED_HOSTS} host names`,
    });
  input.embedAllowList.forEach((raw, index) => {
    const host = raw.trim().toLowerCase();
    if (host && !isAllowListHost(host))
      violations.push({
        field: `embedAllowList[${index}]`,
        code: 'invalid_format',
        message: `"${raw.trim()}" is not a host name (www.example.com or *.example.com)`,
      });
  });
  if (!Number.isInteger(input.maxFileBytes) || input.maxFileBytes < MIN_MAX_FILE_BYTES)
    violations.push({ field: 'maxFileBytes', code: 'too_small', message: 'The file limit is at least 1 MB' });
  else if (input.maxFileBytes > MAX_MAX_FILE_BYTES)
    violations.push({ field: 'maxFileBytes', code: 'too_big', message: 'The file limit is at most 5 GB' });
  const types = [...new Set(input.blockedFileTypes.map((type) => type.trim().toLowerCase()))].filter(Boolean);
  input.blockedFileTypes.forEach((raw, index) => {
    const type = raw.trim().toLowerCase();
    if (type && !(KNOWN_FILE_TYPES as readonly string[]).includes(type))
      violations.push({
        field: `blockedFileTypes[${index}]`,
        code: 'invalid_value',
        message: `"${raw.trim()}" is not a known file type`,
      });
  });
  if (violations.length > 0)
    throw DomainError.invalid('The portal settings were not saved: check the highlighted fields', violations);
  return {
    tenantId: current.tenantId,
    callsToAction,
    embedAllowList: hosts,
    maxFileBytes: input.maxFileBytes,
    blockedFileTypes: types,
    version: current.version + 1,
    updatedAt: now,
  };
}
