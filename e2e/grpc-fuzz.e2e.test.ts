import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { SERVICES, serviceDefinition, type ServiceName } from '@client-portal/contracts';
import { principalMetadata, servicePrincipal, type Principal } from '@client-portal/kit';
import { as, staff } from '@client-portal/testing';
import {
  hostileInputs,
  hugeString,
  oversized,
  random,
  type FieldDescriptor,
  type HostileInput,
} from './support/fuzz/grpc-inputs.js';
import { Platform } from './support/platform.js';

/**
 * Fuzzing every gRPC method of every internal service (docs/fuzzing.md): the methods come from the
 * contracts' service definitions, so a new RPC is fuzzed the day it is added. Each one is sent bytes
 * that are not protobuf, fields with the wrong wire type, garbage inside nested messages, text that is
 * not UTF-8, thousands of repeated items, extreme numbers, random fields and a long string (3 MiB in the full run), with
 * a valid principal (so the handler runs), and one message past gRPC's 4 MiB limit per API. Each must
 * get an answer: an error status that is not INTERNAL or UNKNOWN (those are bugs: a handler that
 * failed on input it should have refused), or OK when the garbage happened to decode into a valid
 * request. Afterwards every service still answers a valid call.
 */

const full = process.env.CP_FUZZ === 'full';
const SEED = process.env.CP_FUZZ_SEED ? Number(process.env.CP_FUZZ_SEED) : full ? Date.now() : 20261130;
/** Random messages per method on top of the fixed hostile ones. */
const RANDOM_PER_METHOD = full ? 40 : 1;
/** How many fields of each request get the per-field mutations (CI: the first three). */
const FIELDS_PER_METHOD = full ? Number.POSITIVE_INFINITY : 3;
const IN_FLIGHT = 8;
/** The long string sent in each method's first string field (the full run: 3 MiB, near gRPC's limit). */
const HUGE_STRING = full ? 3 * 1024 * 1024 : 64 * 1024;
/** How many items a repeated field gets. */
const REPEATED_ITEMS = full ? 10_000 : 200;

/** Raw bytes in, raw bytes out: the fuzzer speaks the wire format itself. */
const passThrough = (value: Buffer): Buffer => value;

interface Finding {
  method: string;
  input: string;
  code: string;
  details: string;
}

function call(
  client: grpc.Client,
  path: string,
  bytes: Buffer,
  metadata: grpc.Metadata,
): Promise<grpc.StatusObject | undefined> {
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      path,
      passThrough,
      passThrough,
      bytes,
      metadata,
      { deadline: Date.now() + 10_000 },
      (error) => {
        resolve(error ? { code: error.code, details: error.details, metadata: error.metadata } : undefined);
      },
    );
  });
}

describe('gRPC fuzzing: every method of every service', () => {
  let platform: Platform;
  const tenantId = randomUUID();
  const owner: Principal = staff(tenantId, 'owner');

  beforeAll(async () => {
    platform = await Platform.start();
  });

  afterAll(async () => {
    await platform.stop();
  });

  const addressOf = (name: ServiceName): string =>
    `127.0.0.1:${platform.runtimes.get(SERVICES[name].host)?.grpcPort ?? 0}`;

  test('hostile messages get an error status, never INTERNAL, and every service still answers', async () => {
    const next = random(SEED);
    const findings: Finding[] = [];
    let calls = 0;
    const started = Date.now();
    // CP_FUZZ_APIS=documents,crm narrows a local run to some APIs (to chase a finding).
    const chosen = process.env.CP_FUZZ_APIS?.split(',') ?? Object.keys(SERVICES);
    for (const name of Object.keys(SERVICES).filter((api) => chosen.includes(api)) as ServiceName[]) {
      const definition = serviceDefinition(name);
      const client = new grpc.Client(addressOf(name), grpc.credentials.createInsecure(), {
        // The client must be able to send what the server refuses.
        'grpc.max_send_message_length': 16 * 1024 * 1024,
      });
      const principals: Principal[] = [owner, servicePrincipal('seed', tenantId)];
      const work: { path: string; input: HostileInput; principal: Principal }[] = [];
      for (const method of Object.values(definition)) {
        if (method.requestStream || method.responseStream) continue;
        const fields =
          (method as { requestType?: { type?: { field?: FieldDescriptor[] } } }).requestType?.type?.field ??
          [];
        const inputs = [...hostileInputs(fields, next, RANDOM_PER_METHOD, REPEATED_ITEMS, FIELDS_PER_METHOD)];
        const huge = hugeString(fields, HUGE_STRING);
        if (huge) inputs.push(huge);
        // The owner in CI; in the full run also as the seed's service principal (other code paths).
        for (const principal of full ? principals : [owner])
          for (const input of inputs) work.push({ path: method.path, input, principal });
      }
      const [first] = Object.values(definition);
      if (first) work.push({ path: first.path, input: oversized(5 * 1024 * 1024), principal: owner });
      let cursor = 0;
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (cursor < work.length) {
            const item = work[cursor];
            cursor += 1;
            if (!item) break;
            const metadata = principalMetadata(
              item.principal,
              as(item.principal).signer,
              SERVICES[name].host,
            );
            const status = await call(client, item.path, item.input.bytes, metadata);
            calls += 1;
            if (
              status &&
              [grpc.status.INTERNAL, grpc.status.UNKNOWN, grpc.status.UNAVAILABLE].includes(status.code)
            )
              findings.push({
                method: item.path,
                input: item.input.label,
                code: grpc.status[status.code],
                details: status.details,
              });
          }
        }),
      );
      client.close();
      // Progress, so a long run shows where it is.
      process.stderr.write(`gRPC fuzzing: ${name} done (${calls} calls so far)\n`);
    }
    // The findings grouped by status and message, the most frequent first, with one method each.
    const groups = new Map<string, { count: number; example: Finding }>();
    for (const finding of findings) {
      const key = `${finding.code}: ${finding.details}`;
      const group = groups.get(key) ?? { count: 0, example: finding };
      group.count += 1;
      groups.set(key, group);
    }
    for (const [key, group] of [...groups].sort((a, b) => b[1].count - a[1].count).slice(0, 20))
      process.stderr.write(
        `  ${group.count} × ${key} (e.g. ${group.example.method}, ${group.example.input})\n`,
      );
    process.stderr.write(
      `gRPC fuzzing: ${calls} calls on ${chosen.length} APIs in ${Math.round((Date.now() - started) / 1000)} s, seed ${SEED}, ${findings.length} findings\n`,
    );
    // Every service still answers a valid call: nothing crashed or wedged.
    for (const name of Object.keys(SERVICES) as ServiceName[]) {
      const health = new grpc.Client(addressOf(name), grpc.credentials.createInsecure());
      const status = await call(health, '/grpc.health.v1.Health/Check', Buffer.alloc(0), new grpc.Metadata());
      health.close();
      expect({ name, status: status ? grpc.status[status.code] : 'OK' }).toEqual({ name, status: 'OK' });
    }
    expect(findings).toEqual([]);
  }, 600_000);
});
