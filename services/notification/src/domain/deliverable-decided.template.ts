import { greeting, noticeLanguage, renderNotice, type NoticeTexts } from './notice.template.js';

/** A client user approved a deliverable version or asked for changes (portal.deliverable.decided). */
export interface DeliverableDecidedValues {
  recipientName: string;
  decision: 'approved' | 'changes_requested';
  actorName: string;
  clientName: string;
  title: string;
  version: number;
  /** The version is fully approved (every approver decided), not only by this person. */
  fullyApproved: boolean;
  link: string;
}

const TEXTS: Record<ReturnType<typeof noticeLanguage>, (values: DeliverableDecidedValues) => NoticeTexts> = {
  en: ({ recipientName, decision, actorName, clientName, title, version, fullyApproved }) => ({
    subject:
      decision === 'approved'
        ? `${clientName || actorName} approved ${title} (version ${version})`
        : `${clientName || actorName} asked for changes to ${title} (version ${version})`,
    paragraphs: [
      greeting('en', recipientName),
      decision === 'approved'
        ? `${actorName} approved version ${version} of "${title}".${fullyApproved ? ' Every approval is in: the version is approved.' : ' Other approvers still have to decide.'}`
        : `${actorName} asked for changes to version ${version} of "${title}".`,
    ],
    action: 'Open the deliverable',
  }),
  fr: ({ recipientName, decision, actorName, clientName, title, version, fullyApproved }) => ({
    subject:
      decision === 'approved'
        ? `${clientName || actorName} a validé ${title} (version ${version})`
        : `${clientName || actorName} demande des modifications sur ${title} (version ${version})`,
    paragraphs: [
      greeting('fr', recipientName),
      decision === 'approved'
        ? `${actorName} a validé la version ${version} de « ${title} ».${fullyApproved ? ' Toutes les validations sont là : la version est validée.' : ' D’autres validateurs doivent encore se prononcer.'}`
        : `${actorName} demande des modifications sur la version ${version} de « ${title} ».`,
    ],
    action: 'Ouvrir le livrable',
  }),
  es: ({ recipientName, decision, actorName, clientName, title, version, fullyApproved }) => ({
    subject:
      decision === 'approved'
        ? `${clientName || actorName} ha aprobado ${title} (versión ${version})`
        : `${clientName || actorName} solicita cambios en ${title} (versión ${version})`,
    paragraphs: [
      greeting('es', recipientName),
      decision === 'approved'
        ? `${actorName} ha aprobado la versión ${version} de «${title}».${fullyApproved ? ' Ya están todas las aprobaciones: la versión queda aprobada.' : ' Otros aprobadores aún deben decidir.'}`
        : `${actorName} solicita cambios en la versión ${version} de «${title}».`,
    ],
    action: 'Abrir el entregable',
  }),
  pt: ({ recipientName, decision, actorName, clientName, title, version, fullyApproved }) => ({
    subject:
      decision === 'approved'
        ? `${clientName || actorName} aprovou ${title} (versão ${version})`
        : `${clientName || actorName} pediu alterações a ${title} (versão ${version})`,
    paragraphs: [
      greeting('pt', recipientName),
      decision === 'approved'
        ? `${actorName} aprovou a versão ${version} de «${title}».${fullyApproved ? ' Todas as aprovações foram dadas: a versão está aprovada.' : ' Outros aprovadores ainda têm de decidir.'}`
        : `${actorName} pediu alterações à versão ${version} de «${title}».`,
    ],
    action: 'Abrir o entregável',
  }),
};

export function deliverableDecidedNotice(language: string, values: DeliverableDecidedValues) {
  return renderNotice(TEXTS[noticeLanguage(language)](values), values.link);
}
