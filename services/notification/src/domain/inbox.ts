import { createHash } from 'node:crypto';
import type { InAppMessage, NotificationKind, Recipient } from './delivery.js';

/** One entry of a person's in-app inbox: what one event told them. */
export interface InboxNotification {
  id: string;
  tenantId: string;
  /** The staff id or external user id whose inbox it is. */
  recipientUserId: string;
  recipientKind: 'staff' | 'client';
  /** A client user's client (for the live stream's targeting); '' for staff. */
  clientId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path in the web app, or '' when the entry leads nowhere. */
  link: string;
  sourceEventId: string;
  createdAt: Date;
  /** null while unread. */
  readAt: Date | null;
}

export const INBOX_TITLE_MAX = 200;
export const INBOX_BODY_MAX = 500;

/**
 * The entry's id, the same however often the event is delivered or replayed and on whichever replica:
 * the store claims it by inserting under this `_id`, so one event reaches one person's inbox once.
 */
export function inboxNotificationId(
  tenantId: string,
  sourceEventId: string,
  recipientUserId: string,
): string {
  return createHash('sha256')
    .update(`${tenantId}|${sourceEventId}|${recipientUserId}`)
    .digest('hex')
    .slice(0, 32);
}

/** Shortens a line to `max` characters on one line (a message body may hold paragraphs). */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Only a path inside the web app may be a link: clicking an entry must never leave the site (an
 * absolute URL, `//host` or a `javascript:` scheme from a careless template is dropped).
 */
export function safeLink(link: string): string {
  const trimmed = link.trim();
  if (!trimmed.startsWith('/') || trimmed.startsWith('//') || /[\s\\]/.test(trimmed)) return '';
  return trimmed;
}

/**
 * Whether an event may reach this person's inbox at all. The handlers choose the recipients; this is
 * the last guard that nothing internal reaches a client user: an event that says it is not for the
 * client (`clientVisible: false`) or names the client users it is for (`clientAudience`) is held back
 * from every other client user.
 */
export function mayReachInbox(eventData: unknown, recipient: Pick<Recipient, 'kind' | 'userId'>): boolean {
  if (recipient.userId === '') return false;
  if (recipient.kind !== 'client') return true;
  if (typeof eventData !== 'object' || eventData === null) return true;
  const data = eventData as Record<string, unknown>;
  if (data.clientVisible === false) return false;
  if (Array.isArray(data.clientAudience) && data.clientAudience.length > 0)
    return data.clientAudience.includes(recipient.userId);
  return true;
}

/** The client a client user's entry is about, from the event (every client-related event names it). */
export function clientOfEvent(eventData: unknown): string {
  if (typeof eventData !== 'object' || eventData === null) return '';
  const clientId = (eventData as Record<string, unknown>).clientId;
  return typeof clientId === 'string' ? clientId : '';
}

/** The entry one event makes in one person's inbox. */
export function newInboxNotification(input: {
  tenantId: string;
  sourceEventId: string;
  recipient: Recipient;
  kind: NotificationKind;
  message: InAppMessage;
  clientId: string;
  now: Date;
}): InboxNotification {
  const { tenantId, sourceEventId, recipient, kind, message, now } = input;
  return {
    id: inboxNotificationId(tenantId, sourceEventId, recipient.userId),
    tenantId,
    recipientUserId: recipient.userId,
    recipientKind: recipient.kind,
    clientId: recipient.kind === 'client' ? input.clientId : '',
    kind,
    title: oneLine(message.title, INBOX_TITLE_MAX),
    body: oneLine(message.body, INBOX_BODY_MAX),
    link: safeLink(message.link),
    sourceEventId,
    createdAt: now,
    readAt: null,
  };
}
