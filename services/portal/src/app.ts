import { producerSchemas } from '@client-portal/events';
import { ObjectStore, ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { WorkspaceService } from './application/workspace.service.js';
import type { TabSource } from './application/workspace-tabs.js';
import type { PortalConfig } from './config.js';
import { portalSubscriptions } from './events/subscriptions.js';
import { portalHandlers } from './grpc/portal.handler.js';
import { PortalSettingsService } from './application/portal-settings.service.js';
import { portalSettingsHandlers } from './grpc/portal-settings.handler.js';
import { VIEW_AS_RECORDS_COLLECTION, ViewAsRecordRepository } from './store/view-as-record.repository.js';
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
    outboxCollections: [WORKSPACES_COLLECTION, VIEW_AS_RECORDS_COLLECTION],
    produces: producerSchemas('portal'),
  });
  const workspaces = new WorkspaceRepository(runtime.connection);
  const documents = new SharedDocumentRepository(runtime.connection);
  const settings = new PortalSettingsRepository(runtime.connection);
  const viewAsRecords = new ViewAsRecordRepository(runtime.connection);
  await runtime.ensureIndexes([workspaces, documents, settings, viewAsRecords]);
  // Files and deliverable versions live in the S3-compatible object store (kit ObjectStore).
  const objects = new ObjectStore(config);
  await objects.ensureBucket();
  runtime.lifecycle.onShutdown('object store', () => {
    objects.close();
    return Promise.resolve();
  });
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
  ];
  const service = new WorkspaceService(workspaces, documents, runtime.outbox, runtime.relay, tabSources);
  await runtime.serveGrpc(
    [contractOf('portal').packageDefinition, contractOf('portalSettings').packageDefinition],
    [
      { definition: serviceDefinition('portal'), handlers: portalHandlers(service) },
      {
        definition: serviceDefinition('portalSettings'),
        handlers: portalSettingsHandlers(
          new PortalSettingsService(settings, workspaces, viewAsRecords, runtime.outbox, runtime.relay),
        ),
      },
    ],
  );
  await runtime.consume(portalSubscriptions(documents));
  runtime.ready();
  return runtime;
}
