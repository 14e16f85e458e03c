import { producerSchemas } from '@client-portal/events';
import { ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { ActivityService } from './application/activity.service.js';
import { ClientService } from './application/client.service.js';
import { ClientListService } from './application/client-list.service.js';
import { ProjectService } from './application/project.service.js';
import type { CrmConfig } from './config.js';

export { loadCrmConfig, type CrmConfig } from './config.js';
import { crmSubscriptions } from './events/subscriptions.js';
import { activityHandlers } from './grpc/activity.handler.js';
import { crmHandlers } from './grpc/crm.handler.js';
import { projectHandlers } from './grpc/project.handler.js';
import { CLIENTS_COLLECTION, ClientRepository } from './store/client.repository.js';
import {
  PROJECT_TOMBSTONES_COLLECTION,
  PROJECTS_COLLECTION,
  ProjectRepository,
} from './store/project.repository.js';
import { StaffDirectoryRepository } from './store/staff-directory.repository.js';
import { ConversationRepository } from './store/conversation.repository.js';
import { InvoiceFactRepository } from './store/invoice-fact.repository.js';
import { ProjectSummaryRepository } from './store/project-summary.repository.js';
import { TimelineRepository } from './store/timeline.repository.js';
import { ClientProjectTallyRepository } from './store/client-project-tally.repository.js';
import { CLIENT_IMPORTS_COLLECTION, ClientImportRepository } from './store/client-import.repository.js';

/** How often deleted clients' tombstones are removed once their event has been published. */
const TOMBSTONE_SWEEP_MS = 60_000;

/** Wires crm: runtime → repositories → use cases → gRPC → consumers → SERVING. */
export async function startCrm(config: CrmConfig): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'crm',
    config,
    outboxCollections: [
      CLIENTS_COLLECTION,
      CLIENT_IMPORTS_COLLECTION,
      PROJECTS_COLLECTION,
      PROJECT_TOMBSTONES_COLLECTION,
    ],
    produces: producerSchemas('crm'),
  });
  const clients = new ClientRepository(runtime.connection);
  const projects = new ProjectRepository(runtime.connection);
  const staffDirectory = new StaffDirectoryRepository(runtime.connection);
  const projectTally = new ClientProjectTallyRepository(runtime.connection);
  const imports = new ClientImportRepository(runtime.connection);
  const activityStores = {
    timeline: new TimelineRepository(runtime.connection),
    projects: new ProjectSummaryRepository(runtime.connection),
    invoices: new InvoiceFactRepository(runtime.connection),
    conversations: new ConversationRepository(runtime.connection),
  };
  await runtime.ensureIndexes([
    clients,
    projects,
    staffDirectory,
    projectTally,
    imports,
    ...Object.values(activityStores),
  ]);
  const service = new ClientService(clients, runtime.outbox, staffDirectory, projects);
  const clientList = new ClientListService(clients, imports, runtime.outbox, runtime.logger);
  const activity = new ActivityService(
    clients,
    activityStores.timeline,
    activityStores.projects,
    activityStores.invoices,
    activityStores.conversations,
  );
  await runtime.serveGrpc(
    [
      contractOf('crm').packageDefinition,
      contractOf('projects').packageDefinition,
      contractOf('activity').packageDefinition,
    ],
    [
      { definition: serviceDefinition('crm'), handlers: crmHandlers(service, clientList) },
      {
        definition: serviceDefinition('projects'),
        handlers: projectHandlers(new ProjectService(projects, clients, runtime.outbox)),
      },
      { definition: serviceDefinition('activity'), handlers: activityHandlers(activity) },
    ],
  );
  await runtime.consume(crmSubscriptions(clients, staffDirectory, activityStores, projectTally));
  const sweep = setInterval(() => {
    clients.purgeDeleted().catch((error: unknown) => {
      runtime.logger.warn({ err: error }, 'removing deleted clients failed; retrying later');
    });
  }, TOMBSTONE_SWEEP_MS);
  sweep.unref();
  runtime.lifecycle.onShutdown('client tombstone sweep', () => {
    clearInterval(sweep);
  });
  runtime.ready();
  return runtime;
}
