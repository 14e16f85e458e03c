import type { EventOfType } from '@client-portal/events';
import type { Recipient } from '../domain/delivery.js';
import { mentionNotification } from '../domain/mention.template.js';
import type { DirectoryRecipient, RecipientLookup } from '../adapters/recipient.directory.js';
import type { WorkspaceRepository } from '../store/workspace.repository.js';
import type { Dispatcher } from './dispatcher.js';

type MentionEvent = EventOfType<'messaging.message.mentioned'>;

/**
 * The people a mention may reach: those named, never its author, and a client user only when the
 * conversation is client-visible and they belong to its client (an internal discussion never reaches
 * a client user, whatever the event says).
 */
export function mentionRecipients(event: MentionEvent, found: DirectoryRecipient[]): Recipient[] {
  const { data } = event;
  const named = new Map(data.mentioned.map((mention) => [mention.userId, mention.kind]));
  return found
    .filter((person) => named.get(person.userId) === person.kind && person.userId !== data.author.userId)
    .filter((person) => person.kind === 'staff' || (data.clientVisible && person.clientId === data.clientId))
    .map(({ clientId: _clientId, ...recipient }) => recipient);
}

/** Kind `mention`: each person a message mentions is told, in-app and by e-mail, through the dispatcher. */
export class MentionNotifier {
  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly directory: RecipientLookup,
    private readonly workspaces: WorkspaceRepository,
    private readonly webUrl: string,
  ) {}

  async notify(event: MentionEvent): Promise<void> {
    const { data } = event;
    const found = await this.directory.recipients(event.tenantId, {
      userIds: data.mentioned.map((mention) => mention.userId),
    });
    const recipients = mentionRecipients(event, found);
    if (recipients.length === 0) return;
    const workspace = await this.workspaces.find(event.tenantId, data.workspaceId);
    const base = this.webUrl.replace(/\/$/, '');
    await this.dispatcher.dispatch(event, 'mention', recipients, (recipient) => {
      // Staff answer from the client page; client users from their workspace's messages.
      const path =
        recipient.kind === 'staff'
          ? `/app/clients/${encodeURIComponent(data.clientId)}`
          : `/portal/workspaces/${encodeURIComponent(data.workspaceId)}`;
      return mentionNotification(recipient.language, {
        recipientName: recipient.name,
        authorName: data.author.displayName,
        placeName: workspace?.name || workspace?.clientName || '',
        excerpt: data.excerpt,
        url: `${base}${path}`,
        path,
      });
    });
  }
}
