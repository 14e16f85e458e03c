import { randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';

/**
 * What staff share in a workspace besides tasks and files (issue 10): useful links, embedded pages from
 * hosts the tenant allows, and notes (client-visible or internal). One collection holds the three kinds;
 * a deleted item is kept with `deletedAt` (its outbox must survive until the relay publishes the event).
 */
export const CONTENT_KINDS = ['link', 'embed', 'note'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const MAX_TITLE_LENGTH = FIELD_LIMITS.portal.contentTitle;
export const MAX_URL_LENGTH = FIELD_LIMITS.portal.contentUrl;
export const MAX_DESCRIPTION_LENGTH = FIELD_LIMITS.portal.contentDescription;
export const MAX_NOTE_LENGTH = FIELD_LIMITS.portal.contentNote;

interface ContentBase {
  id: string;
  tenantId: string;
  workspaceId: string;
  clientId: string;
  title: string;
  /** Links and embeds: their order in the workspace (ascending); notes: 0. */
  position: number;
  version: number;
  /** Who added it, as people see them (shown on notes). */
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

export interface Link extends ContentBase {
  kind: 'link';
  url: string;
  description: string;
}

export interface Embed extends ContentBase {
  kind: 'embed';
  url: string;
}

export interface Note extends ContentBase {
  kind: 'note';
  /** Plain text: never rendered as HTML; line breaks are kept. */
  body: string;
  /** false: internal, staff only — never in a client user's answer, live stream or timeline. */
  clientVisible: boolean;
}

export type ContentItem = Link | Embed | Note;

export interface LinkInput {
  title: string;
  url: string;
  description: string;
}
export interface EmbedInput {
  title: string;
  url: string;
}
export interface NoteInput {
  title: string;
  body: string;
  clientVisible: boolean;
}

function checkTitle(title: string, violations: FieldViolation[]): string {
  const trimmed = title.trim();
  if (!trimmed) violations.push({ field: 'title', code: 'required', message: 'Title is required' });
  else if (trimmed.length > MAX_TITLE_LENGTH)
    violations.push({
      field: 'title',
      code: 'too_long',
      message: `Title is at most ${MAX_TITLE_LENGTH} characters`,
    });
  return trimmed;
}

/** Parses a URL the way a browser would, or undefined when it is not an absolute URL. */
function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function checkUrlShape(url: string, violations: FieldViolation[]): URL | undefined {
  const trimmed = url.trim();
  if (!trimmed) {
    violations.push({ field: 'url', code: 'required', message: 'URL is required' });
    return undefined;
  }
  if (trimmed.length > MAX_URL_LENGTH) {
    violations.push({
      field: 'url',
      code: 'too_long',
      message: `URL is at most ${MAX_URL_LENGTH} characters`,
    });
    return undefined;
  }
  const parsed = parseUrl(trimmed);
  if (!parsed) {
    violations.push({
      field: 'url',
      code: 'invalid_format',
      message: 'URL must be a full address such as https://example.com/page',
    });
    return undefined;
  }
  return parsed;
}

/**
 * A link: http or https only. Any other scheme (javascript:, data:, file:, vbscript:, …) would run
 * code or read local data when a client clicks it, so it is refused naming the rule. Credentials in
 * the URL are refused too (they would be shown to every client user).
 */
export function checkLinkInput(input: LinkInput): LinkInput {
  const violations: FieldViolation[] = [];
  const title = checkTitle(input.title, violations);
  const parsed = checkUrlShape(input.url, violations);
  if (parsed && parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    violations.push({
      field: 'url',
      code: 'unsafe_scheme',
      message: `Links must use https:// (or http://); ${parsed.protocol} links are refused`,
    });
  else if (parsed && (parsed.username || parsed.password))
    violations.push({
      field: 'url',
      code: 'invalid_value',
      message: 'A link may not contain a user name or password',
    });
  const description = input.description.trim();
  if (description.length > MAX_DESCRIPTION_LENGTH)
    violations.push({
      field: 'description',
      code: 'too_long',
      message: `Description is at most ${MAX_DESCRIPTION_LENGTH} characters`,
    });
  if (violations.length > 0)
    throw DomainError.invalid('The link could not be saved: check the highlighted fields', violations);
  return { title, url: (parsed as URL).href, description };
}

/**
 * Whether `host` matches one allow-list entry: `www.youtube.com` matches that host exactly;
 * `*.figma.com` matches any sub-domain of figma.com (www.figma.com, a.b.figma.com) but not figma.com
 * itself — list it on its own when wanted. Case-insensitive, a trailing dot ignored.
 */
export function hostAllowed(host: string, allowList: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return allowList.some((raw) => {
    const entry = raw.trim().toLowerCase().replace(/\.$/, '');
    if (!entry) return false;
    if (entry.startsWith('*.')) {
      const suffix = entry.slice(1);
      return name.endsWith(suffix) && name.length > suffix.length;
    }
    return name === entry;
  });
}

/** The host an embed URL points at (lower case), or '' when it is not a URL. */
export function embedHost(url: string): string {
  return parseUrl(url)?.hostname.toLowerCase() ?? '';
}

/**
 * An embed: https only (a page framed over http could be altered on the way), and its host on the
 * tenant's allow-list (an agency decides which sites may appear inside its portal). Refusals name the
 * rule and the host.
 */
export function checkEmbedInput(input: EmbedInput, allowList: readonly string[]): EmbedInput {
  const violations: FieldViolation[] = [];
  const title = checkTitle(input.title, violations);
  const parsed = checkUrlShape(input.url, violations);
  if (parsed) {
    if (parsed.protocol !== 'https:')
      violations.push({
        field: 'url',
        code: 'not_https',
        message: `Embeds must use https://; ${parsed.protocol} is refused`,
      });
    else if (parsed.username || parsed.password)
      violations.push({
        field: 'url',
        code: 'invalid_value',
        message: 'An embed URL may not contain a user name or password',
      });
    else if (!hostAllowed(parsed.hostname, allowList))
      violations.push({
        field: 'url',
        code: 'host_not_allowed',
        message:
          allowList.length === 0
            ? `${parsed.hostname} is not on the embed allow-list (the list is empty: an admin adds hosts in the portal settings)`
            : `${parsed.hostname} is not on the embed allow-list (${allowList.join(', ')})`,
      });
  }
  if (violations.length > 0)
    throw DomainError.invalid('The embed could not be saved: check the highlighted fields', violations);
  return { title, url: (parsed as URL).href };
}

/** Windows and old Mac line ends become \n; other control characters (except tabs) are dropped. */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
  );
}

/** A note: title, plain-text body (≤ 20,000 characters, line breaks kept), visibility. */
export function checkNoteInput(input: NoteInput): NoteInput {
  const violations: FieldViolation[] = [];
  const title = checkTitle(input.title, violations);
  const body = normalizeText(input.body).replace(/^\s*\n|\s+$/g, '');
  if (!body.trim()) violations.push({ field: 'body', code: 'required', message: 'Write the note' });
  else if (body.length > MAX_NOTE_LENGTH)
    violations.push({
      field: 'body',
      code: 'too_long',
      message: `A note is at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters (this one has ${body.length.toLocaleString('en')})`,
    });
  if (violations.length > 0)
    throw DomainError.invalid('The note could not be saved: check the highlighted fields', violations);
  return { title, body, clientVisible: input.clientVisible };
}

interface NewItemContext {
  tenantId: string;
  workspaceId: string;
  clientId: string;
  authorName: string;
  position: number;
  now?: Date;
}

function base(context: NewItemContext, title: string): ContentBase {
  const now = context.now ?? new Date();
  return {
    id: randomUUID(),
    tenantId: context.tenantId,
    workspaceId: context.workspaceId,
    clientId: context.clientId,
    title,
    position: context.position,
    version: 1,
    authorName: context.authorName,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
}

export function newLink(input: LinkInput, context: NewItemContext): Link {
  const checked = checkLinkInput(input);
  return {
    ...base(context, checked.title),
    kind: 'link',
    url: checked.url,
    description: checked.description,
  };
}

export function newEmbed(input: EmbedInput, allowList: readonly string[], context: NewItemContext): Embed {
  const checked = checkEmbedInput(input, allowList);
  return { ...base(context, checked.title), kind: 'embed', url: checked.url };
}

export function newNote(input: NoteInput, context: NewItemContext): Note {
  const checked = checkNoteInput(input);
  return {
    ...base({ ...context, position: 0 }, checked.title),
    kind: 'note',
    body: checked.body,
    clientVisible: checked.clientVisible,
  };
}
