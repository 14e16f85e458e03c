import { requirePrincipal } from '@client-portal/kit';
import type { HandlersOf } from '@client-portal/contracts';
import type { TemplatePreviewService } from '../application/template-preview.service.js';

export function templatePreviewHandlers(
  previews: TemplatePreviewService,
): HandlersOf<'notificationTemplates'> {
  return {
    ListNotificationTemplates: (_request, call) => previews.list(requirePrincipal(call.metadata)),
    PreviewNotificationTemplate: (request, call) =>
      previews.preview(requirePrincipal(call.metadata), request),
  };
}
