import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Logger, PortalRight, StaffPermission, StaffRole } from '@client-portal/kit';
import type { Caller } from './auth.js';
import type { Backends, on } from './backends.js';

export type CallOptions = ReturnType<typeof on>;

/**
 * Who may call a route. The gateway refuses everyone else before any service is called; services
 * still check on their own, so this is the first gate, not the only one.
 * - `anonymous`: no token needed (the invitation page runs before the person has a password)
 * - `{ staff: role }`: agency staff with at least that role (owner > admin > manager > member)
 * - `{ permission }`: agency staff whose role the kit's permission matrix (STAFF_PERMISSIONS) allows
 * - `client`: a client user of the portal
 * - `staff-or-client`: anyone logged in; the service narrows what each one sees
 */
export type Access =
  'anonymous' | { staff: StaffRole } | { permission: StaffPermission } | 'client' | 'staff-or-client';

/**
 * What a client user needs on a route whose access admits them (`client`, `staff-or-client`). The
 * gateway does not enforce it (the service does, per workspace); it states the promise, and the
 * authorisation matrix (e2e/authz-matrix.e2e.test.ts) calls every such route as client users with and
 * without the right and fails when the answer disagrees. Required on every route a client may call.
 * - a portal right (kit PORTAL_RIGHTS): needed in the workspace the data belongs to (`billing`: in any
 *   workspace; `pay` implies it); a client user without it is refused (403, or 404 when hidden)
 * - `signed-in`: any client user of the tenant; the service narrows the answer to their own client
 * - `never`: the route is shared with staff, but the service refuses every client user
 */
export type ClientRight = PortalRight | 'signed-in' | 'never';

/** A response that is not JSON: its bytes (invoice PDFs) or a stream owned elsewhere (SSE). */
export interface BinaryResponse {
  kind: 'binary';
  contentType: string;
  description: string;
}

export interface BinaryBody {
  bytes: Uint8Array;
  /** Sent as the attachment's name; characters outside [A-Za-z0-9_.-] are replaced. */
  filename: string;
  /** Overrides the declared content type when one route serves several (a PNG or JPEG logo). */
  contentType?: string;
  /** Shown in the browser rather than downloaded (a small HTML page: the unsubscribe confirmation). */
  inline?: boolean;
}

/** What every handler may use: the gRPC clients and the settings the web app needs. */
export interface RouteContext {
  backends: Backends;
  logger: Logger;
  webConfig: { keycloakUrl: string; realm: string; clientId: string };
  /** The domain tenant sub-domains hang under (`<label>.<portalDomain>`); empty: sub-domains are off. */
  portalDomain?: string;
  /**
   * Drops the gateway's cached sign-in look-ups, so a change of who someone is (a deactivated team
   * member) applies to their very next request here instead of after the cache's lifetime.
   */
  forgetPrincipals?: () => void;
}

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.output<S> : undefined;

/**
 * Handlers return what the services answer: proto objects whose enum fields are plain strings and
 * whose nested messages may be null. The declared schema is stricter, and the e2e test parses every
 * real answer with it, so the compiler checks the shape and the test checks the values.
 */
export type Loose<T> = T extends string
  ? string
  : T extends readonly (infer Item)[]
    ? Loose<Item>[]
    : T extends object
      ? { [Key in keyof T]: Loose<T[Key]> } | null
      : T;

type ResponseBody<R> = R extends BinaryResponse ? BinaryBody : R extends Schema ? Loose<z.input<R>> : never;

export interface HandlerInput<P, Q, B, A extends Access> {
  params: P;
  query: Q;
  body: B;
  /** The authenticated caller; absent only on anonymous routes. */
  caller: A extends 'anonymous' ? undefined : Caller;
  /** gRPC call options carrying the caller's principal; absent only on anonymous routes. */
  onBehalf: A extends 'anonymous' ? undefined : CallOptions;
  request: Request;
  response: Response;
}

export interface RouteDeclaration<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema | BinaryResponse = Schema | BinaryResponse,
  A extends Access = Access,
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express syntax (`/clients/:clientId`), relative to /api. */
  path: string;
  access: A;
  /** Required when `access` admits client users: see ClientRight. */
  clientRight?: ClientRight;
  summary: string;
  description?: string;
  tags: string[];
  /** The success status; 200 unless said otherwise. */
  status?: number;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * The body's media type when it is not JSON (a PDF to verify): the gateway parses it raw and the
   * schema checks the bytes arrived; documented as that media type.
   */
  bodyContentType?: string;
  response: R;
  /**
   * Absent when another module serves the route itself and the registry only documents it
   * (the live event stream, owned by src/live).
   */
  handler?: (
    input: HandlerInput<Infer<P>, Infer<Q>, Infer<B>, A>,
    context: RouteContext,
  ) => Promise<ResponseBody<R>> | ResponseBody<R>;
}

/** The erased form the registrar works with: every route, whatever its schemas. */
export interface AnyRoute {
  method: RouteDeclaration['method'];
  path: string;
  access: Access;
  clientRight?: ClientRight;
  summary: string;
  description?: string;
  tags: string[];
  status?: number;
  params?: Schema;
  query?: Schema;
  body?: Schema;
  bodyContentType?: string;
  response: Schema | BinaryResponse;
  handler?: (input: HandlerInput<unknown, unknown, unknown, Access>, context: RouteContext) => unknown;
}

/** Declares one route; the generic parameters make the handler see the parsed input's types. */
export function defineRoute<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema | BinaryResponse = Schema,
  A extends Access = Access,
>(route: RouteDeclaration<P, Q, B, R, A>): AnyRoute {
  return route as unknown as AnyRoute;
}

export function binary(contentType: string, description: string): BinaryResponse {
  return { kind: 'binary', contentType, description };
}

export function isBinaryResponse(response: Schema | BinaryResponse): response is BinaryResponse {
  return 'kind' in response && (response as { kind?: unknown }).kind === 'binary';
}

/**
 * The schemas that get a stable name in the OpenAPI document (`components.schemas.<id>`) and hence
 * in the web app's generated types. Kept apart from zod's global registry so that schemas other
 * modules name (the event catalogue) never leak into the REST document.
 */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

/** Gives a schema its public name in the API document. */
export function named<S extends Schema>(id: string, schema: S, description?: string): S {
  apiSchemas.add(schema, description ? { id, description } : { id });
  return schema;
}
