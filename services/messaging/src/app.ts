import { producerSchemas } from '@client-portal/events';
import { ObjectStore, ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { MessageService } from './application/message.service.js';
import type { MessagingConfig } from './config.js';
import { messagingSubscriptions } from './events/subscriptions.js';
import { messagingHandlers } from './grpc/messaging.handler.js';
import { MESSAGES_COLLECTION, MessageRepository } from './store/message.repository.js';
import { WorkspaceAccessRepository } from './store/workspace-access.repository.js';
import { READ_MARKERS_COLLECTION, ReadMarkerRepository } from './store/read-marker.repository.js';
import { CONVERSATIONS_COLLECTION, ConversationRepository } from './store/conversation.repository.js';
import { ConversationService } from './application/conversation.service.js';
import { conversationHandlers } from './grpc/conversation.handler.js';
import { MessageActionService } from './application/message-action.service.js';
import { ConversationServiceGate } from './application/conversation-gate.js';
import { messageActionHandlers } from './grpc/message-action.handler.js';
import { MessageAttachmentRepository } from './store/message-attachment.repository.js';

// The package's entry point: whoever embeds the service (the end-to-end tests) loads its config too.
export { loadMessagingConfig } from './config.js';

/** Wires messaging: runtime → repositories → use cases → gRPC → consumers → SERVING. */
export async function startMessaging(config: MessagingConfig): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'messaging',
    config,
    outboxCollections: [MESSAGES_COLLECTION, CONVERSATIONS_COLLECTION, READ_MARKERS_COLLECTION],
    produces: producerSchemas('messaging'),
  });
  const messages = new MessageRepository(runtime.connection);
  const workspaces = new WorkspaceAccessRepository(runtime.connection);
  const readMarkers = new ReadMarkerRepository(runtime.connection);
  const conversationStore = new ConversationRepository(runtime.connection);
  // Message actions (issue 12): attachments live in the object store; edits, deletions, mentions.
  const attachments = new MessageAttachmentRepository(runtime.connection);
  await runtime.ensureIndexes([messages, workspaces, readMarkers, conversationStore, attachments]);
  // Issue 12: messages written before conversations join their workspace's default conversation.
  const migrated = await messages.migrateToConversations();
  if (migrated > 0) runtime.logger.info({ migrated }, 'messages moved into their default conversations');
  // Issue 13 (partner API): the sync order needs every message's updatedAt.
  const backfilled = await messages.backfillUpdatedAt();
  if (backfilled > 0) runtime.logger.info({ backfilled }, 'message updatedAt backfilled for the sync order');
  const objects = new ObjectStore(config);
  await objects.ensureBucket();
  const conversations = new ConversationService(
    conversationStore,
    workspaces,
    messages,
    readMarkers,
    runtime.outbox,
  );
  const actions = new MessageActionService(
    messages,
    attachments,
    new ConversationServiceGate(conversations),
    objects,
    runtime.outbox,
    readMarkers,
    runtime.logger,
  );
  const service = new MessageService(messages, conversations, conversationStore, runtime.outbox, actions);
  await runtime.serveGrpc(
    [
      contractOf('messaging').packageDefinition,
      contractOf('conversations').packageDefinition,
      contractOf('messageActions').packageDefinition,
    ],
    [
      { definition: serviceDefinition('messaging'), handlers: messagingHandlers(service) },
      { definition: serviceDefinition('conversations'), handlers: conversationHandlers(conversations) },
      { definition: serviceDefinition('messageActions'), handlers: messageActionHandlers(actions) },
    ],
  );
  await runtime.consume(messagingSubscriptions(workspaces));
  runtime.ready();
  return runtime;
}
