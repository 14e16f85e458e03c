// The partner API's figure (issue 13): a page of 100 invoices asked by a partner over gRPC
// (DocumentService/ListInvoices, page_size 100, a real client-credentials token) versus the staff app's
// REST equivalent (GET /api/documents?kind=invoice&pageSize=100, a real user token), on the same gateway,
// tenant and invoices: latency of one caller, then throughput and p99 with 10 concurrent callers.
import * as grpc from '@grpc/grpc-js';
import { findServiceClient } from '@client-portal/kit';
import { PARTNER_PACKAGE, partnerContract } from '../../services/gateway/src/partner/contract.js';

export const PARTNER_PAGE = 100;
const CONCURRENCY = 10;
const SEQUENTIAL_SAMPLES = 30;

interface Json {
  [key: string]: unknown;
}

async function rest(
  base: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Json> {
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as Json;
}

/**
 * `count` issued invoices for one client of the tenant, through the staff REST API as the app makes them
 * (draft, then issue): the pages both sides read.
 */
export async function seedInvoices(base: string, ownerToken: string, count: number): Promise<void> {
  const client = await rest(base, ownerToken, 'POST', '/clients', { name: 'Partner Bench Client' });
  for (let index = 0; index < count; index++) {
    const draft = await rest(base, ownerToken, 'POST', `/clients/${String(client.id)}/documents`, {
      kind: 'invoice',
      lines: [
        {
          description: `Retainer, month ${index + 1}`,
          unit: 'month',
          quantityMilli: '1000',
          unitPriceMinor: String(100_000 + index),
          taxRateBasisPoints: 2000,
        },
      ],
    });
    await rest(base, ownerToken, 'POST', `/documents/${String(draft.id)}/issue`, {
      expectedVersion: draft.version,
    });
  }
}

/**
 * A partner application with `documents:read` made by the tenant owner through the partner-apps REST
 * route, and its token from Keycloak by the client-credentials grant (what a partner does).
 */
export async function partnerToken(base: string, ownerToken: string, keycloakUrl: string): Promise<string> {
  const created = await rest(base, ownerToken, 'POST', '/partner-apps', {
    name: 'Bench Books',
    scopes: ['documents:read'],
  });
  const application = created.application as { clientId: string } | undefined;
  const secret = created.clientSecret;
  if (!application || typeof secret !== 'string')
    throw new Error('the partner application has no credentials');
  const tokenUrl =
    typeof created.tokenUrl === 'string' && created.tokenUrl
      ? created.tokenUrl
      : `${keycloakUrl}/realms/client-portal/protocol/openid-connect/token`;
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: application.clientId,
      client_secret: secret,
    }),
  });
  const body = (await response.json()) as { access_token?: string; error_description?: string };
  if (!body.access_token) throw new Error(`no partner token: ${body.error_description ?? response.status}`);
  return body.access_token;
}

export interface Side {
  /** One caller, one request after the other: median and p99 (ms). */
  p50: number;
  p99: number;
  /** `CONCURRENCY` callers for the run's seconds. */
  requestsPerSecond: number;
  concurrentP99: number;
  errors: number;
  /** The answer's size on the wire (JSON body / protobuf message). */
  bytes: number;
}

export interface PartnerInvoicesFigure {
  grpc: Side;
  rest: Side;
  /** What the gRPC side went through ("gateway partner port, real token" or a test-local server). */
  grpcPath: string;
}

const percentile = (sorted: number[], fraction: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;

async function measure(once: () => Promise<number>, seconds: number): Promise<Side> {
  const bytes = await once();
  const sequential: number[] = [];
  for (let index = 0; index < SEQUENTIAL_SAMPLES; index++) {
    const begin = performance.now();
    await once();
    sequential.push(performance.now() - begin);
  }
  sequential.sort((a, b) => a - b);
  const concurrent: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  const begin = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        const start = performance.now();
        try {
          await once();
          concurrent.push(performance.now() - start);
        } catch {
          errors++;
        }
      }
    }),
  );
  concurrent.sort((a, b) => a - b);
  return {
    p50: percentile(sequential, 0.5),
    p99: percentile(sequential, 0.99),
    requestsPerSecond: concurrent.length / ((Date.now() - begin) / 1000),
    concurrentP99: percentile(concurrent, 0.99),
    errors,
    bytes,
  };
}

/**
 * Measures both sides. `grpcAddress` serves client_portal.partner.v1.DocumentService (the gateway's
 * partner port, plaintext); `grpcToken` is sent as `authorization: Bearer …` when given.
 */
export async function measurePartnerInvoices(options: {
  base: string;
  restToken: string;
  grpcAddress: string;
  grpcToken: string;
  grpcPath: string;
  seconds: number;
}): Promise<PartnerInvoicesFigure> {
  const Client = findServiceClient(partnerContract().grpcObject, `${PARTNER_PACKAGE}.DocumentService`);
  const client = new Client(options.grpcAddress, grpc.credentials.createInsecure(), {
    'grpc.max_receive_message_length': 32 * 1024 * 1024,
  });
  const metadata = new grpc.Metadata();
  if (options.grpcToken) metadata.set('authorization', `Bearer ${options.grpcToken}`);
  const serialize = (Client.service.ListInvoices as grpc.MethodDefinition<unknown, unknown>)
    .responseSerialize;
  const listInvoices = () =>
    new Promise<number>((resolve, reject) => {
      const method = (
        client as unknown as {
          ListInvoices: (
            request: unknown,
            metadata: grpc.Metadata,
            callback: (error: grpc.ServiceError | null, response?: { documents: unknown[] }) => void,
          ) => void;
        }
      ).ListInvoices;
      method.call(client, { options: { pageSize: PARTNER_PAGE } }, metadata, (error, response) => {
        if (error || !response) {
          reject(error ?? new Error('no answer'));
          return;
        }
        if (response.documents.length !== PARTNER_PAGE) {
          reject(new Error(`expected ${PARTNER_PAGE} invoices, got ${response.documents.length}`));
          return;
        }
        resolve(serialize(response).length);
      });
    });
  const listRest = async () => {
    const response = await fetch(`${options.base}/api/documents?kind=invoice&pageSize=${PARTNER_PAGE}`, {
      // undici (Node's fetch) keeps its connections alive between requests, like the gRPC channel.
      headers: { authorization: `Bearer ${options.restToken}` },
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`REST answered ${response.status}`);
    const documents = (JSON.parse(text) as { documents: unknown[] }).documents;
    if (documents.length !== PARTNER_PAGE)
      throw new Error(`expected ${PARTNER_PAGE} invoices, got ${documents.length}`);
    return Buffer.byteLength(text);
  };
  try {
    const grpcSide = await measure(listInvoices, options.seconds);
    const restSide = await measure(listRest, options.seconds);
    return { grpc: grpcSide, rest: restSide, grpcPath: options.grpcPath };
  } finally {
    client.close();
  }
}

export function describePartnerInvoices(figure: PartnerInvoicesFigure): string {
  const row = (name: string, side: Side) =>
    `${name.padEnd(48)} p50 ${side.p50.toFixed(1).padStart(6)} ms  p99 ${side.p99.toFixed(1).padStart(6)} ms  | ${CONCURRENCY} callers: ${side.requestsPerSecond.toFixed(0).padStart(5)} req/s  p99 ${side.concurrentP99.toFixed(1).padStart(6)} ms  errors ${side.errors}  | ${(side.bytes / 1024).toFixed(1)} KiB`;
  return [
    row(`partner gRPC ListInvoices page_size ${PARTNER_PAGE}`, figure.grpc),
    row(`REST GET /api/documents?kind=invoice&pageSize=${PARTNER_PAGE}`, figure.rest),
    `gRPC / REST: p50 ${(figure.grpc.p50 / figure.rest.p50).toFixed(2)}×, throughput ${(figure.grpc.requestsPerSecond / figure.rest.requestsPerSecond).toFixed(2)}×, size ${(figure.grpc.bytes / figure.rest.bytes).toFixed(2)}× (gRPC side: ${figure.grpcPath})`,
  ].join('\n');
}
