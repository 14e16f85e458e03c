import { producerSchemas } from '@client-portal/events';
import { ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { ClientService } from './application/client.service.js';
import { ProjectService } from './application/project.service.js';
import type { CrmConfig } from './config.js';

export { loadCrmConfig, type CrmConfig } from './config.js';
import { crmSubscriptions } from './events/subscriptions.js';
import { crmHandlers } from './grpc/crm.handler.js';
import { projectHandlers } from './grpc/project.handler.js';
import { CLIENTS_COLLECTION, ClientRepository } from './store/client.repository.js';
import {
  PROJECT_TOMBSTONES_COLLECTION,
  PROJECTS_COLLECTION,
  ProjectRepository,
} from './store/project.repository.js';
import { StaffDirectoryRepository } from './store/staff-directory.repository.js';

/** How often deleted clients' tombstones are removed once their event has been published. */
const TOMBSTONE_SWEEP_MS = 60_000;

/** Wires crm: runtime → repositories → use cases → gRPC → consumers → SERVING. */
export async function startCrm(config: CrmConfig): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'crm',
    config,
    outboxCollections: [CLIENTS_COLLECTION, PROJECTS_COLLECTION, PROJECT_TOMBSTONES_COLLECTION],
    produces: producerSchemas('crm'),
  });
  const clients = new ClientRepository(runtime.connection);
  const projects = new ProjectRepository(runtime.connection);
  const staffDirectory = new StaffDirectoryRepository(runtime.connection);
  await runtime.ensureIndexes([clients, projects, staffDirectory]);
  const service = new ClientService(clients, runtime.outbox, runtime.relay, staffDirectory);
  await runtime.serveGrpc(
    [contractOf('crm').packageDefinition, contractOf('projects').packageDefinition],
    [
      { definition: serviceDefinition('crm'), handlers: crmHandlers(service) },
      {
        definition: serviceDefinition('projects'),
        handlers: projectHandlers(new ProjectService(projects, clients, runtime.outbox, runtime.relay)),
      },
    ],
  );
  await runtime.consume(crmSubscriptions(clients, staffDirectory));
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
