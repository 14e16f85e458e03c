import type { Email, TemplateName } from './notification.js';

/**
 * What a person can be notified about (issue 12 §5). Preferences are kept per kind; a handler names
 * the kind of each notification it dispatches.
 */
export const NOTIFICATION_KINDS = [
  'invitation',
  'login-code',
  'account',
  'document-shared',
  'file-shared',
  'quote-answered',
  'invoice-issued',
  'invoice-paid',
  'invoice-overdue',
  'payment-received',
  'new-message',
  'mention',
  'deliverable-awaiting-approval',
  'deliverable-approved',
  'deliverable-changes-requested',
  'task-assigned',
  'task-due',
  'document-comment',
  'order-placed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Kinds a person cannot switch off by e-mail and that carry no unsubscribe link: access to the portal itself. */
export const ESSENTIAL_KINDS: readonly NotificationKind[] = ['invitation', 'login-code', 'account'];

/** Someone a notification is for. */
export interface Recipient {
  /** Their user id (staff member or external user); '' when only an address is known: e-mail only, no inbox, no preferences. */
  userId: string;
  kind: 'staff' | 'client';
  email: string;
  name: string;
  /** fr, en, es or pt; '' = the tenant's default language. */
  language: string;
  /** E.164, '' when none is on file. */
  mobileNumber: string;
  /** Staff: owner, admin, manager or member. Client users: ''. */
  staffRole: string;
}

/** A recipient known only by address (events that carry an address, not a user). */
export function addressOnly(email: string, details: Partial<Omit<Recipient, 'email'>> = {}): Recipient {
  return {
    userId: '',
    kind: 'client',
    name: '',
    language: '',
    mobileNumber: '',
    staffRole: '',
    ...details,
    email,
  };
}

/** The in-app entry of a notification: a title, one line, and where clicking it leads (a web app path). */
export interface InAppMessage {
  title: string;
  body: string;
  /** A path in the web app, e.g. /portal/workspaces/<id>/conversations/<id>. */
  link: string;
}

/** One notification rendered for one recipient, per channel. */
export interface Rendered {
  template: TemplateName;
  /** The e-mail; its `to` is the recipient's address. */
  email: Omit<Email, 'to'>;
  /** The text message, when the kind may go by SMS. */
  sms?: string;
  /** The inbox entry, when the kind shows in the in-app inbox. */
  inApp?: InAppMessage;
}

/** When an e-mail goes: at once, gathered in an hourly or daily digest, or not at all. */
export const EMAIL_TIMINGS = ['now', 'hourly', 'daily', 'off'] as const;
export type EmailTiming = (typeof EMAIL_TIMINGS)[number];

/** Which channels one notification takes for one recipient (their preferences, else the defaults). */
export interface DeliveryPlan {
  inApp: boolean;
  email: EmailTiming;
  sms: boolean;
}
