import { DomainError } from '@client-portal/kit';
import {
  assertChangeable,
  checkMentions,
  deletedMessage,
  EDIT_WINDOW_MS,
  editedMessage,
  MAX_ATTACHMENT_BYTES,
  newPendingAttachment,
  type ConversationView,
} from './message-actions.js';
import { newMessage } from './message.js';

const workspace = { id: 'w1', tenantId: 't1', clientId: 'c1', workspaceId: 'w1' };
const author = { userId: 'u1', displayName: 'Ann', kind: 'staff' as const };
const posted = new Date('2026-11-30T10:00:00Z');
const conversation: ConversationView = {
  id: 'w1',
  tenantId: 't1',
  workspaceId: 'w1',
  clientId: 'c1',
  clientVisible: true,
  clientAudience: [],
};

function violationsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError)
      return error.violations.map((violation) => `${violation.field}:${violation.code ?? ''}`);
    throw error;
  }
  return [];
}

function reasonOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('message actions rules', () => {
  it('a message may be files only, never empty', () => {
    const files = [{ id: 'a1', name: 'a.txt', size: 3, contentType: 'text/plain' }];
    expect(newMessage(workspace, author, '  ', posted, { attachments: files }).body).toBe('');
    expect(violationsOf(() => newMessage(workspace, author, '  ', posted))).toEqual(['body:required']);
  });

  it('an attachment names its file and stays within the limit', () => {
    const base = {
      tenantId: 't1',
      workspaceId: 'w1',
      conversationId: 'w1',
      uploadedBy: 'u1',
      contentType: '',
    };
    expect(
      violationsOf(() => newPendingAttachment({ ...base, name: 'a/b', size: MAX_ATTACHMENT_BYTES + 1 })),
    ).toEqual(['name:invalid_format', 'size:too_big']);
    const pending = newPendingAttachment({ ...base, name: ' report.pdf ', size: MAX_ATTACHMENT_BYTES });
    expect(pending).toMatchObject({ name: 'report.pdf', contentType: 'application/octet-stream' });
    expect(pending.objectKey).toBe(`t1/message-attachments/${pending.id}`);
  });

  it('only the author changes a message, for five minutes, never once deleted', () => {
    const message = newMessage(workspace, author, 'Hello', posted);
    const inWindow = new Date(posted.getTime() + EDIT_WINDOW_MS);
    expect(() => {
      assertChangeable(message, 'u1', inWindow);
    }).not.toThrow();
    expect(
      reasonOf(() => {
        assertChangeable(message, 'u2', inWindow);
      }),
    ).toBe('message.not_author');
    expect(
      reasonOf(() => {
        assertChangeable(message, 'u1', new Date(inWindow.getTime() + 1));
      }),
    ).toBe('message.edit_window_passed');
    const gone = deletedMessage(message, inWindow);
    expect(gone).toMatchObject({ body: '', attachments: [], version: 1 });
    expect(
      reasonOf(() => {
        assertChangeable(gone, 'u1', inWindow);
      }),
    ).toBe('message.deleted');
    expect(editedMessage(message, ' Hi ', inWindow)).toMatchObject({
      body: 'Hi',
      editedAt: inWindow,
      version: 1,
    });
    expect(violationsOf(() => editedMessage(message, '', inWindow))).toEqual(['body:required']);
  });

  it('never mentions a client user in an internal conversation; each person once', () => {
    const grace = { userId: 'x1', kind: 'client' as const, displayName: 'Grace' };
    expect(checkMentions(conversation, [grace, grace])).toEqual([grace]);
    expect(violationsOf(() => checkMentions({ ...conversation, clientVisible: false }, [grace]))).toEqual([
      'mentions[0]:invalid_value',
    ]);
  });
});
