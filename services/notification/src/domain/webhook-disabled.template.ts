import { greeting, noticeLanguage, renderNotice, type NoticeTexts } from './notice.template.js';

/** A webhook endpoint kept failing and was disabled (issue 13): the tenant's owners and admins hear of it. */
export interface WebhookDisabledValues {
  recipientName: string;
  url: string;
  /** How long it had been failing, in hours (rounded). */
  hours: number;
  link: string;
}

const TEXTS: Record<ReturnType<typeof noticeLanguage>, (values: WebhookDisabledValues) => NoticeTexts> = {
  en: ({ recipientName, url, hours }) => ({
    subject: 'A webhook endpoint was disabled',
    paragraphs: [
      greeting('en', recipientName),
      `The endpoint ${url} has not accepted deliveries for ${hours} h, so it was disabled and receives no more events.`,
      'Fix the receiving server, then enable the endpoint again; failed deliveries can be resent from the delivery log.',
    ],
    action: 'Open the webhooks',
  }),
  fr: ({ recipientName, url, hours }) => ({
    subject: 'Un point de terminaison webhook a été désactivé',
    paragraphs: [
      greeting('fr', recipientName),
      `Le point de terminaison ${url} n’accepte plus les envois depuis ${hours} h : il a été désactivé et ne reçoit plus d’événements.`,
      'Corrigez le serveur destinataire puis réactivez le point de terminaison ; les envois échoués peuvent être renvoyés depuis le journal.',
    ],
    action: 'Ouvrir les webhooks',
  }),
  es: ({ recipientName, url, hours }) => ({
    subject: 'Se ha desactivado un endpoint de webhook',
    paragraphs: [
      greeting('es', recipientName),
      `El endpoint ${url} no acepta entregas desde hace ${hours} h, así que se ha desactivado y ya no recibe eventos.`,
      'Corrige el servidor receptor y vuelve a activar el endpoint; las entregas fallidas se pueden reenviar desde el registro.',
    ],
    action: 'Abrir los webhooks',
  }),
  pt: ({ recipientName, url, hours }) => ({
    subject: 'Um endpoint de webhook foi desativado',
    paragraphs: [
      greeting('pt', recipientName),
      `O endpoint ${url} não aceita entregas há ${hours} h, por isso foi desativado e deixou de receber eventos.`,
      'Corrija o servidor recetor e volte a ativar o endpoint; as entregas falhadas podem ser reenviadas a partir do registo.',
    ],
    action: 'Abrir os webhooks',
  }),
};

export function webhookDisabledNotice(language: string, values: WebhookDisabledValues) {
  return renderNotice(TEXTS[noticeLanguage(language)](values), values.link);
}
