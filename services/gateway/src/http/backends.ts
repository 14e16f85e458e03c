import {
  createServiceClient,
  SERVICES,
  type HostName,
  type ServiceClient,
  type ServiceName,
} from '@client-portal/contracts';
import { principalSignerFromConfig, type Logger, type Principal } from '@client-portal/kit';
import type { GatewayConfig } from '../config.js';

/** One typed gRPC client per API (several APIs may share a host), created once. */
export type Backends = { [Name in ServiceName]: ServiceClient<Name> } & { close(): void };

export function createBackends(config: GatewayConfig, logger: Logger): Backends {
  const address: Record<HostName, string> = {
    identity: config.IDENTITY_GRPC_ADDRESS,
    crm: config.CRM_GRPC_ADDRESS,
    portal: config.PORTAL_GRPC_ADDRESS,
    billing: config.BILLING_GRPC_ADDRESS,
    messaging: config.MESSAGING_GRPC_ADDRESS,
    notification: config.NOTIFICATION_GRPC_ADDRESS,
  };
  // Every call made on someone's behalf carries their principal as a token the gateway signs.
  const signer = principalSignerFromConfig('gateway', config.PRINCIPAL_SIGNING_KEY);
  const clients = new Map<ServiceName, { close(): void }>();
  const create = <Name extends ServiceName>(name: Name): ServiceClient<Name> => {
    const host = SERVICES[name].host;
    // Billing renders PDFs: its calls get more time than the default.
    const deadline = host === 'billing' ? { deadlineMs: 15_000 } : {};
    const client = createServiceClient(name, address[host], { logger, signer, ...deadline });
    clients.set(name, client);
    return client;
  };
  const backends = Object.fromEntries(
    (Object.keys(SERVICES) as ServiceName[]).map((name) => [name, create(name)]),
  ) as { [Name in ServiceName]: ServiceClient<Name> };
  return {
    ...backends,
    close() {
      for (const client of clients.values()) client.close();
    },
  };
}

/** Call options carrying the principal: the backend's client signs it for the service it calls. */
export function on(principal: Principal): { principal: Principal } {
  return { principal };
}
