import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';

const audienceSchema = z.enum(['client', 'staff']).meta({ description: 'Who receives it' });

/**
 * Notification templates (issue 12, templates slice): staff of any role see what each notification
 * looks like for their tenant, with sample data, in a chosen language and in the tenant's branding.
 */
export const notificationTemplatesRoutes = [
  defineRoute({
    method: 'get',
    path: '/notification-templates',
    access: { staff: 'member' },
    summary: 'Every notification template',
    tags: ['notification-templates'],
    response: named(
      'NotificationTemplateList',
      z.object({
        templates: z.array(
          named(
            'NotificationTemplateSummary',
            z.object({
              template: z.string().meta({ description: 'invitation, new-message, ...' }),
              audience: audienceSchema,
              hasSms: z.boolean(),
              hasInApp: z.boolean(),
            }),
          ),
        ),
        defaultLanguage: z.enum(['en', 'fr', 'es', 'pt']).meta({
          description: "The tenant's default language: what a preview without a language speaks",
        }),
      }),
    ),
    handler: async ({ onBehalf }, { backends }) => {
      const answer = await backends.notificationTemplates.listNotificationTemplates({}, onBehalf);
      return {
        defaultLanguage: answer.defaultLanguage,
        templates: answer.templates.map((template) => ({
          ...template,
          audience: template.audience as 'client' | 'staff',
        })),
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/notification-templates/:template/preview',
    access: { staff: 'member' },
    summary: 'A template rendered with sample data, in a language and the tenant branding',
    description:
      "HTML and plain-text parts as sent (logo, colours, sender name, reply-to), the text message and the in-app entry when the template has them. language: fr, en, es or pt; absent: the tenant's default. Unknown template: 404; unknown language: 400 naming `language`.",
    tags: ['notification-templates'],
    params: z.object({ template: z.string().max(64) }),
    query: z.object({ language: z.string().max(8).optional() }),
    response: named(
      'NotificationTemplatePreview',
      z.object({
        template: z.string(),
        language: z.enum(['en', 'fr', 'es', 'pt']),
        audience: audienceSchema,
        subject: z.string(),
        html: z.string().meta({ description: 'The whole HTML part; show it in a sandboxed frame' }),
        text: z.string(),
        fromName: z.string().meta({ description: "Empty: the platform's sender name" }),
        fromAddress: z.string(),
        replyTo: z.string().meta({ description: 'Empty: no Reply-To' }),
        sms: z.string().meta({ description: 'Empty: not sent by SMS' }),
        inAppTitle: z.string().meta({ description: 'Empty: no in-app entry' }),
        inAppBody: z.string(),
        inAppLink: z.string(),
      }),
    ),
    handler: async ({ params, query, onBehalf }, { backends }) => {
      const preview = await backends.notificationTemplates.previewNotificationTemplate(
        { template: params.template, language: query.language ?? '' },
        onBehalf,
      );
      return {
        ...preview,
        language: preview.language,
        audience: preview.audience,
      };
    },
  }),
];
