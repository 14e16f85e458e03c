import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import protobuf from 'protobufjs';
import { createServiceClient, protoRoot } from '@client-portal/contracts';
import { infrastructure, as, staff } from '@client-portal/testing';
import type { Api } from './http.js';
import type { Platform } from './platform.js';

/**
 * The partner API as an outside partner sees it (issue 13): applications created by a tenant owner,
 * tokens from Keycloak by the client-credentials grant, and gRPC clients built from the published
 * protos (proto/partner/v1) with @grpc/proto-loader only, nothing of the gateway's code.
 */

import {
  PARTNER_PACKAGE,
  PARTNER_SERVICES as PARTNER_SERVICE_NAMES,
  type PartnerServiceName,
} from '@client-portal/contracts';

export { PARTNER_PACKAGE, PARTNER_SERVICE_NAMES, type PartnerServiceName };

export interface PartnerCredentials {
  applicationId: string;
  clientId: string;
  clientSecret: string;
  tokenUrl: string;
}

/** Who creates the application: an Api signed in as an owner or admin (REST), or a platform + tenant. */
export type PartnerAppCreator = Api | { platform: Platform; tenantId: string };

interface CreatedSecret {
  application?: { id: string; clientId: string } | null;
  clientSecret: string;
  tokenUrl: string;
}

function isApi(creator: PartnerAppCreator): creator is Api {
  return typeof (creator as Api).post === 'function';
}

function identityOf(platform: Platform) {
  return createServiceClient(
    'partnerApplications',
    `127.0.0.1:${platform.runtimes.get('identity')?.grpcPort ?? 0}`,
    { deadlineMs: 30_000 },
  );
}

/**
 * A partner application with these scopes: through POST /api/partner-apps when given an Api, else
 * through identity's gRPC API as the tenant's owner. Answers what the admin is shown once.
 */
export async function createPartnerApplication(
  creator: PartnerAppCreator,
  scopes: readonly string[],
  options: { name?: string; rateLimitPerMinute?: number } = {},
): Promise<PartnerCredentials> {
  const request = {
    name: options.name ?? 'Acme Books',
    description: '',
    scopes: [...scopes],
    rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
  };
  let created: CreatedSecret;
  if (isApi(creator)) {
    const response = await creator.post<CreatedSecret>('/partner-apps', request);
    if (response.status !== 201)
      throw new Error(`POST /api/partner-apps answered ${response.status}: ${JSON.stringify(response.body)}`);
    created = response.body;
  } else {
    const identity = identityOf(creator.platform);
    try {
      created = await identity.createPartnerApplication(request, as(staff(creator.tenantId, 'owner')));
    } finally {
      identity.close();
    }
  }
  if (!created.application) throw new Error('no application was answered');
  return {
    applicationId: created.application.id,
    clientId: created.application.clientId,
    clientSecret: created.clientSecret,
    tokenUrl: created.tokenUrl,
  };
}

/** Revokes an application as the tenant's owner (identity's gRPC API). */
export async function revokePartnerApplication(
  platform: Platform,
  tenantId: string,
  applicationId: string,
): Promise<void> {
  const identity = identityOf(platform);
  try {
    await identity.revokePartnerApplication({ id: applicationId }, as(staff(tenantId, 'owner')));
  } finally {
    identity.close();
  }
}

/** A new secret for an application, as the tenant's owner (identity's gRPC API); answers the secret. */
export async function rotatePartnerSecret(
  platform: Platform,
  tenantId: string,
  applicationId: string,
): Promise<string> {
  const identity = identityOf(platform);
  try {
    return (await identity.rotatePartnerSecret({ id: applicationId }, as(staff(tenantId, 'owner'))))
      .clientSecret;
  } finally {
    identity.close();
  }
}

/** An access token by the client-credentials grant against the real Keycloak (KEYCLOAK_URL). */
export async function partnerAccessToken(clientId: string, clientSecret: string): Promise<string> {
  const response = await fetch(
    `${infrastructure().keycloakUrl}/realms/client-portal/protocol/openid-connect/token`,
    {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: clientSecret,
      }),
    },
  );
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (!response.ok || !body.access_token)
    throw new Error(`Keycloak refused the partner's token request: ${body.error ?? response.status}`);
  return body.access_token;
}

let definition: protoLoader.PackageDefinition | undefined;

/** proto/partner/v1 loaded with @grpc/proto-loader (camel-cased fields, enums and longs as strings). */
export function partnerPackageDefinition(): protoLoader.PackageDefinition {
  const root = protoRoot();
  definition ??= protoLoader.loadSync(
    readdirProtos(root).map((file) => path.join(root, file)),
    { keepCase: false, longs: String, enums: String, defaults: true, oneofs: true, includeDirs: [root] },
  );
  return definition;
}

function readdirProtos(root: string): string[] {
  const common = readFileSync(path.join(root, 'partner/v1/common.proto'), 'utf8');
  if (!common.includes('package client_portal.partner.v1')) throw new Error('not the partner protos');
  return [
    'partner/v1/common.proto',
    'partner/v1/clients.proto',
    'partner/v1/projects.proto',
    'partner/v1/workspaces.proto',
    'partner/v1/documents.proto',
    'partner/v1/payments.proto',
    'partner/v1/messages.proto',
    'partner/v1/files.proto',
  ];
}

/** One RPC of the partner API as the proto declares it, with the scope its comment names. */
export interface PartnerRpc {
  service: PartnerServiceName;
  method: string;
  scope: string;
  /** Whether the request has an `idempotency_key` (a write). */
  write: boolean;
}

/** Every RPC of every partner service, read from the protos (comments included, for the scope). */
export function partnerRpcs(): PartnerRpc[] {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (path.isAbsolute(target) ? target : path.join(protoRoot(), target));
  const rpcs: PartnerRpc[] = [];
  for (const file of readdirProtos(protoRoot())) root.loadSync(file, { alternateCommentMode: true });
  root.resolveAll();
  for (const service of PARTNER_SERVICE_NAMES) {
    const definition = root.lookupService(`${PARTNER_PACKAGE}.${service}`);
    for (const method of definition.methodsArray) {
      const scope = /Scope: `([a-z]+:[a-z]+)`/.exec(method.comment ?? '')?.[1];
      if (!scope) throw new Error(`${service}/${method.name} has no "Scope: \`x:y\`." comment`);
      const request = root.lookupType(method.requestType);
      rpcs.push({ service, method: method.name, scope, write: 'idempotencyKey' in request.fields });
    }
  }
  return rpcs;
}

/** A partner RPC's failure: the status and its google.rpc details, decoded. */
export interface PartnerFailure {
  code: grpc.status;
  message: string;
  errorInfo?: { reason: string; domain: string; metadata: Record<string, string> };
  fieldViolations: { field: string; description: string }[];
  /** RetryInfo's delay in milliseconds, when sent. */
  retryDelayMs?: number;
}

let rpcTypes: protobuf.Root | undefined;

function googleRpc(): protobuf.Root {
  rpcTypes ??= (() => {
    const root = new protobuf.Root();
    root.resolvePath = (_origin, target) =>
      path.isAbsolute(target) ? target : path.join(protoRoot(), target);
    root.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto']);
    root.resolveAll();
    return root;
  })();
  return rpcTypes;
}

/** Decodes grpc-status-details-bin (google.rpc.Status) as a partner in any language would. */
export function partnerFailure(error: unknown): PartnerFailure {
  const serviceError = error as grpc.ServiceError;
  if (typeof serviceError.code !== 'number') throw error;
  const failure: PartnerFailure = {
    code: serviceError.code,
    message: serviceError.details,
    fieldViolations: [],
  };
  const bin = serviceError.metadata.get('grpc-status-details-bin')[0];
  if (!bin) return failure;
  const root = googleRpc();
  const status = root.lookupType('google.rpc.Status').decode(bin as Buffer) as unknown as {
    details: { typeUrl?: string; type_url?: string; value: Uint8Array }[];
  };
  for (const detail of status.details) {
    const typeName = (detail.typeUrl ?? detail.type_url ?? '').split('/').pop() ?? '';
    const type = root.lookupType(typeName);
    const decoded = type.toObject(type.decode(detail.value), { longs: Number, defaults: true });
    if (typeName === 'google.rpc.ErrorInfo')
      failure.errorInfo = decoded as NonNullable<PartnerFailure['errorInfo']>;
    else if (typeName === 'google.rpc.BadRequest')
      failure.fieldViolations = (
        decoded as { fieldViolations: PartnerFailure['fieldViolations'] }
      ).fieldViolations;
    else if (typeName === 'google.rpc.RetryInfo') {
      const delay = (decoded as { retryDelay?: { seconds: number; nanos: number } }).retryDelay;
      failure.retryDelayMs = delay ? delay.seconds * 1000 + Math.round(delay.nanos / 1e6) : 0;
    }
  }
  return failure;
}

/** One partner service: `await client.call('ListClients', { options: { pageSize: 10 } })`. */
export interface PartnerServiceClient {
  call<Response = Record<string, unknown>>(
    method: string,
    request?: Record<string, unknown>,
    options?: { token?: string | null; deadlineMs?: number },
  ): Promise<Response>;
  /** The same call, answering its failure decoded (throws if it succeeded). */
  fail(
    method: string,
    request?: Record<string, unknown>,
    options?: { token?: string | null },
  ): Promise<PartnerFailure>;
  close(): void;
}

export type PartnerClients = Record<PartnerServiceName, PartnerServiceClient> & { close(): void };

/**
 * gRPC clients of the 7 partner services on the gateway's partner port, sending the token as
 * `authorization: Bearer …` metadata (`token: null` in a call's options: no token at all).
 */
export function partnerClient(
  port: number,
  token: string | null,
  credentials: grpc.ChannelCredentials = grpc.credentials.createInsecure(),
): PartnerClients {
  const loaded = grpc.loadPackageDefinition(partnerPackageDefinition());
  const clients = {} as Record<PartnerServiceName, PartnerServiceClient>;
  const opened: grpc.Client[] = [];
  for (const service of PARTNER_SERVICE_NAMES) {
    let node: unknown = loaded;
    for (const part of `${PARTNER_PACKAGE}.${service}`.split('.'))
      node = (node as Record<string, unknown>)[part];
    const Constructor = node as grpc.ServiceClientConstructor;
    const client = new Constructor(`127.0.0.1:${port}`, credentials);
    opened.push(client);
    const call = <Response>(
      method: string,
      request: Record<string, unknown> = {},
      options: { token?: string | null; deadlineMs?: number } = {},
    ): Promise<Response> =>
      new Promise((resolve, reject) => {
        const metadata = new grpc.Metadata();
        const bearer = options.token === undefined ? token : options.token;
        if (bearer) metadata.set('authorization', `Bearer ${bearer}`);
        const rpc = (client as unknown as Record<string, unknown>)[method];
        if (typeof rpc !== 'function') {
          reject(new Error(`${service} has no method ${method}`));
          return;
        }
        (rpc as (...args: unknown[]) => void).call(
          client,
          request,
          metadata,
          { deadline: Date.now() + (options.deadlineMs ?? 30_000) },
          (error: grpc.ServiceError | null, response: Response) => {
            if (error) reject(error);
            else resolve(response);
          },
        );
      });
    clients[service] = {
      call,
      async fail(method, request, options) {
        try {
          await call(method, request, options);
        } catch (error) {
          return partnerFailure(error);
        }
        throw new Error(`${service}/${method} succeeded`);
      },
      close: () => {
        client.close();
      },
    };
  }
  return Object.assign(clients, {
    close: () => {
      opened.forEach((client) => {
        client.close();
      });
    },
  });
}
