/**
 * `npm run bench:messages`: the conversations figure alone (message posted → visible on the other
 * side's open live stream), on the platform run in-process as the end-to-end tests run it, against
 * the infrastructure the environment names (MONGO_URL, KAFKA_BROKERS, KEYCLOAK_URL, …). `npm run
 * bench` prints the same figure against the production bundles.
 */
import { passwordToken } from '@client-portal/testing';
import { Api } from '../../e2e/support/http.js';
import { addClientUser, createTenant } from '../../e2e/support/people.js';
import { Platform } from '../../e2e/support/platform.js';
import { describeMessageLive, measureMessageLive } from './message-live.scenario.js';

const platform = await Platform.start();
try {
  const agency = await createTenant(platform, { name: 'Bench Messages Agency' });
  const staffToken = await passwordToken(agency.owner.email, agency.owner.password);
  const clientId = (
    await new Api(platform.url).as(staffToken).post<{ id: string }>('/clients', { name: 'Globex' })
  ).body.id;
  const contact = await addClientUser(platform, agency.tenantId, clientId, 'Dana Bench');
  const clientToken = await passwordToken(contact.email, contact.password);
  const me = await new Api(platform.url)
    .as(clientToken)
    .get<{ principal: { workspaceIds: string[] } }>('/me');
  const result = await measureMessageLive({
    base: platform.url,
    staffToken,
    clientToken,
    workspaceId: me.body.principal.workspaceIds[0] ?? '',
    samples: Number(process.env.BENCH_MESSAGES ?? 100),
  });
  process.stdout.write(`== message posted → visible on the other side's open screen (live stream)\n`);
  for (const line of describeMessageLive(result)) process.stdout.write(`${line}\n`);
} finally {
  await platform.stop();
}
process.exit(0);
