import { greeting, noticeLanguage, renderNotice, type NoticeTexts } from './notice.template.js';

/** A task assigned to the reader falls due (notification's due-task scan, once per task and due date). */
export interface TaskDueValues {
  recipientName: string;
  title: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  /** The due date is already behind. */
  overdue: boolean;
  workspaceName: string;
  link: string;
}

const TEXTS: Record<ReturnType<typeof noticeLanguage>, (values: TaskDueValues) => NoticeTexts> = {
  en: ({ recipientName, title, dueDate, overdue, workspaceName }) => ({
    subject: `${overdue ? 'Overdue' : 'Due today'}: ${title}`,
    paragraphs: [
      greeting('en', recipientName),
      `The task "${title}"${workspaceName ? ` in ${workspaceName}` : ''} ${overdue ? `was due on ${dueDate}` : 'is due today'}.`,
    ],
    action: 'Open the task',
  }),
  fr: ({ recipientName, title, dueDate, overdue, workspaceName }) => ({
    subject: `${overdue ? 'En retard' : 'Échéance aujourd’hui'} : ${title}`,
    paragraphs: [
      greeting('fr', recipientName),
      `La tâche « ${title} »${workspaceName ? ` dans ${workspaceName}` : ''} ${overdue ? `était à rendre le ${dueDate}` : 'arrive à échéance aujourd’hui'}.`,
    ],
    action: 'Ouvrir la tâche',
  }),
  es: ({ recipientName, title, dueDate, overdue, workspaceName }) => ({
    subject: `${overdue ? 'Vencida' : 'Vence hoy'}: ${title}`,
    paragraphs: [
      greeting('es', recipientName),
      `La tarea «${title}»${workspaceName ? ` en ${workspaceName}` : ''} ${overdue ? `venció el ${dueDate}` : 'vence hoy'}.`,
    ],
    action: 'Abrir la tarea',
  }),
  pt: ({ recipientName, title, dueDate, overdue, workspaceName }) => ({
    subject: `${overdue ? 'Em atraso' : 'Prazo hoje'}: ${title}`,
    paragraphs: [
      greeting('pt', recipientName),
      `A tarefa «${title}»${workspaceName ? ` em ${workspaceName}` : ''} ${overdue ? `tinha prazo a ${dueDate}` : 'termina hoje'}.`,
    ],
    action: 'Abrir a tarefa',
  }),
};

export function taskDueNotice(language: string, values: TaskDueValues) {
  return renderNotice(TEXTS[noticeLanguage(language)](values), values.link);
}
