import { FIELD_LIMITS } from '@client-portal/kit';
import { violationsOf } from '@client-portal/testing';
import { checkSendInput } from './document-rules.js';

describe('the limits of sending a billing document', () => {
  const recipient = (name = 'Ann') => ({ name });

  it('takes the limits themselves', () => {
    expect(() => {
      checkSendInput(
        Array.from({ length: FIELD_LIMITS.billing.sendRecipients }, () =>
          recipient('n'.repeat(FIELD_LIMITS.billing.recipientName)),
        ),
        'm'.repeat(FIELD_LIMITS.billing.sendMessage),
      );
    }).not.toThrow();
  });

  it('names the list, the recipient and the message over their limits', () => {
    expect(
      violationsOf(() => {
        checkSendInput(
          [recipient(), recipient('n'.repeat(FIELD_LIMITS.billing.recipientName + 1))],
          'm'.repeat(FIELD_LIMITS.billing.sendMessage + 1),
        );
      }),
    ).toEqual([
      { field: 'recipients[1].name', code: 'too_long' },
      { field: 'message', code: 'too_long' },
    ]);
    expect(
      violationsOf(() => {
        checkSendInput(
          Array.from({ length: FIELD_LIMITS.billing.sendRecipients + 1 }, () => recipient()),
          '',
        );
      }),
    ).toEqual([{ field: 'recipients', code: 'too_big' }]);
  });
});
