import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http';
import { describeMessageProblem } from './message-problems';

const translator = { t: (key: string) => key, te: () => false };
const refusal = (init: Partial<ConstructorParameters<typeof ApiError>[0]>) =>
  new ApiError({ status: 400, code: 'INVALID_ARGUMENT', title: '', detail: '', ...init });

describe('describeMessageProblem', () => {
  it('names the window, the field and its rule in the reader’s words', () => {
    expect(
      describeMessageProblem(refusal({ status: 409, reason: 'message.edit_window_passed' }), translator),
    ).toBe('messageActions.problems.editWindow');
    expect(
      describeMessageProblem(
        refusal({ violations: [{ field: 'body', code: 'too_long', message: '' }] }),
        translator,
      ),
    ).toBe('messageActions.problems.bodyTooLong');
    expect(
      describeMessageProblem(
        refusal({ violations: [{ field: 'attachmentIds[0]', code: 'too_big', message: '' }] }),
        translator,
      ),
    ).toBe('messageActions.problems.fileTooBig');
    expect(describeMessageProblem(new Error('boom'), translator)).toBe('errors.generic');
  });
});
