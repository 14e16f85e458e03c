import type { EventOfType } from '@client-portal/events';
import { mentionRecipients } from '../application/mention.notifier.js';
import type { DirectoryRecipient } from '../adapters/recipient.directory.js';
import { mentionNotification } from './mention.template.js';

const values = {
  recipientName: 'Mia',
  authorName: 'Grace',
  placeName: 'Website redesign',
  excerpt: '@Mia could you check the brief?',
  url: 'https://portal.example.com/app/clients/c1',
  path: '/app/clients/c1',
};

function person(userId: string, kind: 'staff' | 'client', clientId = ''): DirectoryRecipient {
  return {
    userId,
    kind,
    email: `${userId}@example.com`,
    name: userId,
    language: 'en',
    mobileNumber: '',
    staffRole: kind === 'staff' ? 'member' : '',
    clientId,
  };
}

function mentioned(clientVisible: boolean): EventOfType<'messaging.message.mentioned'> {
  return {
    id: 'e1',
    type: 'messaging.message.mentioned',
    version: 1,
    tenantId: 't1',
    subject: 'm1',
    occurredAt: '2026-11-30T10:00:00.000Z',
    producer: 'messaging',
    data: {
      messageId: 'm1',
      conversationId: 'w1',
      workspaceId: 'w1',
      clientId: 'c1',
      clientVisible,
      author: { userId: 'author', displayName: 'Grace', kind: 'client' },
      mentioned: [
        { userId: 'mia', kind: 'staff' },
        { userId: 'dana', kind: 'client' },
        { userId: 'eve', kind: 'client' },
        { userId: 'author', kind: 'client' },
      ],
      excerpt: '@Mia could you check the brief?',
    },
  } as EventOfType<'messaging.message.mentioned'>;
}

describe('mention notifications', () => {
  const found = [
    person('mia', 'staff'),
    person('dana', 'client', 'c1'),
    // A client user of another client, even if named, is never told.
    person('eve', 'client', 'c2'),
    person('author', 'client', 'c1'),
  ];

  it('reach the people named, never the author nor another client; no client user when internal', () => {
    expect(mentionRecipients(mentioned(true), found).map((recipient) => recipient.userId)).toEqual([
      'mia',
      'dana',
    ]);
    expect(mentionRecipients(mentioned(false), found).map((recipient) => recipient.userId)).toEqual(['mia']);
  });

  it('speak the recipient’s language, with an inbox entry linking to the conversation', () => {
    const english = mentionNotification('en', values);
    expect(english.template).toBe('mention');
    expect(english.email.subject).toBe('Grace mentioned you in Website redesign');
    expect(english.email.text).toContain('https://portal.example.com/app/clients/c1');
    expect(english.inApp).toEqual({
      title: 'Grace mentioned you in Website redesign',
      body: '@Mia could you check the brief?',
      link: '/app/clients/c1',
    });
    expect(mentionNotification('fr', values).email.subject).toBe(
      'Grace vous a mentionné dans Website redesign',
    );
    expect(mentionNotification('es', values).email.text).toContain('Abrir la conversación');
    expect(mentionNotification('pt', { ...values, placeName: '' }).email.subject).toBe('Grace mencionou-o');
    expect(mentionNotification('fr', { ...values, authorName: '<b>' }).email.html).toContain('&lt;b&gt;');
  });
});
