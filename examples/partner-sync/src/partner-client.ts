import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import type { TokenSource } from './token.js';

/**
 * The partner API through a standard gRPC client: @grpc/proto-loader reads the published protos
 * (proto/partner/v1, nothing else) and @grpc/grpc-js calls them. Only the fields this sample uses are
 * typed here; the protos are the reference (docs/partner-api-reference.md).
 */

/** Fields as proto-loader gives them with `keepCase: false`: lowerCamelCase. */
export interface ListOptions {
  pageSize?: number;
  pageToken?: string;
  updatedSince?: string;
}

export interface PartnerClient {
  id: string;
  name: string;
  status: string;
  updatedAt: string;
  [field: string]: unknown;
}

export interface PartnerDocument {
  id: string;
  kind: string;
  status: string;
  number: string;
  clientId: string;
  updatedAt: string;
  [field: string]: unknown;
}

export interface PartnerConnection {
  /** host:port of the gateway's partner port (17070 locally). */
  address: string;
  /** Where the `proto/` folder holding partner/v1 (and google/rpc) is. */
  protoRoot: string;
  /** TLS (the deployment's partner port usually speaks it); false: plaintext, as `npm start` serves it. */
  tls?: boolean | { rootCertificate: Buffer };
}

const PROTO_FILES = ['partner/v1/clients.proto', 'partner/v1/documents.proto'];
const PACKAGE = 'client_portal.partner.v1';
/** Statuses worth another try after a pause: the rate limit and a server restarting. */
const RETRIED = new Set([grpc.status.RESOURCE_EXHAUSTED, grpc.status.UNAVAILABLE]);
const ATTEMPTS = 5;

type Callback = (error: grpc.ServiceError | null, response: unknown) => void;
type UnaryMethod = (
  request: unknown,
  metadata: grpc.Metadata,
  options: grpc.CallOptions,
  callback: Callback,
) => grpc.ClientUnaryCall;

function credentialsOf(tls: PartnerConnection['tls']): grpc.ChannelCredentials {
  if (!tls) return grpc.credentials.createInsecure();
  return grpc.credentials.createSsl(tls === true ? null : tls.rootCertificate);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class PartnerApi {
  private readonly services: Record<'ClientService' | 'DocumentService', grpc.Client>;

  constructor(
    connection: PartnerConnection,
    private readonly tokens: TokenSource,
  ) {
    const definition = protoLoader.loadSync(
      PROTO_FILES.map((file) => path.join(connection.protoRoot, file)),
      {
        includeDirs: [connection.protoRoot],
        keepCase: false,
        // int64 as strings (amounts in cents stay exact), enums as names, absent fields as defaults.
        longs: String,
        enums: String,
        defaults: true,
        oneofs: true,
      },
    );
    const loaded = grpc.loadPackageDefinition(definition) as unknown as Record<string, unknown>;
    const namespace = PACKAGE.split('.').reduce<Record<string, unknown>>(
      (scope, part) => scope[part] as Record<string, unknown>,
      loaded,
    );
    const make = (name: string) => {
      const Constructor = namespace[name] as grpc.ServiceClientConstructor;
      return new Constructor(connection.address, credentialsOf(connection.tls));
    };
    this.services = { ClientService: make('ClientService'), DocumentService: make('DocumentService') };
  }

  /**
   * One unary call with the bearer token: UNAUTHENTICATED fetches a new token once (it may have been
   * rotated), RESOURCE_EXHAUSTED and UNAVAILABLE wait and try again (doubling pauses from 1 s).
   */
  async call<Response>(
    service: keyof PartnerApi['services'],
    method: string,
    request: Record<string, unknown>,
  ): Promise<Response> {
    const client = this.services[service] as unknown as Record<string, UnaryMethod>;
    const rpc = client[method];
    if (!rpc) throw new Error(`${service} has no method ${method}`);
    let renewedToken = false;
    for (let attempt = 1; ; attempt += 1) {
      const metadata = new grpc.Metadata();
      metadata.set('authorization', `Bearer ${await this.tokens.token()}`);
      try {
        return await new Promise<Response>((resolve, reject) => {
          rpc.call(client, request, metadata, { deadline: Date.now() + 30_000 }, (error, response) => {
            if (error) reject(error);
            else resolve(response as Response);
          });
        });
      } catch (error) {
        const code = (error as grpc.ServiceError).code;
        if (code === grpc.status.UNAUTHENTICATED && !renewedToken) {
          renewedToken = true;
          this.tokens.invalidate();
          continue;
        }
        if (!RETRIED.has(code) || attempt >= ATTEMPTS) throw error;
        await sleep(1000 * 2 ** (attempt - 1));
      }
    }
  }

  listClients(options: ListOptions): Promise<{ clients: PartnerClient[]; nextPageToken: string }> {
    return this.call('ClientService', 'ListClients', { options, includeArchived: true });
  }

  listInvoices(options: ListOptions): Promise<{ documents: PartnerDocument[]; nextPageToken: string }> {
    return this.call('DocumentService', 'ListInvoices', { options });
  }

  close(): void {
    for (const client of Object.values(this.services)) client.close();
  }
}
