import { getJson } from '../../../api/http';
import type { Schemas } from '../../../api/schema';

export type NotificationTemplateList = Schemas['NotificationTemplateList'];
export type NotificationTemplatePreview = Schemas['NotificationTemplatePreview'];

export const TEMPLATE_LANGUAGES = ['fr', 'en', 'es', 'pt'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export function listNotificationTemplates(signal?: AbortSignal): Promise<NotificationTemplateList> {
  return getJson<NotificationTemplateList>('/api/notification-templates', signal ? { signal } : {});
}

export function previewNotificationTemplate(
  template: string,
  language: TemplateLanguage,
  signal?: AbortSignal,
): Promise<NotificationTemplatePreview> {
  return getJson<NotificationTemplatePreview>(
    `/api/notification-templates/${encodeURIComponent(template)}/preview?language=${language}`,
    signal ? { signal } : {},
  );
}
