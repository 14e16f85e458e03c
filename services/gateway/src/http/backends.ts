import { createServiceClient, type HostName, type ServiceClient } from '@client-portal/contracts';
import { principalSignerFromConfig, type Logger, type Principal } from '@client-portal/kit';
import type { GatewayConfig } from '../config.js';

/** One typed gRPC client per service, created once. */
export interface Backends {
  identity: ServiceClient<'identity'>;
  crm: ServiceClient<'crm'>;
  projects: ServiceClient<'projects'>;
  activity: ServiceClient<'activity'>;
  portal: ServiceClient<'portal'>;
  billing: ServiceClient<'billing'>;
  messaging: ServiceClient<'messaging'>;
  notification: ServiceClient<'notification'>;
  close(): void;
}

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
  const identity = createServiceClient('identity', address.identity, { logger, signer });
  const crm = createServiceClient('crm', address.crm, { logger, signer });
  const projects = createServiceClient('projects', address.crm, { logger, signer });
  const activity = createServiceClient('activity', address.crm, { logger, signer });
  const portal = createServiceClient('portal', address.portal, { logger, signer });
  const billing = createServiceClient('billing', address.billing, { logger, signer, deadlineMs: 15_000 });
  const messaging = createServiceClient('messaging', address.messaging, { logger, signer });
  const notification = createServiceClient('notification', address.notification, { logger, signer });
  return {
    identity,
    crm,
    projects,
    activity,
    portal,
    billing,
    messaging,
    notification,
    close() {
      for (const client of [identity, crm, projects, activity, portal, billing, messaging, notification])
        client.close();
    },
  };
}

/** Call options carrying the principal: the backend's client signs it for the service it calls. */
export function on(principal: Principal): { principal: Principal } {
  return { principal };
}
