import { readFileSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import {
  createGrpcServer,
  type CallContext,
  type GrpcServer,
  type GrpcServiceRegistration,
  type Logger,
  type UnaryHandler,
} from '@client-portal/kit';
import type { Backends } from '../http/backends.js';
import { PartnerAuthenticator, type PartnerTokenSettings } from './authenticate.js';
import { partnerPrincipal, type PartnerMethods } from './call.js';
import {
  PARTNER_PACKAGE,
  partnerContract,
  partnerReflectionDefinition,
  partnerServiceDefinition,
  type PartnerServiceName,
} from './contract.js';
import { scopeMissing, toPartnerStatus } from './errors.js';
import { PartnerIdempotency } from './idempotency.js';
import { PartnerRateLimiter } from './rate-limit.js';
import { partnerResources } from './resources/index.js';

export interface PartnerServerSettings extends PartnerTokenSettings {
  host: string;
  port: number;
  /** PEM files; both set: the port speaks TLS only. */
  tlsCertFile: string;
  tlsKeyFile: string;
  reflection: boolean;
}

/** What a resource module gives: its service and one PartnerMethod per RPC. */
export interface PartnerResource {
  service: PartnerServiceName;
  methods: (backends: Backends) => PartnerMethods;
}

function credentialsOf(settings: PartnerServerSettings): grpc.ServerCredentials | undefined {
  if (!settings.tlsCertFile && !settings.tlsKeyFile) return undefined;
  if (!settings.tlsCertFile || !settings.tlsKeyFile)
    throw new Error('PARTNER_TLS_CERT_FILE and PARTNER_TLS_KEY_FILE go together: set both or neither');
  return grpc.ServerCredentials.createSsl(null, [
    { cert_chain: readFileSync(settings.tlsCertFile), private_key: readFileSync(settings.tlsKeyFile) },
  ]);
}

/**
 * The public partner gRPC API, served by the gateway on its own port (docs/partner-api.md). Every call:
 * bearer token → application (identity, now) → rate limit → scope → idempotency for writes → handler,
 * which calls the internal services as the application's principal and maps their answers to the
 * public messages (internal fields never leave: the public messages do not have them).
 */
export function createPartnerServer(
  settings: PartnerServerSettings,
  backends: Backends,
  logger: Logger,
  resources: PartnerResource[] = partnerResources,
): GrpcServer {
  const authenticator = new PartnerAuthenticator(settings, backends, logger);
  const limiter = new PartnerRateLimiter();
  const idempotency = new PartnerIdempotency(backends);
  const services: GrpcServiceRegistration[] = resources.map((resource) => {
    const methods = resource.methods(backends);
    const handlers: Record<string, UnaryHandler> = {};
    for (const [name, method] of Object.entries(methods)) {
      const fullName = `${PARTNER_PACKAGE}.${resource.service}/${name}`;
      handlers[name] = async (request: unknown, context: CallContext) => {
        const application = await authenticator.authenticate(context.get('authorization'));
        limiter.take(application.applicationId, application.rateLimitPerMinute);
        if (!application.scopes.includes(method.scope)) throw scopeMissing(method.scope);
        const call = {
          application,
          principal: partnerPrincipal(application),
          signal: context.signal,
          correlationId: context.correlationId,
        };
        const run = (): Promise<unknown> => method.handle(request as never, call);
        return method.write
          ? idempotency.run(application, fullName, request as { idempotencyKey?: string }, run)
          : run();
      };
    }
    return { definition: partnerServiceDefinition(resource.service), handlers };
  });
  return createGrpcServer({
    serviceName: 'gateway-partner',
    telemetryService: 'gateway',
    logger,
    host: settings.host,
    port: settings.port,
    packageDefinitions: [partnerContract().packageDefinition],
    services,
    reflection: settings.reflection,
    reflectionDefinitions: [partnerReflectionDefinition()],
    credentials: credentialsOf(settings),
    toStatus: toPartnerStatus,
    // A PDF answer can be several megabytes.
    serverOptions: { 'grpc.max_send_message_length': 32 * 1024 * 1024 },
  });
}
