import { createRequire } from 'node:module';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { createLogger, findServiceClient, loadProtoPackage } from '@client-portal/kit';
import type { Backends } from '../http/backends.js';
import { createPartnerServer } from './server.js';

// The descriptor messages, as protobufjs ships them (FileDescriptorProto and friends).
const require = createRequire(path.join(process.cwd(), 'services', 'gateway', 'package.json'));
const descriptor = require('protobufjs/ext/descriptor') as {
  FileDescriptorProto: {
    decode: (bytes: Uint8Array) => {
      name: string;
      package: string;
      messageType: { name: string; field: { name: string; number: number }[] }[];
    };
  };
};

interface ReflectionAnswer {
  fileDescriptorResponse?: { fileDescriptorProto: Buffer[] };
  listServicesResponse?: { service: { name: string }[] };
  errorResponse?: { errorMessage: string };
}

/**
 * What `grpcurl describe` sees on the partner port: server reflection (grpc.reflection.v1) asked over the
 * wire, the way grpcurl asks. The partner API is public: its messages must be described with the field
 * names its protos publish (`page_size`), not the camel-cased ones the runtime objects use.
 */
describe('the partner port’s reflection', () => {
  const server = createPartnerServer(
    {
      host: '127.0.0.1',
      port: 0,
      tlsCertFile: '',
      tlsKeyFile: '',
      reflection: true,
      keycloakUrl: 'http://127.0.0.1:1',
      realm: 'client-portal',
      audience: 'client-portal-partner-api',
    },
    // Reflection never reaches the services: no backend is called.
    {} as Backends,
    createLogger('partner-reflection-test', 'silent'),
    [],
  );
  let client: grpc.Client;
  let ask: (request: Record<string, unknown>) => Promise<ReflectionAnswer>;

  beforeAll(async () => {
    const port = await server.start();
    const reflectionProto = path.join(
      path.dirname(require.resolve('@grpc/reflection/package.json')),
      'build/proto/grpc/reflection/v1/reflection.proto',
    );
    const { grpcObject } = loadProtoPackage([reflectionProto], [path.dirname(reflectionProto)]);
    const Reflection = findServiceClient(grpcObject, 'grpc.reflection.v1.ServerReflection');
    client = new Reflection(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    ask = (request) =>
      new Promise((resolve, reject) => {
        const stream = (
          client as unknown as {
            ServerReflectionInfo: () => grpc.ClientDuplexStream<unknown, ReflectionAnswer>;
          }
        ).ServerReflectionInfo();
        stream.on('data', (answer: ReflectionAnswer) => {
          resolve(answer);
          stream.end();
        });
        stream.on('error', reject);
        stream.write(request);
      });
  });

  afterAll(async () => {
    client.close();
    await server.shutdown(1000);
  });

  it('lists every partner service', async () => {
    const answer = await ask({ listServices: '' });
    const names = (answer.listServicesResponse?.service ?? []).map((service) => service.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'client_portal.partner.v1.ClientService',
        'client_portal.partner.v1.DocumentService',
        'client_portal.partner.v1.WorkspaceService',
      ]),
    );
  });

  it('describes messages with the field names the protos publish (snake_case)', async () => {
    const answer = await ask({ fileContainingSymbol: 'client_portal.partner.v1.ListOptions' });
    const messages = (answer.fileDescriptorResponse?.fileDescriptorProto ?? [])
      .map((bytes) => descriptor.FileDescriptorProto.decode(bytes))
      .filter((file) => file.package === 'client_portal.partner.v1')
      .flatMap((file) => file.messageType);
    const fields = (name: string) =>
      messages.find((message) => message.name === name)?.field.map((field) => field.name);
    expect(fields('ListOptions')).toEqual(['page_size', 'page_token', 'updated_since']);
    expect(fields('ListClientsResponse')).toEqual(['clients', 'next_page_token']);
  });
});
