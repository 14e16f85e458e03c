import { ApiError } from '../../../api/http';
import { errorMessage, type Translator } from '../../../lib/errors';

/** Refusals of this slice (quote.expired, quote.already_answered…) in the reader's language. */
export function describeAnswerError(error: unknown, translator: Translator): string {
  const reason = error instanceof ApiError ? error.reason : undefined;
  if (reason && /^[a-z_]+\.[a-z_]+$/.test(reason) && translator.te(`quoteAnswers.reasons.${reason}`))
    return translator.t(`quoteAnswers.reasons.${reason}`);
  return errorMessage(error, translator);
}
