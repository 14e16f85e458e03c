import { ApiError } from '../../../api/http';
import { errorMessage, reasonOf, type Translator } from '../../../lib/errors';

/** The crm refusals the client page explains in its own words (clientRecord.reasons.*). */
const REASON_KEYS: Record<string, string> = {
  'client.changed': 'clientRecord.reasons.changed',
  'client.archived': 'clientRecord.reasons.archived',
  'client.referenced': 'clientRecord.reasons.referenced',
  'contact.successor_required': 'clientRecord.reasons.successorRequired',
  'contact.email_taken': 'clientRecord.reasons.emailTaken',
};

/** Someone else saved the client since this screen read it: nothing was written. */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.reason === 'client.changed';
}

/** The sentence for a failed write on the client page, in the viewer's language. */
export function recordErrorMessage(error: unknown, translator: Translator): string {
  const reason = reasonOf(error);
  const key = reason ? REASON_KEYS[reason] : undefined;
  return key ? translator.t(key) : errorMessage(error, translator);
}
