import { ApiError } from '../../../api/http';
import { errorMessage, type Translator } from '../../../lib/errors';

const REASONS: Record<string, string> = {
  'message.edit_window_passed': 'messageActions.problems.editWindow',
  'message.deleted': 'messageActions.problems.alreadyDeleted',
  'message.changed_meanwhile': 'messageActions.problems.changedMeanwhile',
};

/** The first refused field of a message, in the reader's words (the server's code, not its English). */
function violationKey(field: string, code: string | undefined): string | undefined {
  if (field === 'body') return code === 'too_long' ? 'bodyTooLong' : 'bodyRequired';
  if (field.startsWith('attachmentIds'))
    return code === 'too_big' ? 'fileTooBig' : code === 'required' ? 'fileNotReady' : 'fileUnknown';
  if (field.startsWith('mentions')) return 'mentionInvalid';
  return undefined;
}

/** Words a refused message action (send, edit, delete) for the composer and the message. */
export function describeMessageProblem(error: unknown, translator: Translator): string {
  if (error instanceof ApiError) {
    const reason = error.reason ? REASONS[error.reason] : undefined;
    if (reason) return translator.t(reason);
    const [first] = error.violations;
    const key = first ? violationKey(first.field, first.code) : undefined;
    if (key) return translator.t(`messageActions.problems.${key}`);
  }
  return errorMessage(error, translator);
}
