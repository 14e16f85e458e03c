/** How a notification leaves notification: an e-mail, or a text message (the in-app inbox keeps its own store). */
export const CHANNELS = ['email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];
export const TEMPLATES = [
  'invitation',
  'new-message',
  'team-invitation',
  'document-sent',
  'quote-answered',
  'document-comment',
  'payment-receipt',
  'invoice-reminder',
  'order-placed',
  'address-unavailable',
  // message actions (issue 12)
  'mention',
  // Preferences (issue 12): one e-mail gathering a person's hourly or daily notifications.
  'digest',
  // Issue 12, notify-events slice.
  'file-shared',
  'deliverable-awaiting-approval',
  'deliverable-decided',
  'invoice-paid',
  'task-assigned',
  'task-due',
  // Issue 13 (webhooks): an endpoint that kept failing was disabled.
  'webhook-disabled',
] as const;
export type TemplateName = (typeof TEMPLATES)[number];
/**
 * sending: claimed, an attempt is under way; retrying: an attempt failed, the next one is due at
 * `nextAttemptAt`; sent: the server accepted it; failed: the last attempt failed (staff may retry it).
 */
export const NOTIFICATION_STATUSES = ['sending', 'sent', 'retrying', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** One message to one recipient because of one event; the log staff read. */
export interface Notification {
  id: string;
  tenantId: string;
  channel: Channel;
  recipient: string;
  subject: string;
  template: TemplateName;
  status: NotificationStatus;
  /** Why the last attempt failed; empty once sent. */
  error: string;
  /** The event that caused it: with the recipient, what makes a delivery happen once. */
  sourceEventId: string;
  /** Attempts made so far (the first included). */
  attempts: number;
  /** When the next automatic attempt is due (status retrying), else null. */
  nextAttemptAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * The message itself: an e-mail (dressed in the tenant's branding when it goes) or a text. Kept beside
 * its notification (not in it: the log's documents stay small) so that a later attempt, automatic or
 * staff's "retry now", sends the same thing. Entries written before issue 12 have none.
 */
export type NotificationPayload = { channel: 'email'; email: Email } | { channel: 'sms'; text: string };

/** An e-mail ready to send. */
export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The sender's display name (the tenant's), else the platform's MAIL_FROM name. */
  fromName?: string;
  replyTo?: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post. */
  headers?: Record<string, string>;
}

export function normalizeRecipient(recipient: string): string {
  return recipient.trim().toLowerCase();
}
