import type { TemplateName } from './notification.js';
import type { RenderedEmail } from './templates.js';
import { invitationEmail, newMessageEmail } from './templates.js';
import { teamInvitationEmail } from './team-invitation.template.js';
import { addressUnavailableEmail } from './address-unavailable.template.js';
import { documentSentEmail } from './documents.template.js';
import { documentCommentEmail, quoteAnsweredEmail } from './quote-answers.template.js';
import { receiptEmail } from './payments.template.js';
import { invoiceReminderEmail } from './invoice-reminder.template.js';
import { formatOrderTotal, orderPlacedEmail } from './catalog.template.js';

/** Who a template speaks to: staff previews read "to your team" or "to your clients". */
export type TemplateAudience = 'client' | 'staff';

export interface TemplateSample {
  template: TemplateName;
  audience: TemplateAudience;
  render(language: string, tenantName: string, webUrl: string): RenderedEmail;
}

const SAMPLE_CLIENT = 'Globex';
const SAMPLE_CONTACT = 'Dana Scully';
// A link that goes nowhere real: previews must never hold a working secret.
const token = 'preview-token';

/**
 * Every template with sample data, for the staff preview (issue 12): what a person would receive, in
 * the chosen language and the tenant's branding. The data is invented and the same for every tenant.
 */
export const TEMPLATE_SAMPLES: readonly TemplateSample[] = [
  {
    template: 'invitation',
    audience: 'client',
    render: (language, tenantName, web) =>
      invitationEmail(language, {
        displayName: SAMPLE_CONTACT,
        tenantName,
        clientName: SAMPLE_CLIENT,
        workspaceName: 'Website redesign',
        acceptUrl: `${web}/invitations/${token}`,
      }),
  },
  {
    template: 'team-invitation',
    audience: 'staff',
    render: (language, tenantName, web) =>
      teamInvitationEmail(language, {
        displayName: 'Fox Mulder',
        tenantName,
        invitedByName: 'Walter Skinner',
        role: 'manager',
        acceptUrl: `${web}/invitations/${token}`,
      }),
  },
  {
    template: 'address-unavailable',
    audience: 'client',
    render: (language, tenantName) =>
      addressUnavailableEmail(language, { displayName: SAMPLE_CONTACT, tenantName }),
  },
  {
    template: 'new-message',
    audience: 'staff',
    render: (language, _tenantName, web) =>
      newMessageEmail(language, {
        authorName: SAMPLE_CONTACT,
        placeName: 'Website redesign',
        body: 'Could we move the launch to Thursday?\nThe copy is ready.',
        link: `${web}/app/workspaces/sample`,
      }),
  },
  {
    template: 'document-sent',
    audience: 'client',
    render: (language, tenantName, web) =>
      documentSentEmail(language, {
        recipientName: SAMPLE_CONTACT,
        tenantName,
        kind: 'invoice',
        number: 'INV-2026-0042',
        currency: 'EUR',
        totalMinor: 324_000,
        dueDate: '2026-12-29',
        message: '',
        portalUrl: `${web}/portal/billing/sample`,
      }),
  },
  {
    template: 'quote-answered',
    audience: 'staff',
    render: (language, _tenantName, web) =>
      quoteAnsweredEmail(language, {
        decision: 'accepted',
        clientName: SAMPLE_CLIENT,
        number: 'QUO-2026-0007',
        signerName: SAMPLE_CONTACT,
        comment: '',
        verifyUrl: `${web}/verify/sample`,
        link: `${web}/app/clients/sample`,
      }),
  },
  {
    template: 'document-comment',
    audience: 'client',
    render: (language, tenantName, web) =>
      documentCommentEmail(language, {
        authorName: 'Walter Skinner',
        otherPartyName: tenantName,
        number: 'INV-2026-0042',
        body: 'The second line is the hosting for December.',
        link: `${web}/portal/billing/sample`,
      }),
  },
  {
    template: 'payment-receipt',
    audience: 'client',
    render: (language, tenantName) =>
      receiptEmail(language, {
        recipientName: SAMPLE_CONTACT,
        tenantName,
        clientName: SAMPLE_CLIENT,
        currency: 'EUR',
        amountMinor: 120_000,
        method: 'card',
        paidAt: '2026-11-30T10:00:00.000Z',
        allocations: [{ number: 'INV-2026-0042', amountMinor: 120_000, remainingMinor: 204_000 }],
      }),
  },
  {
    template: 'invoice-reminder',
    audience: 'client',
    render: (language, tenantName, web) =>
      invoiceReminderEmail(language, {
        recipientName: SAMPLE_CONTACT,
        tenantName,
        number: 'INV-2026-0042',
        currency: 'EUR',
        amountDueMinor: 204_000,
        dueDate: '2026-11-15',
        daysOverdue: 15,
        payUrl: `${web}/portal/billing/sample`,
      }),
  },
  {
    template: 'order-placed',
    audience: 'staff',
    render: (language, tenantName, web) =>
      orderPlacedEmail(language, {
        tenantName,
        clientName: SAMPLE_CLIENT,
        placedByName: SAMPLE_CONTACT,
        number: 'ORD-2026-0003',
        total: formatOrderTotal(89_900, 'EUR', language),
        lineCount: 2,
        note: '',
        link: `${web}/app/billing/orders/sample`,
      }),
  },
];

export function sampleOf(template: string): TemplateSample | undefined {
  return TEMPLATE_SAMPLES.find((sample) => sample.template === template);
}
