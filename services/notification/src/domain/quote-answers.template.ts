import { button, escapeHtml, layout, oneLine, otherChannels, type RenderedEmail } from './templates.js';

type Language = 'en' | 'fr' | 'es' | 'pt';

/** What the agency is told when its client answers a quote. */
export interface QuoteAnsweredValues {
  decision: 'accepted' | 'rejected';
  clientName: string;
  number: string;
  signerName: string;
  comment: string;
  /** The public verification page of the evidence. */
  verifyUrl: string;
  /** Where staff open the client. */
  link: string;
}

/** What the other side is told when someone comments on a document. */
export interface DocumentCommentValues {
  authorName: string;
  /** The agency (when the client is told) or the client (when staff are told). */
  otherPartyName: string;
  number: string;
  body: string;
  link: string;
}

interface Texts {
  answeredSubject(values: QuoteAnsweredValues): string;
  answeredIntro(values: QuoteAnsweredValues): string;
  commentLabel: string;
  verify: string;
  openClient: string;
  commentSubject(values: DocumentCommentValues): string;
  commentIntro(values: DocumentCommentValues): string;
  openDocument: string;
}

const TEXTS: Record<Language, Texts> = {
  en: {
    answeredSubject: ({ decision, clientName, number }) =>
      `${clientName} ${decision === 'accepted' ? 'accepted' : 'rejected'} quote ${number}`,
    answeredIntro: ({ decision, clientName, number, signerName }) =>
      `${signerName} (${clientName}) ${decision === 'accepted' ? 'accepted' : 'rejected'} quote ${number}, signing with their typed full name.`,
    commentLabel: 'Their comment',
    verify: 'See the evidence',
    openClient: 'Open the client',
    commentSubject: ({ number, authorName }) => `New comment on ${number} from ${authorName}`,
    commentIntro: ({ authorName, otherPartyName, number }) =>
      `${authorName} (${otherPartyName}) commented on ${number}:`,
    openDocument: 'Open the document',
  },
  fr: {
    answeredSubject: ({ decision, clientName, number }) =>
      `${clientName} a ${decision === 'accepted' ? 'accepté' : 'refusé'} le devis ${number}`,
    answeredIntro: ({ decision, clientName, number, signerName }) =>
      `${signerName} (${clientName}) a ${decision === 'accepted' ? 'accepté' : 'refusé'} le devis ${number} en signant de son nom complet.`,
    commentLabel: 'Son commentaire',
    verify: 'Voir la preuve',
    openClient: 'Ouvrir le client',
    commentSubject: ({ number, authorName }) => `Nouveau commentaire sur ${number} de ${authorName}`,
    commentIntro: ({ authorName, otherPartyName, number }) =>
      `${authorName} (${otherPartyName}) a commenté ${number} :`,
    openDocument: 'Ouvrir le document',
  },
  es: {
    answeredSubject: ({ decision, clientName, number }) =>
      `${clientName} ha ${decision === 'accepted' ? 'aceptado' : 'rechazado'} el presupuesto ${number}`,
    answeredIntro: ({ decision, clientName, number, signerName }) =>
      `${signerName} (${clientName}) ha ${decision === 'accepted' ? 'aceptado' : 'rechazado'} el presupuesto ${number}, firmando con su nombre completo.`,
    commentLabel: 'Su comentario',
    verify: 'Ver la prueba',
    openClient: 'Abrir el cliente',
    commentSubject: ({ number, authorName }) => `Nuevo comentario en ${number} de ${authorName}`,
    commentIntro: ({ authorName, otherPartyName, number }) =>
      `${authorName} (${otherPartyName}) ha comentado ${number}:`,
    openDocument: 'Abrir el documento',
  },
  pt: {
    answeredSubject: ({ decision, clientName, number }) =>
      `${clientName} ${decision === 'accepted' ? 'aceitou' : 'recusou'} o orçamento ${number}`,
    answeredIntro: ({ decision, clientName, number, signerName }) =>
      `${signerName} (${clientName}) ${decision === 'accepted' ? 'aceitou' : 'recusou'} o orçamento ${number}, assinando com o seu nome completo.`,
    commentLabel: 'O seu comentário',
    verify: 'Ver a prova',
    openClient: 'Abrir o cliente',
    commentSubject: ({ number, authorName }) => `Novo comentário em ${number} de ${authorName}`,
    commentIntro: ({ authorName, otherPartyName, number }) =>
      `${authorName} (${otherPartyName}) comentou ${number}:`,
    openDocument: 'Abrir o documento',
  },
};

function textsFor(language: string): Texts {
  const key = language.trim().toLowerCase();
  return key === 'fr' || key === 'es' || key === 'pt' ? TEXTS[key] : TEXTS.en;
}

/** The agency hears that its client accepted or rejected a quote, with a link to the evidence. */
export function quoteAnsweredEmail(language: string, values: QuoteAnsweredValues): RenderedEmail {
  const texts = textsFor(language);
  const intro = texts.answeredIntro(values);
  const comment = values.comment ? `${texts.commentLabel}: “${values.comment}”` : '';
  return {
    subject: oneLine(texts.answeredSubject(values)),
    text:
      [intro, comment, `${texts.verify}:\n${values.verifyUrl}`, `${texts.openClient}:\n${values.link}`]
        .filter(Boolean)
        .join('\n\n') + '\n',
    html: layout([
      `<p>${escapeHtml(intro)}</p>`,
      ...(comment
        ? [`<blockquote style="margin:0 0 16px;color:#334e68">${escapeHtml(comment)}</blockquote>`]
        : []),
      button(values.verifyUrl, texts.verify),
      `<p><a href="${escapeHtml(values.link)}">${escapeHtml(texts.openClient)}</a></p>`,
    ]),
    ...otherChannels(texts.answeredSubject(values), intro, values.link),
  };
}

/** A comment on a document, for the side that did not write it. */
export function documentCommentEmail(language: string, values: DocumentCommentValues): RenderedEmail {
  const texts = textsFor(language);
  const intro = texts.commentIntro(values);
  return {
    subject: oneLine(texts.commentSubject(values)),
    text: [intro, values.body, `${texts.openDocument}:\n${values.link}`].join('\n\n') + '\n',
    html: layout([
      `<p>${escapeHtml(intro)}</p>`,
      `<blockquote style="margin:0 0 16px;color:#334e68;white-space:pre-wrap">${escapeHtml(values.body)}</blockquote>`,
      button(values.link, texts.openDocument),
    ]),
    ...otherChannels(texts.commentSubject(values), values.body, values.link),
  };
}
