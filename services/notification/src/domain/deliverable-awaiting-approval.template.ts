import { greeting, noticeLanguage, renderNotice, type NoticeTexts } from './notice.template.js';

/** A deliverable version awaits the client's decision (portal.deliverable.submitted). */
export interface DeliverableAwaitingValues {
  recipientName: string;
  tenantName: string;
  title: string;
  version: number;
  workspaceName: string;
  link: string;
}

const TEXTS: Record<ReturnType<typeof noticeLanguage>, (values: DeliverableAwaitingValues) => NoticeTexts> = {
  en: ({ recipientName, tenantName, title, version, workspaceName }) => ({
    subject: `Awaiting your approval: ${title} (version ${version})`,
    paragraphs: [
      greeting('en', recipientName),
      `${tenantName} submitted version ${version} of "${title}"${workspaceName ? ` in ${workspaceName}` : ''} for your approval.`,
      'Review it, then approve it or ask for changes.',
    ],
    action: 'Review the deliverable',
  }),
  fr: ({ recipientName, tenantName, title, version, workspaceName }) => ({
    subject: `En attente de votre validation : ${title} (version ${version})`,
    paragraphs: [
      greeting('fr', recipientName),
      `${tenantName} a soumis la version ${version} de « ${title} »${workspaceName ? ` dans ${workspaceName}` : ''} à votre validation.`,
      'Consultez-la, puis validez-la ou demandez des modifications.',
    ],
    action: 'Consulter le livrable',
  }),
  es: ({ recipientName, tenantName, title, version, workspaceName }) => ({
    subject: `Pendiente de su aprobación: ${title} (versión ${version})`,
    paragraphs: [
      greeting('es', recipientName),
      `${tenantName} ha enviado la versión ${version} de «${title}»${workspaceName ? ` en ${workspaceName}` : ''} para su aprobación.`,
      'Revísela y apruébela o solicite cambios.',
    ],
    action: 'Revisar el entregable',
  }),
  pt: ({ recipientName, tenantName, title, version, workspaceName }) => ({
    subject: `A aguardar a sua aprovação: ${title} (versão ${version})`,
    paragraphs: [
      greeting('pt', recipientName),
      `${tenantName} submeteu a versão ${version} de «${title}»${workspaceName ? ` em ${workspaceName}` : ''} para a sua aprovação.`,
      'Reveja-a e aprove-a ou peça alterações.',
    ],
    action: 'Rever o entregável',
  }),
};

export function deliverableAwaitingNotice(language: string, values: DeliverableAwaitingValues) {
  return renderNotice(TEXTS[noticeLanguage(language)](values), values.link);
}
