import { producerSchemas } from '@client-portal/events';
import { ObjectStore, ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { TaskService } from './application/task.service.js';
import { WorkspaceService } from './application/workspace.service.js';
import type { TabSource } from './application/workspace-tabs.js';
import type { PortalConfig } from './config.js';
import { portalSubscriptions } from './events/subscriptions.js';
import { portalHandlers } from './grpc/portal.handler.js';
import { taskHandlers } from './grpc/task.handler.js';
import { PortalSettingsRepository } from './store/portal-settings.repository.js';
import { SharedDocumentRepository } from './store/shared-document.repository.js';
import { TASK_COMMENTS_COLLECTION, TASKS_COLLECTION, TaskRepository } from './store/task.repository.js';
import { WorkspaceProjectRepository } from './store/workspace-project.repository.js';
import { WORKSPACES_COLLECTION, WorkspaceRepository } from './store/workspace.repository.js';

// The package's entry point: whoever embeds the service (the end-to-end tests) loads its config too.
export { loadPortalConfig } from './config.js';

/** Wires portal: runtime → repositories → use cases → gRPC → consumers → SERVING. */
export async function startPortal(config: PortalConfig): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'portal',
    config,
    outboxCollections: [WORKSPACES_COLLECTION, TASKS_COLLECTION, TASK_COMMENTS_COLLECTION],
    produces: producerSchemas('portal'),
  });
  const workspaces = new WorkspaceRepository(runtime.connection);
  const documents = new SharedDocumentRepository(runtime.connection);
  const settings = new PortalSettingsRepository(runtime.connection);
  const tasks = new TaskRepository(runtime.connection);
  const projects = new WorkspaceProjectRepository(runtime.connection);
  await runtime.ensureIndexes([workspaces, documents, settings, tasks, projects]);
  const taskService = new TaskService(tasks, workspaces, projects, runtime.outbox, runtime.relay);
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
    // Tasks: client-visible tasks, or milestones of the linked project.
    taskService.tabSource(),
  ];
  const service = new WorkspaceService(workspaces, documents, runtime.outbox, runtime.relay, tabSources);
  await runtime.serveGrpc(
    [contractOf('portal').packageDefinition, contractOf('tasks').packageDefinition],
    [
      { definition: serviceDefinition('portal'), handlers: portalHandlers(service) },
      { definition: serviceDefinition('tasks'), handlers: taskHandlers(taskService) },
    ],
  );
  await runtime.consume(portalSubscriptions(documents, projects));
  runtime.ready();
  return runtime;
}
