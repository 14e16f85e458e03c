// `npm run bench:partner`: the partner API's figure alone (issue 13), on the test platform in this
// process (the services, the gateway and its partner port; the shared infrastructure from MONGO_URL,
// KEYCLOAK_URL, … as the tests use it). `npm run bench` measures the same over the production bundles.
// The partner side uses a real partner application (POST /api/partner-apps, the partner-apps slice)
// and its client-credentials token. Where that route is missing, the gRPC side is served by a
// test-local server running the same DocumentService resource for the tenant without the token check
// (no JWT verification, no identity lookup per call), and the report says so.
// Environment: BENCH_SECONDS (the concurrent run per side, default 10).
import { createLogger, createGrpcServer, type UnaryHandler } from '@client-portal/kit';
import { infrastructure, passwordToken } from '@client-portal/testing';
import { Platform } from '../../e2e/support/platform.js';
import { createTenant } from '../../e2e/support/people.js';
import { partnerPrincipal } from '../../services/gateway/src/partner/call.js';
import { partnerContract, partnerServiceDefinition } from '../../services/gateway/src/partner/contract.js';
import { documentsResource } from '../../services/gateway/src/partner/resources/documents.js';
import {
  describePartnerInvoices,
  measurePartnerInvoices,
  PARTNER_PAGE,
  partnerToken,
  seedInvoices,
} from './partner-invoices.scenario.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const platform = await Platform.start();
  try {
    const agency = await createTenant(platform, { name: 'Partner Bench Agency' });
    const ownerToken = await passwordToken(agency.owner.email, agency.owner.password);
    const base = platform.url;
    let grpcAddress = `127.0.0.1:${platform.gateway.partnerPort}`;
    let grpcToken = '';
    let grpcPath = 'the gateway partner port, a client-credentials token';
    let local: { shutdown(graceMs: number): Promise<void> } | undefined;
    try {
      grpcToken = await partnerToken(base, ownerToken, infrastructure().keycloakUrl);
    } catch (error) {
      say(`no partner application (${error instanceof Error ? error.message : String(error)})`);
      const application = {
        applicationId: 'bench',
        tenantId: agency.tenantId,
        name: 'Bench Books',
        scopes: ['documents:read'],
        rateLimitPerMinute: 6000,
      };
      const methods = documentsResource.methods(platform.gateway.backends);
      const handlers: Record<string, UnaryHandler> = {};
      for (const [name, method] of Object.entries(methods))
        handlers[name] = (request: unknown, context) =>
          method.handle(request as never, {
            application,
            principal: partnerPrincipal(application),
            signal: context.signal,
            correlationId: context.correlationId,
          });
      const server = createGrpcServer({
        serviceName: 'bench-partner',
        logger: createLogger('bench-partner', 'warn'),
        host: '127.0.0.1',
        port: 0,
        packageDefinitions: [partnerContract().packageDefinition],
        services: [{ definition: partnerServiceDefinition('DocumentService'), handlers }],
        callLogLevel: 'debug',
      });
      grpcAddress = `127.0.0.1:${await server.start()}`;
      local = server;
      grpcPath = 'a test-local gRPC server with the same resource, WITHOUT the token check';
    }
    await seedInvoices(base, ownerToken, PARTNER_PAGE + 20);
    say(
      `== (h) partner API: ListInvoices page of ${PARTNER_PAGE} vs the REST equivalent (in-process platform)`,
    );
    say(
      describePartnerInvoices(
        await measurePartnerInvoices({
          base,
          restToken: ownerToken,
          grpcAddress,
          grpcToken,
          grpcPath,
          seconds: SECONDS,
        }),
      ),
    );
    await local?.shutdown(1000);
  } finally {
    await platform.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
