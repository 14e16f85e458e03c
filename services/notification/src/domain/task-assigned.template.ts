import { greeting, noticeLanguage, renderNotice, type NoticeTexts } from './notice.template.js';

/** A task was given to someone (portal.task.created/updated with a new assignee). */
export interface TaskAssignedValues {
  recipientName: string;
  actorName: string;
  title: string;
  /** YYYY-MM-DD or ''. */
  dueDate: string;
  workspaceName: string;
  link: string;
}

const TEXTS: Record<ReturnType<typeof noticeLanguage>, (values: TaskAssignedValues) => NoticeTexts> = {
  en: ({ recipientName, actorName, title, dueDate, workspaceName }) => ({
    subject: `Task for you: ${title}`,
    paragraphs: [
      greeting('en', recipientName),
      `${actorName || 'Someone'} assigned you the task "${title}"${workspaceName ? ` in ${workspaceName}` : ''}.`,
      dueDate ? `It is due on ${dueDate}.` : '',
    ],
    action: 'Open the task',
  }),
  fr: ({ recipientName, actorName, title, dueDate, workspaceName }) => ({
    subject: `Tâche pour vous : ${title}`,
    paragraphs: [
      greeting('fr', recipientName),
      `${actorName || 'Quelqu’un'} vous a attribué la tâche « ${title} »${workspaceName ? ` dans ${workspaceName}` : ''}.`,
      dueDate ? `Échéance : ${dueDate}.` : '',
    ],
    action: 'Ouvrir la tâche',
  }),
  es: ({ recipientName, actorName, title, dueDate, workspaceName }) => ({
    subject: `Tarea para usted: ${title}`,
    paragraphs: [
      greeting('es', recipientName),
      `${actorName || 'Alguien'} le ha asignado la tarea «${title}»${workspaceName ? ` en ${workspaceName}` : ''}.`,
      dueDate ? `Vence el ${dueDate}.` : '',
    ],
    action: 'Abrir la tarea',
  }),
  pt: ({ recipientName, actorName, title, dueDate, workspaceName }) => ({
    subject: `Tarefa para si: ${title}`,
    paragraphs: [
      greeting('pt', recipientName),
      `${actorName || 'Alguém'} atribuiu-lhe a tarefa «${title}»${workspaceName ? ` em ${workspaceName}` : ''}.`,
      dueDate ? `Prazo: ${dueDate}.` : '',
    ],
    action: 'Abrir a tarefa',
  }),
};

export function taskAssignedNotice(language: string, values: TaskAssignedValues) {
  return renderNotice(TEXTS[noticeLanguage(language)](values), values.link);
}
