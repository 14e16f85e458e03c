import { errorMessage, reasonOf, type Translator } from '../../../lib/errors';

/** The slice's own refusals (join.rate_limited …) in the viewer's language, else the app's usual sentence. */
export function joinLinkErrorMessage(error: unknown, translator: Translator): string {
  const reason = reasonOf(error);
  const key = reason ? `joinLinks.reasons.${reason.replace(/^join\./, '')}` : '';
  return key && translator.te(key) ? translator.t(key) : errorMessage(error, translator);
}
