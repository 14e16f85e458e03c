import { producerSchemas } from '@client-portal/events';
import { ObjectStore, ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { WorkspaceService } from './application/workspace.service.js';
import { ContentService } from './application/content.service.js';
import { TimelineRecorder } from './application/timeline-recorder.js';
import type { TabSource } from './application/workspace-tabs.js';
import type { PortalConfig } from './config.js';
import { portalSubscriptions } from './events/subscriptions.js';
import { portalHandlers } from './grpc/portal.handler.js';
import { contentHandlers } from './grpc/content.handler.js';
import { CONTENT_COLLECTION, ContentRepository } from './store/content.repository.js';
import { TimelineRepository } from './store/timeline.repository.js';
import { PortalSettingsRepository } from './store/portal-settings.repository.js';
import { SharedDocumentRepository } from './store/shared-document.repository.js';
import { WORKSPACES_COLLECTION, WorkspaceRepository } from './store/workspace.repository.js';

// The package's entry point: whoever embeds the service (the end-to-end tests) loads its config too.
export { loadPortalConfig } from './config.js';

/** Wires portal: runtime → repositories → use cases → gRPC → consumers → SERVING. */
export async function startPortal(config: PortalConfig): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'portal',
    config,
    outboxCollections: [WORKSPACES_COLLECTION, CONTENT_COLLECTION],
    produces: producerSchemas('portal'),
  });
  const workspaces = new WorkspaceRepository(runtime.connection);
  const documents = new SharedDocumentRepository(runtime.connection);
  const settings = new PortalSettingsRepository(runtime.connection);
  const contentItems = new ContentRepository(runtime.connection);
  const timeline = new TimelineRepository(runtime.connection);
  await runtime.ensureIndexes([workspaces, documents, settings]);
  await runtime.ensureIndexes([contentItems, timeline]);
  // Files and deliverable versions live in the S3-compatible object store (kit ObjectStore).
  const objects = new ObjectStore(config);
  await objects.ensureBucket();
  runtime.lifecycle.onShutdown('object store', () => {
    objects.close();
    return Promise.resolve();
  });
  const content = new ContentService(
    workspaces,
    contentItems,
    settings,
    timeline,
    runtime.outbox,
    runtime.relay,
  );
  // What each module shows a client user decides whether its tab appears (application/workspace-tabs.ts).
  const tabSources: TabSource[] = [
    {
      module: 'billing',
      // The billing contact holds only "pay": invoices are what they are there for.
      rights: ['view', 'pay'],
      hasSomethingFor: async (_principal, workspace) =>
        (await documents.listForClient(workspace.tenantId, workspace.clientId, 1)).length > 0,
    },
    // Messages: a client user with the chat right may always start a conversation.
    { module: 'messages', rights: ['chat'], hasSomethingFor: () => Promise.resolve(true) },
    // Content slice: links, allowed embeds, client-visible notes, client-visible timeline entries.
    {
      module: 'links',
      rights: ['view'],
      hasSomethingFor: (_principal, workspace) => content.hasLinks(workspace),
    },
    {
      module: 'embeds',
      rights: ['view'],
      hasSomethingFor: (_principal, workspace) => content.hasAllowedEmbeds(workspace),
    },
    {
      module: 'notes',
      rights: ['view'],
      hasSomethingFor: (_principal, workspace) => content.hasClientVisibleNotes(workspace),
    },
    {
      module: 'timeline',
      rights: ['view'],
      hasSomethingFor: (_principal, workspace) => content.hasClientVisibleTimeline(workspace),
    },
  ];
  const service = new WorkspaceService(workspaces, documents, runtime.outbox, runtime.relay, tabSources);
  await runtime.serveGrpc(
    [contractOf('portal').packageDefinition, contractOf('content').packageDefinition],
    [
      { definition: serviceDefinition('portal'), handlers: portalHandlers(service) },
      { definition: serviceDefinition('content'), handlers: contentHandlers(content) },
    ],
  );
  const recorder = new TimelineRecorder(timeline, (tenantId, clientId) =>
    workspaces.list(tenantId, { clientId }),
  );
  await runtime.consume(portalSubscriptions(documents, recorder));
  runtime.ready();
  return runtime;
}
