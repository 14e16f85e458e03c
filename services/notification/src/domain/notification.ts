export const CHANNELS = ['email'] as const;
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
  // Issue 12, notify-events slice.
  'file-shared',
  'deliverable-awaiting-approval',
  'deliverable-decided',
  'invoice-paid',
  'task-assigned',
  'task-due',
] as const;
export type TemplateName = (typeof TEMPLATES)[number];
export const NOTIFICATION_STATUSES = ['sent', 'failed'] as const;
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
  attempts: number;
  createdAt: Date;
  updatedAt: Date;
}

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
