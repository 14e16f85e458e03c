import { deletedMessage, editedMessage } from './message-actions.js';
import { newMessage, updatedAtOf } from './message.js';

const conversation = { id: 'w1', tenantId: 't1', clientId: 'c1', workspaceId: 'w1' };
const author = { userId: 'partner:app-1', displayName: 'Acme Books', kind: 'staff' as const };

describe('updatedAtOf (the partner API sync order)', () => {
  const posted = newMessage(conversation, author, 'Hello', new Date('2026-11-30T10:00:00.000Z'));

  it('is the posting time until the message changes', () => {
    expect(updatedAtOf(posted).toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });

  it('is the last of posting, edit and deletion', () => {
    const edited = editedMessage(posted, 'Hello again', new Date('2026-11-30T10:02:00.000Z'));
    expect(updatedAtOf(edited).toISOString()).toBe('2026-11-30T10:02:00.000Z');
    const deleted = deletedMessage(edited, new Date('2026-11-30T10:04:00.000Z'));
    expect(updatedAtOf(deleted).toISOString()).toBe('2026-11-30T10:04:00.000Z');
    // A deletion stamped before an edit (clock skew between replicas) does not move it back.
    expect(updatedAtOf({ ...edited, deletedAt: new Date('2026-11-30T10:01:00.000Z') }).toISOString()).toBe(
      '2026-11-30T10:02:00.000Z',
    );
  });
});
