import { producerSchemas } from '@client-portal/events';
import { ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { ClientService } from './application/client.service.js';
import { ClientListService } from './application/client-list.service.js';
import type { CrmConfig } from './config.js';

export { loadCrmConfig, type CrmConfig } from './config.js';
import { crmSubscriptions } from './events/subscriptions.js';
import { crmHandlers } from './grpc/crm.handler.js';
import { CLIENTS_COLLECTION, ClientRepository } from './store/client.repository.js';
import { ClientProjectTallyRepository } from './store/client-project-tally.repository.js';
import { CLIENT_IMPORTS_COLLECTION, ClientImportRepository } from './store/client-import.repository.js';

/** Wires crm: runtime → repositories → use cases → gRPC → consumers → SERVING. */
export async function startCrm(config: CrmConfig): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'crm',
    config,
    outboxCollections: [CLIENTS_COLLECTION, CLIENT_IMPORTS_COLLECTION],
    produces: producerSchemas('crm'),
  });
  const clients = new ClientRepository(runtime.connection);
  const projectTally = new ClientProjectTallyRepository(runtime.connection);
  const imports = new ClientImportRepository(runtime.connection);
  await runtime.ensureIndexes([clients, projectTally, imports]);
  const service = new ClientService(clients, runtime.outbox, runtime.relay);
  const clientList = new ClientListService(clients, imports, runtime.outbox, runtime.relay, runtime.logger);
  await runtime.serveGrpc(
    [contractOf('crm').packageDefinition],
    [{ definition: serviceDefinition('crm'), handlers: crmHandlers(service, clientList) }],
  );
  await runtime.consume(crmSubscriptions(clients, projectTally));
  runtime.ready();
  return runtime;
}
