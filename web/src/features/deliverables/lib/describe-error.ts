import { errorMessage, reasonOf, type Translator } from '../../../lib/errors';

/** The deliverables' refusals in the user's language (deliverables.reasons.*), else the generic wording. */
export function describeDeliverableError(error: unknown, translator: Translator): string {
  const reason = reasonOf(error)?.replace(/^(deliverable|upload|workspace)\./, '$1_');
  const key = reason ? `deliverables.reasons.${reason}` : '';
  return key && translator.te(key) ? translator.t(key) : errorMessage(error, translator);
}
