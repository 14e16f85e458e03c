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
import type { InAppMessage } from './delivery.js';
import { fileSharedNotice } from './file-shared.template.js';
import { deliverableAwaitingNotice } from './deliverable-awaiting-approval.template.js';
import { deliverableDecidedNotice } from './deliverable-decided.template.js';
import { invoicePaidNotice } from './invoice-paid.template.js';
import { taskAssignedNotice } from './task-assigned.template.js';
import { taskDueNotice } from './task-due.template.js';
import { mentionNotification } from './mention.template.js';
import { digestEmail } from './digest.template.js';
import { webhookDisabledNotice } from './webhook-disabled.template.js';

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
  // Issue 12: the notices of the events that notify, a mention and a digest.
  {
    template: 'file-shared',
    audience: 'client',
    render: (language, tenantName, web) =>
      notice(
        fileSharedNotice(language, {
          recipientName: SAMPLE_CONTACT,
          tenantName,
          actorName: 'Walter Skinner',
          fileName: 'Brand guidelines.pdf',
          workspaceName: 'Website redesign',
          link: `${web}/portal/workspaces/sample`,
        }),
      ),
  },
  {
    template: 'deliverable-awaiting-approval',
    audience: 'client',
    render: (language, tenantName, web) =>
      notice(
        deliverableAwaitingNotice(language, {
          recipientName: SAMPLE_CONTACT,
          tenantName,
          title: 'Home page design',
          version: 2,
          workspaceName: 'Website redesign',
          link: `${web}/portal/workspaces/sample`,
        }),
      ),
  },
  {
    template: 'deliverable-decided',
    audience: 'staff',
    render: (language, _tenantName, web) =>
      notice(
        deliverableDecidedNotice(language, {
          recipientName: 'Fox Mulder',
          decision: 'approved',
          actorName: SAMPLE_CONTACT,
          clientName: SAMPLE_CLIENT,
          title: 'Home page design',
          version: 2,
          fullyApproved: true,
          link: `${web}/app/clients/sample`,
        }),
      ),
  },
  {
    template: 'webhook-disabled',
    audience: 'staff',
    render: (language, _tenantName, web) =>
      notice(
        webhookDisabledNotice(language, {
          recipientName: 'Fox Mulder',
          url: 'https://hooks.example.com/client-portal',
          hours: 24,
          link: `${web}/app/settings/webhooks`,
        }),
      ),
  },
  {
    template: 'invoice-paid',
    audience: 'staff',
    render: (language, _tenantName, web) =>
      notice(
        invoicePaidNotice(language, {
          recipientName: 'Fox Mulder',
          clientName: SAMPLE_CLIENT,
          number: 'INV-2026-0042',
          currency: 'EUR',
          totalMinor: 125_000,
          link: `${web}/app/clients/sample`,
        }),
      ),
  },
  {
    template: 'task-assigned',
    audience: 'staff',
    render: (language, _tenantName, web) =>
      notice(
        taskAssignedNotice(language, {
          recipientName: 'Fox Mulder',
          actorName: 'Walter Skinner',
          title: 'Send the brand guidelines',
          dueDate: '2026-12-04',
          workspaceName: 'Website redesign',
          link: `${web}/app/clients/sample`,
        }),
      ),
  },
  {
    template: 'task-due',
    audience: 'staff',
    render: (language, _tenantName, web) =>
      notice(
        taskDueNotice(language, {
          recipientName: 'Fox Mulder',
          title: 'Send the brand guidelines',
          dueDate: '2026-12-04',
          overdue: false,
          workspaceName: 'Website redesign',
          link: `${web}/app/clients/sample`,
        }),
      ),
  },
  {
    template: 'mention',
    audience: 'staff',
    render: (language, _tenantName, web) => {
      const rendered = mentionNotification(language, {
        recipientName: 'Fox Mulder',
        authorName: SAMPLE_CONTACT,
        placeName: 'Website redesign',
        excerpt: 'Could you check the new header before Friday?',
        url: `${web}/app/clients/sample`,
        path: '/app/clients/sample',
      });
      return { ...rendered.email, ...(rendered.inApp ? { inApp: rendered.inApp } : {}) };
    },
  },
  {
    template: 'digest',
    audience: 'staff',
    render: (language, _tenantName, web) =>
      digestEmail(language, {
        timing: 'daily',
        recipientName: 'Fox Mulder',
        entries: [
          {
            subject: 'Dana Scully wrote in Website redesign',
            text: 'The new header looks great.',
            at: new Date('2026-11-30T09:12:00Z'),
          },
          {
            subject: 'INV-2026-0042 was paid',
            text: 'Globex paid 1,250.00 EUR.',
            at: new Date('2026-11-30T11:40:00Z'),
          },
        ],
        preferencesUrl: `${web}/app/settings/notifications/preferences`,
      }),
  },
];

/** A notice's e-mail with its in-app entry, as a preview shows it. */
function notice(rendered: { email: RenderedEmail; inApp: InAppMessage }): RenderedEmail {
  return { ...rendered.email, inApp: rendered.inApp };
}

export function sampleOf(template: string): TemplateSample | undefined {
  return TEMPLATE_SAMPLES.find((sample) => sample.template === template);
}
