import path from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { inspect } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import { pino } from 'pino';
import { z } from 'zod';
import { readPrincipal, type Principal } from '../src/auth/principal.js';
import {
  createPrincipalSigner,
  createPrincipalVerifier,
  generatePrincipalKeyPair,
  parsePrincipalPublicKeys,
} from '../src/auth/principal-token.js';
import { currentCorrelationId, runWithContext } from '../src/context.js';
import { DomainError, ERROR_CODES, INTERNAL_MESSAGE, type ErrorCode } from '../src/errors.js';
import {
  createGrpcClient,
  createGrpcServer,
  findServiceClient,
  loadProtoPackage,
  type CallContext,
  type GrpcClient,
  type GrpcServer,
} from '../src/grpc/index.js';
import type { Logger } from '../src/logger.js';
import { repoRoot, resolvePackageFile } from '../src/paths.js';

interface EchoRequest {
  text: string;
  delayMs: number;
  failWith: string;
}

interface EchoResponse {
  text: string;
  correlationId: string;
}

interface EchoApi {
  echo(request: Partial<EchoRequest>): EchoResponse;
}

interface HealthApi {
  check(request: { service: string }): { status: string };
}

const ECHO_SERVICE = 'kit.testing.v1.EchoService';
const SECRET = 'db password hunter2 at 10.0.0.7';
const VIOLATIONS = [
  { field: 'email', message: 'Adresse électronique invalide ✉' },
  { field: 'name', message: 'Required' },
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const echoPackage = loadProtoPackage(
  ['echo.proto'],
  [path.join(repoRoot(), 'services/libs/kit/test/fixtures')],
);
const EchoClient = findServiceClient(echoPackage.grpcObject, ECHO_SERVICE);
const healthPackage = loadProtoPackage(
  ['health/v1/health.proto'],
  [path.resolve(path.dirname(healthProtoPath), '../..')],
);
const HealthClient = findServiceClient(healthPackage.grpcObject, 'grpc.health.v1.Health');

/** A logger like createLogger's, writing to memory so tests can read what was logged. */
function memoryLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const logger = pino(
    {
      level: 'debug',
      mixin() {
        const correlationId = currentCorrelationId();
        return correlationId ? { correlationId } : {};
      },
    },
    destination,
  );
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => z.record(z.string(), z.unknown()).parse(JSON.parse(line)));
  return { logger, lines };
}

let lastCall: CallContext | undefined;

async function echo(request: EchoRequest, call: CallContext): Promise<EchoResponse> {
  lastCall = call;
  if (request.delayMs > 0) await sleep(request.delayMs, undefined, { signal: call.signal });
  if (request.failWith === 'crash') throw new Error(SECRET);
  if (request.failWith !== '') {
    const code = z.enum(ERROR_CODES).parse(request.failWith);
    throw new DomainError(
      code,
      `Failed on purpose with ${code}`,
      code === 'INVALID_ARGUMENT' ? VIOLATIONS : [],
    );
  }
  return { text: request.text, correlationId: currentCorrelationId() ?? '' };
}

function startEchoServer(logger: Logger): { server: GrpcServer; started: Promise<number> } {
  const server = createGrpcServer({
    serviceName: 'kit-test',
    logger,
    host: '127.0.0.1',
    port: 0,
    packageDefinitions: [echoPackage.packageDefinition],
    services: [{ definition: EchoClient.service, handlers: { Echo: echo } }],
  });
  return { server, started: server.start() };
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw new Error(`Expected a DomainError, got ${inspect(error)}`, { cause: error });
  }
  throw new Error('Expected the call to fail');
}

function watchHealth(address: string, service: string): grpc.ClientReadableStream<unknown> {
  const client = new HealthClient(address, grpc.credentials.createInsecure());
  const watch = HealthClient.service.Watch;
  if (!watch) throw new Error('Health has no Watch method');
  const stream = client.makeServerStreamRequest(
    watch.path,
    watch.requestSerialize,
    watch.responseDeserialize,
    { service },
  );
  // Cancelling the watch at the end of a test surfaces as a CANCELLED error event.
  stream.on('error', () => undefined);
  stream.on('close', () => {
    client.close();
  });
  return stream;
}

const healthStatus = z.object({ status: z.string() });

async function nextStatus(statuses: AsyncIterator<unknown>): Promise<string> {
  const next = await statuses.next();
  if (next.done === true) throw new Error('The health watch ended');
  return healthStatus.parse(next.value).status;
}

describe('kit gRPC server and client', () => {
  const logs = memoryLogger();
  let server: GrpcServer;
  let address: string;
  let client: GrpcClient<EchoApi>;
  let health: GrpcClient<HealthApi>;

  beforeAll(async () => {
    const started = startEchoServer(logs.logger);
    server = started.server;
    const port = await started.started;
    address = `127.0.0.1:${port}`;
    client = createGrpcClient<EchoApi>(EchoClient, address, { deadlineMs: 5000 });
    health = createGrpcClient<HealthApi>(HealthClient, address);
  });

  afterAll(async () => {
    client.close();
    health.close();
    await server.shutdown(1000);
  });

  it('binds a free port when asked for port 0', () => {
    expect(address).not.toBe('127.0.0.1:0');
  });

  it('answers a unary call and logs one line for it', async () => {
    const response = await runWithContext({ correlationId: 'log-line-check' }, () =>
      client.echo({ text: 'hello' }),
    );

    expect(response.text).toBe('hello');
    const callLines = logs
      .lines()
      .filter((line) => line.msg === 'gRPC call' && line.correlationId === 'log-line-check');
    expect(callLines).toHaveLength(1);
    expect(callLines[0]).toMatchObject({ method: `/${ECHO_SERVICE}/Echo`, code: 'OK', level: 30 });
    expect(typeof callLines[0]?.durationMs).toBe('number');
  });

  it('answers INVALID_ARGUMENT, not INTERNAL, to bytes that are not the request message', async () => {
    lastCall = undefined;
    const raw = new grpc.Client(address, grpc.credentials.createInsecure());
    const passThrough = (value: Buffer): Buffer => value;
    // A key naming field 0, then a varint cut short: protobuf cannot decode it.
    const bytes = Buffer.from([0x00, 0xff, 0xff]);
    const status = await new Promise<grpc.ServiceError | null>((resolve) => {
      raw.makeUnaryRequest(`/${ECHO_SERVICE}/Echo`, passThrough, passThrough, bytes, (error) => {
        resolve(error);
      });
    });
    raw.close();

    expect(status?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(status?.details).toMatch(/not a valid message/);
    expect(lastCall).toBeUndefined();
    // The server still answers.
    await expect(client.echo({ text: 'after' })).resolves.toMatchObject({ text: 'after' });
  });

  it('refuses text holding U+0000, naming the field, before the handler runs', async () => {
    lastCall = undefined;
    const error = await rejection(client.echo({ text: 'a\u0000b' }));

    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.reason).toBe('request.nul_character');
    expect(error.violations).toEqual([expect.objectContaining({ field: 'text', code: 'invalid_format' })]);
    expect(lastCall).toBeUndefined();
  });

  describe('health', () => {
    afterEach(() => {
      server.setServing(true);
    });

    it('answers SERVING overall and for each served service', async () => {
      await expect(health.check({ service: '' })).resolves.toEqual({ status: 'SERVING' });
      await expect(health.check({ service: ECHO_SERVICE })).resolves.toEqual({ status: 'SERVING' });
    });

    it('answers NOT_FOUND for a service it does not serve', async () => {
      const error = await rejection(health.check({ service: 'kit.testing.v1.Missing' }));
      expect(error.code).toBe('NOT_FOUND');
    });

    it('answers NOT_SERVING after setServing(false)', async () => {
      server.setServing(false);

      await expect(health.check({ service: '' })).resolves.toEqual({ status: 'NOT_SERVING' });
      await expect(health.check({ service: ECHO_SERVICE })).resolves.toEqual({ status: 'NOT_SERVING' });
    });

    it('streams status changes to a watcher', async () => {
      const stream = watchHealth(address, ECHO_SERVICE);
      const statuses = stream[Symbol.asyncIterator]();
      try {
        expect(await nextStatus(statuses)).toBe('SERVING');
        server.setServing(false);
        expect(await nextStatus(statuses)).toBe('NOT_SERVING');
        server.setServing(true);
        expect(await nextStatus(statuses)).toBe('SERVING');
      } finally {
        stream.cancel();
      }
    });
  });

  describe.each(['v1', 'v1alpha'])('reflection %s', (version) => {
    const reflectionProto = resolvePackageFile(
      `@grpc/reflection/build/proto/grpc/reflection/${version}/reflection.proto`,
    );
    const reflectionPackage = loadProtoPackage(
      [`grpc/reflection/${version}/reflection.proto`],
      [path.resolve(path.dirname(reflectionProto), '../../..')],
    );
    const ReflectionClient = findServiceClient(
      reflectionPackage.grpcObject,
      `grpc.reflection.${version}.ServerReflection`,
    );
    const listResponse = z.object({
      listServicesResponse: z.object({ service: z.array(z.object({ name: z.string() })) }),
    });
    const fileResponse = z.object({
      fileDescriptorResponse: z.object({ fileDescriptorProto: z.array(z.instanceof(Buffer)) }),
    });

    async function reflect(request: Record<string, string>): Promise<unknown> {
      const reflectionClient = new ReflectionClient(address, grpc.credentials.createInsecure());
      const method = ReflectionClient.service.ServerReflectionInfo;
      if (!method) throw new Error('ServerReflection has no ServerReflectionInfo method');
      const stream = reflectionClient.makeBidiStreamRequest(
        method.path,
        method.requestSerialize,
        method.responseDeserialize,
        new grpc.Metadata(),
        { deadline: Date.now() + 5000 },
      );
      try {
        const responses = stream[Symbol.asyncIterator]();
        stream.write(request);
        stream.end();
        const first = await responses.next();
        if (first.done === true) throw new Error('Reflection sent no response');
        return first.value;
      } finally {
        reflectionClient.close();
      }
    }

    it('lists the served services and the health service', async () => {
      const response = listResponse.parse(await reflect({ listServices: '*' }));
      const names = response.listServicesResponse.service.map((service) => service.name);

      expect(names).toEqual(expect.arrayContaining([ECHO_SERVICE, 'grpc.health.v1.Health']));
    });

    it('answers file_containing_symbol for the echo service', async () => {
      const response = fileResponse.parse(await reflect({ fileContainingSymbol: ECHO_SERVICE }));
      const descriptors = response.fileDescriptorResponse.fileDescriptorProto.map((bytes) =>
        bytes.toString('latin1'),
      );
      const echoFile = descriptors.find((descriptor) => descriptor.includes('EchoService'));

      // proto-loader regroups files by package, so the descriptor is named after the package.
      expect(echoFile).toContain('kit_testing_v1.proto');
      expect(echoFile).toContain('.kit.testing.v1.EchoRequest');
      expect(echoFile).toContain('.kit.testing.v1.EchoResponse');
    });
  });

  describe('errors', () => {
    it('carries a DomainError code, message and field violations to the client', async () => {
      const error = await rejection(client.echo({ failWith: 'INVALID_ARGUMENT' }));

      expect(error).toBeInstanceOf(DomainError);
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toBe('Failed on purpose with INVALID_ARGUMENT');
      expect(error.violations).toEqual(VIOLATIONS);
    });

    it.each(ERROR_CODES.filter((code) => code !== 'INTERNAL'))(
      'keeps %s and its message',
      async (code: ErrorCode) => {
        const error = await rejection(client.echo({ failWith: code }));

        expect(error.code).toBe(code);
        expect(error.message).toBe(`Failed on purpose with ${code}`);
        expect(error.violations).toEqual(code === 'INVALID_ARGUMENT' ? VIOLATIONS : []);
      },
    );

    it('turns an unknown error into INTERNAL without revealing it, and logs it', async () => {
      const error = await rejection(
        runWithContext({ correlationId: 'crash-check' }, () => client.echo({ failWith: 'crash' })),
      );

      expect(error.code).toBe('INTERNAL');
      expect(error.message).toBe(INTERNAL_MESSAGE);
      expect(error.violations).toEqual([]);
      expect(inspect(error, { depth: Infinity, showHidden: true })).not.toContain('hunter2');

      const lines = logs.lines().filter((line) => line.correlationId === 'crash-check');
      const errorLine = lines.find((line) => line.level === 50);
      expect(JSON.stringify(errorLine)).toContain('hunter2');
      expect(JSON.stringify(errorLine)).toContain('grpc.int.test.ts');
      expect(lines.find((line) => line.msg === 'gRPC call')).toMatchObject({ code: 'INTERNAL' });
    });

    it('rejects with DEADLINE_EXCEEDED when the call outlives the client deadline', async () => {
      const startedAt = Date.now();
      const error = await rejection(
        runWithContext({ correlationId: 'deadline-check' }, () =>
          client.echo({ delayMs: 1500 }, { deadlineMs: 100 }),
        ),
      );

      expect(error.code).toBe('DEADLINE_EXCEEDED');
      expect(error.message).not.toContain('127.0.0.1');
      expect(Date.now() - startedAt).toBeLessThan(1000);

      // The handler hears about it too, stops early, and its abort is not logged as a bug.
      const callLine = async (): Promise<Record<string, unknown> | undefined> => {
        for (let attempt = 0; attempt < 50; attempt++) {
          const line = logs.lines().find((entry) => entry.correlationId === 'deadline-check');
          if (line) return line;
          await sleep(20);
        }
        return undefined;
      };
      expect(await callLine()).toMatchObject({ msg: 'gRPC call', code: 'CANCELLED' });
      expect(Date.now() - startedAt).toBeLessThan(1000);
      expect(logs.lines().filter((entry) => entry.correlationId === 'deadline-check')).toHaveLength(1);
      expect(lastCall?.signal.aborted).toBe(true);
    });

    it('rejects with INTERNAL once the client is closed', async () => {
      const closed = createGrpcClient<EchoApi>(EchoClient, address);
      closed.close();

      const error = await rejection(closed.echo({ text: 'too late' }));
      expect(error.code).toBe('INTERNAL');
    });
  });

  describe('call context', () => {
    it('gives the handler the correlation id set around the client call', async () => {
      const response = await runWithContext({ correlationId: 'order-42-correlation' }, () =>
        client.echo({ text: 'hi' }),
      );

      expect(response.correlationId).toBe('order-42-correlation');
      expect(lastCall?.correlationId).toBe('order-42-correlation');
    });

    it('gives the handler a fresh correlation id when the caller has none', async () => {
      const response = await client.echo({ text: 'hi' });

      expect(response.correlationId).toMatch(UUID);
    });

    it('replaces a correlation id that does not look like one', async () => {
      const metadata = new grpc.Metadata();
      metadata.set('x-correlation-id', 'not an id; drop table');
      const response = await client.echo({ text: 'hi' }, { metadata });

      expect(response.correlationId).toMatch(UUID);
    });

    it('exposes the deadline and metadata to the handler', async () => {
      const metadata = new grpc.Metadata();
      metadata.set('x-tenant-id', 'tenant-7');
      const before = Date.now();
      await client.echo({ text: 'hi' }, { deadlineMs: 3000, metadata });

      expect(lastCall?.get('x-tenant-id')).toBe('tenant-7');
      expect(lastCall?.get('x-absent')).toBeUndefined();
      expect(lastCall?.method).toBe(`/${ECHO_SERVICE}/Echo`);
      const deadline = lastCall?.deadline?.getTime() ?? 0;
      expect(deadline).toBeGreaterThan(before + 2000);
      expect(deadline).toBeLessThanOrEqual(Date.now() + 3000);
    });
  });
});

describe('kit gRPC server wiring', () => {
  const { logger } = memoryLogger();

  it('refuses a handler for a method the service does not have', () => {
    expect(() =>
      createGrpcServer({
        serviceName: 'kit-test',
        logger,
        host: '127.0.0.1',
        port: 0,
        packageDefinitions: [echoPackage.packageDefinition],
        services: [{ definition: EchoClient.service, handlers: { Echo: echo, Shout: echo } }],
      }),
    ).toThrow(/no method named Shout/);
  });

  it('refuses a handler for a streaming method', () => {
    expect(() =>
      createGrpcServer({
        serviceName: 'kit-test',
        logger,
        host: '127.0.0.1',
        port: 0,
        packageDefinitions: [healthPackage.packageDefinition],
        services: [{ definition: HealthClient.service, handlers: { Watch: echo } }],
      }),
    ).toThrow(/Watch is a streaming method/);
  });

  it('accepts handlers under their camel-case names', async () => {
    const server = createGrpcServer({
      serviceName: 'kit-test',
      logger,
      host: '127.0.0.1',
      port: 0,
      packageDefinitions: [echoPackage.packageDefinition],
      services: [{ definition: EchoClient.service, handlers: { echo } }],
    });
    const port = await server.start();
    const client = createGrpcClient<EchoApi>(EchoClient, `127.0.0.1:${port}`);
    try {
      await expect(client.echo({ text: 'camel' })).resolves.toMatchObject({ text: 'camel' });
    } finally {
      client.close();
      await server.shutdown(500);
    }
  });

  it('verifies the principal before the handler runs, which sees only a verified one', async () => {
    const keys = generatePrincipalKeyPair();
    const seen: (Principal | undefined)[] = [];
    const server = createGrpcServer({
      serviceName: 'kit-test',
      logger,
      host: '127.0.0.1',
      port: 0,
      packageDefinitions: [echoPackage.packageDefinition],
      principals: createPrincipalVerifier({
        trustedKeys: parsePrincipalPublicKeys(`gateway:${keys.publicKey}`),
      }),
      services: [
        {
          definition: EchoClient.service,
          handlers: {
            Echo: async (request: EchoRequest, call: CallContext) => {
              seen.push(call.principal);
              expect(readPrincipal(call.metadata)).toEqual(call.principal);
              return echo(request, call);
            },
          },
        },
      ],
    });
    const address = `127.0.0.1:${await server.start()}`;
    const signer = createPrincipalSigner({ issuer: 'gateway', privateKey: keys.privateKey });
    const signed = createGrpcClient<EchoApi>(EchoClient, address, { signer, audience: 'kit-test' });
    const elsewhere = createGrpcClient<EchoApi>(EchoClient, address, { signer, audience: 'other-service' });
    const principal: Principal = {
      userId: 'u1',
      tenantId: 't1',
      kind: 'staff',
      staffRole: 'member',
      workspaceIds: [],
    };
    try {
      await expect(signed.echo({ text: 'signed' }, { principal })).resolves.toMatchObject({ text: 'signed' });
      await expect(signed.echo({ text: 'anonymous' })).resolves.toMatchObject({ text: 'anonymous' });
      expect(seen).toEqual([principal, undefined]);
      expect((await rejection(elsewhere.echo({ text: 'x' }, { principal }))).code).toBe('UNAUTHENTICATED');
      const unsigned = new grpc.Metadata();
      unsigned.set('x-principal', Buffer.from(JSON.stringify(principal)).toString('base64url'));
      expect((await rejection(signed.echo({ text: 'x' }, { metadata: unsigned }))).code).toBe(
        'UNAUTHENTICATED',
      );
      // A client without a signer cannot send a principal at all.
      const unsigning = createGrpcClient<EchoApi>(EchoClient, address);
      await expect(unsigning.echo({ text: 'x' }, { principal })).rejects.toThrow(
        /needs a client created with a signer/,
      );
      unsigning.close();
      expect(seen).toHaveLength(2);
    } finally {
      signed.close();
      elsewhere.close();
      await server.shutdown(500);
    }
  });

  it('refuses every principal when it was given no verifier, and serves no reflection when told not to', async () => {
    const server = createGrpcServer({
      serviceName: 'kit-test',
      logger,
      host: '127.0.0.1',
      port: 0,
      packageDefinitions: [echoPackage.packageDefinition],
      reflection: false,
      services: [{ definition: EchoClient.service, handlers: { Echo: echo } }],
    });
    const address = `127.0.0.1:${await server.start()}`;
    const keys = generatePrincipalKeyPair();
    const client = createGrpcClient<EchoApi>(EchoClient, address, {
      signer: createPrincipalSigner({ issuer: 'gateway', privateKey: keys.privateKey }),
      audience: 'kit-test',
    });
    const reflectionProto = resolvePackageFile(
      '@grpc/reflection/build/proto/grpc/reflection/v1/reflection.proto',
    );
    const ReflectionClient = findServiceClient(
      loadProtoPackage(
        ['grpc/reflection/v1/reflection.proto'],
        [path.resolve(path.dirname(reflectionProto), '../../..')],
      ).grpcObject,
      'grpc.reflection.v1.ServerReflection',
    );
    const reflection = new ReflectionClient(address, grpc.credentials.createInsecure());
    try {
      const refused = await rejection(
        client.echo(
          { text: 'x' },
          { principal: { userId: 'u', tenantId: 't', kind: 'service', workspaceIds: [] } },
        ),
      );
      expect(refused).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: expect.stringMatching(/trusts no issuer/) as string,
      });
      const method = ReflectionClient.service.ServerReflectionInfo;
      if (!method) throw new Error('ServerReflection has no ServerReflectionInfo method');
      const stream = reflection.makeBidiStreamRequest(
        method.path,
        method.requestSerialize,
        method.responseDeserialize,
        new grpc.Metadata(),
        { deadline: Date.now() + 5000 },
      );
      const status = await new Promise<grpc.StatusObject>((resolve) => {
        stream.on('status', resolve);
        stream.on('error', () => undefined);
        stream.on('data', () => undefined);
        stream.write({ listServices: '*' });
        stream.end();
      });
      expect(grpc.status[status.code]).toBe('UNIMPLEMENTED');
    } finally {
      reflection.close();
      client.close();
      await server.shutdown(500);
    }
  });

  it('reports NOT_SERVING, then refuses calls after shutdown', async () => {
    const { server, started } = startEchoServer(logger);
    const address = `127.0.0.1:${await started}`;
    const clientLogs = memoryLogger();
    const client = createGrpcClient<EchoApi>(EchoClient, address, {
      deadlineMs: 2000,
      logger: clientLogs.logger,
    });
    try {
      await expect(client.echo({ text: 'before' })).resolves.toMatchObject({ text: 'before' });
      const stream = watchHealth(address, '');
      const statuses = stream[Symbol.asyncIterator]();
      expect(await nextStatus(statuses)).toBe('SERVING');

      // The open watch keeps the server from draining, so this also exercises the forced close.
      await server.shutdown(300);

      expect(await nextStatus(statuses)).toBe('NOT_SERVING');
      const error = await rejection(client.echo({ text: 'after' }));
      expect(error.code).toBe('UNAVAILABLE');
      // The address is for the caller's log, not for a message that may reach an end user.
      expect(error.message).not.toContain('127.0.0.1');
      const warning = clientLogs.lines().find((line) => line.level === 40);
      expect(warning).toMatchObject({
        msg: 'gRPC call failed',
        code: 'UNAVAILABLE',
        method: `/${ECHO_SERVICE}/Echo`,
      });
      expect(warning?.correlationId).toMatch(UUID);
    } finally {
      client.close();
    }
  });
});
