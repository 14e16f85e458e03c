import { greeting, noticeLanguage, renderNotice, type NoticeTexts } from './notice.template.js';

/** A file shared with the client in a workspace (portal.file.shared, clientVisible). */
export interface FileSharedValues {
  recipientName: string;
  tenantName: string;
  actorName: string;
  fileName: string;
  workspaceName: string;
  link: string;
}

const TEXTS: Record<ReturnType<typeof noticeLanguage>, (values: FileSharedValues) => NoticeTexts> = {
  en: ({ recipientName, tenantName, actorName, fileName, workspaceName }) => ({
    subject: `New file in ${workspaceName || tenantName}: ${fileName}`,
    paragraphs: [
      greeting('en', recipientName),
      `${actorName || tenantName} shared the file "${fileName}" with you${workspaceName ? ` in ${workspaceName}` : ''}.`,
    ],
    action: 'Open the file in your portal',
  }),
  fr: ({ recipientName, tenantName, actorName, fileName, workspaceName }) => ({
    subject: `Nouveau fichier dans ${workspaceName || tenantName} : ${fileName}`,
    paragraphs: [
      greeting('fr', recipientName),
      `${actorName || tenantName} a partagé le fichier « ${fileName} » avec vous${workspaceName ? ` dans ${workspaceName}` : ''}.`,
    ],
    action: 'Ouvrir le fichier dans votre portail',
  }),
  es: ({ recipientName, tenantName, actorName, fileName, workspaceName }) => ({
    subject: `Nuevo archivo en ${workspaceName || tenantName}: ${fileName}`,
    paragraphs: [
      greeting('es', recipientName),
      `${actorName || tenantName} ha compartido con usted el archivo «${fileName}»${workspaceName ? ` en ${workspaceName}` : ''}.`,
    ],
    action: 'Abrir el archivo en su portal',
  }),
  pt: ({ recipientName, tenantName, actorName, fileName, workspaceName }) => ({
    subject: `Novo ficheiro em ${workspaceName || tenantName}: ${fileName}`,
    paragraphs: [
      greeting('pt', recipientName),
      `${actorName || tenantName} partilhou consigo o ficheiro «${fileName}»${workspaceName ? ` em ${workspaceName}` : ''}.`,
    ],
    action: 'Abrir o ficheiro no seu portal',
  }),
};

export function fileSharedNotice(language: string, values: FileSharedValues) {
  return renderNotice(TEXTS[noticeLanguage(language)](values), values.link);
}
