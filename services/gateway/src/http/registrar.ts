import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import {
  assertPermission,
  DomainError,
  minimumRole,
  STAFF_ROLES,
  type Principal,
  type StaffRole,
} from '@client-portal/kit';
import { callerOf } from './auth.js';
import { on } from './backends.js';
import {
  apiSchemas,
  isBinaryResponse,
  type Access,
  type AnyRoute,
  type BinaryBody,
  type RouteContext,
} from './route.js';
import { parseRequestPart } from './validation.js';

/** owner > admin > manager > member: STAFF_ROLES lists them from the highest. */
function rank(role: StaffRole): number {
  return STAFF_ROLES.length - STAFF_ROLES.indexOf(role);
}

/** The gateway's own gate, with a machine reason the web app can translate. */
export function assertAccess(access: Access, principal: Principal): void {
  if (access === 'anonymous' || access === 'staff-or-client') return;
  if (access === 'client') {
    if (principal.kind !== 'client')
      throw new DomainError('PERMISSION_DENIED', 'Only client users can do this', [], 'access.client_only');
    return;
  }
  if (principal.kind !== 'staff' || !principal.staffRole)
    throw new DomainError('PERMISSION_DENIED', 'Only the agency team can do this', [], 'access.staff_only');
  // The same refusal, message and reason (`permission.<name>`) as the service that enforces it too.
  if ('permission' in access) {
    assertPermission(principal, access.permission);
    return;
  }
  if (rank(principal.staffRole) < rank(access.staff))
    throw new DomainError(
      'PERMISSION_DENIED',
      `This needs the ${access.staff} role or higher`,
      [],
      'access.role_too_low',
    );
}

function sendBinary(response: Response, contentType: string, body: BinaryBody): void {
  response.setHeader('content-type', body.contentType ?? contentType);
  response.setHeader(
    'content-disposition',
    `${body.inline ? 'inline' : 'attachment'}; filename="${body.filename.replace(/[^\w.-]/g, '_')}"`,
  );
  response.send(Buffer.from(body.bytes));
}

/**
 * Mounts every declared route: authentication unless anonymous, the declared access, then params,
 * query and body parsed with their schemas (zod issues become field violations), then the handler,
 * whose answer is sent with the declared status. Routes without a handler are documented only.
 */
export function mountRoutes(
  routes: readonly AnyRoute[],
  context: RouteContext,
  authenticate: RequestHandler,
): Router {
  const router = Router();
  for (const route of routes) {
    const { handler } = route;
    if (!handler) continue;
    const serve = async (request: Request, response: Response): Promise<void> => {
      const caller = route.access === 'anonymous' ? undefined : callerOf(request);
      if (caller) assertAccess(route.access, caller.principal);
      const input = {
        params: route.params ? parseRequestPart(route.params, request.params, 'params') : {},
        query: route.query ? parseRequestPart(route.query, request.query, 'query') : {},
        body: route.body ? parseRequestPart(route.body, request.body ?? {}, 'body') : undefined,
        caller,
        onBehalf: caller ? on(caller.principal) : undefined,
        request,
        response,
      };
      const result = await handler(input, context);
      if (isBinaryResponse(route.response)) {
        sendBinary(response, route.response.contentType, result as BinaryBody);
        return;
      }
      // Only the declared fields leave the gateway, so the document is the whole truth about an
      // answer. An answer that breaks its schema is a bug between service and declaration: it is
      // logged and sent as it came (as before the registry) rather than failing the user's request;
      // the e2e test parses every answer and fails on such drift.
      const checked = route.response.safeParse(result);
      if (!checked.success)
        context.logger.error(
          { route: `${route.method.toUpperCase()} ${route.path}`, issues: checked.error.issues },
          'response does not match its declared schema',
        );
      response.status(route.status ?? 200).json(checked.success ? checked.data : result);
    };
    const stages: RequestHandler[] =
      route.access === 'anonymous'
        ? []
        : [authenticate as (request: Request, response: Response, next: NextFunction) => void];
    router[route.method](route.path, ...stages, serve);
  }
  return router;
}

// ---------------------------------------------------------------------------------------------
// The OpenAPI 3.1 document, built from the same declarations.

type JsonSchema = Record<string, unknown>;
const COMPONENT_PREFIX = '#/components/schemas/';

/** `/clients/:clientId` → `/clients/{clientId}`. */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

/** A readable operation name from method and path, unique because method+path is. */
export function operationIdOf(route: Pick<AnyRoute, 'method' | 'path'>): string {
  const words = route.path
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  return [route.method, ...words]
    .map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

function referencesIn(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) referencesIn(item, found);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string' && child.startsWith(COMPONENT_PREFIX))
      found.add(child.slice(COMPONENT_PREFIX.length));
    else referencesIn(child, found);
  }
}

/**
 * Converts one side of the API (requests as zod *inputs*, responses as zod *outputs*: defaults and
 * coercions differ) to JSON Schema in one go, so named schemas become `$ref`s to components.
 * Returns each slot's schema and the named components the slots reach.
 */
function convertSide(
  slots: Map<string, z.ZodType>,
  io: 'input' | 'output',
): { slots: Map<string, JsonSchema>; components: Map<string, JsonSchema> } {
  const pass = z.registry<{ id: string }>();
  const slotIds = new Map<string, string>();
  for (const [id, schema] of apiSchemas._idmap) pass.add(schema as z.ZodType, { id });
  for (const [slot, schema] of slots) {
    const existing = pass.get(schema)?.id;
    if (existing) {
      slotIds.set(slot, existing);
      continue;
    }
    pass.add(schema, { id: slot });
    slotIds.set(slot, slot);
  }
  const generated = z.toJSONSchema(pass, {
    io,
    target: 'draft-2020-12',
    // Every named schema is converted on both sides, though each is reached from one side only:
    // request bodies hold transforms that have no *output* JSON Schema. Unreached ones are dropped.
    unrepresentable: 'any',
    uri: (id) => `${COMPONENT_PREFIX}${id}`,
    // z.number().int() states the safe-integer range on every integer: true, and noise to a reader.
    override: ({ jsonSchema }) => {
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
    },
  }).schemas as Record<string, JsonSchema>;
  const clean = (schema: JsonSchema): JsonSchema => {
    const { $schema: _schema, $id: _id, ...rest } = schema;
    return rest;
  };
  const result = new Map<string, JsonSchema>();
  const reached = new Set<string>();
  for (const [slot, id] of slotIds) {
    const schema = generated[id];
    if (!schema) throw new Error(`No JSON Schema generated for ${slot}`);
    const named = apiSchemas._idmap.has(id);
    result.set(slot, named ? { $ref: `${COMPONENT_PREFIX}${id}` } : clean(schema));
    if (named) reached.add(id);
    else referencesIn(schema, reached);
  }
  const components = new Map<string, JsonSchema>();
  const queue = [...reached];
  while (queue.length > 0) {
    const id = queue.pop() ?? '';
    if (components.has(id)) continue;
    const schema = generated[id];
    if (!schema) throw new Error(`A schema refers to ${id}, which has no JSON Schema`);
    components.set(id, clean(schema));
    const next = new Set<string>();
    referencesIn(schema, next);
    queue.push(...next);
  }
  return { slots: result, components };
}

function objectProperties(schema: JsonSchema, where: string): [string, JsonSchema, boolean][] {
  if (schema.type !== 'object' || typeof schema.properties !== 'object' || schema.properties === null)
    throw new Error(`${where} must be a plain z.object() so each field becomes a parameter`);
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  return Object.entries(schema.properties as Record<string, JsonSchema>).map(([name, property]) => [
    name,
    property,
    required.has(name),
  ]);
}

function describeAccess(access: Access): string {
  if (access === 'anonymous') return 'Anyone, without a token.';
  if (access === 'client') return 'Client users.';
  if (access === 'staff-or-client') return 'Any logged-in user: staff or client.';
  if ('permission' in access)
    return `Staff allowed ${access.permission} (the ${minimumRole(access.permission)} role or higher).`;
  return `Staff with the ${access.staff} role or higher.`;
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: `${COMPONENT_PREFIX}Problem` } } },
});

export interface OpenApiOptions {
  serverUrl: string;
  /** The Problem schema (problem+json) every error answer follows. */
  problemSchema: z.ZodType;
}

/** The OpenAPI 3.1 document of every declared route. */
export function buildOpenApiDocument(routes: readonly AnyRoute[], options: OpenApiOptions): JsonSchema {
  const requestSlots = new Map<string, z.ZodType>();
  const responseSlots = new Map<string, z.ZodType>([['Problem', options.problemSchema]]);
  for (const route of routes) {
    const id = operationIdOf(route);
    if (route.params) requestSlots.set(`${id}.params`, route.params);
    if (route.query) requestSlots.set(`${id}.query`, route.query);
    if (route.body) requestSlots.set(`${id}.body`, route.body);
    if (!isBinaryResponse(route.response)) responseSlots.set(`${id}.response`, route.response);
  }
  const requests = convertSide(requestSlots, 'input');
  const responses = convertSide(responseSlots, 'output');
  const components: Record<string, JsonSchema> = Object.fromEntries(requests.components);
  for (const [id, schema] of responses.components) {
    const asRequest = components[id];
    if (asRequest && JSON.stringify(asRequest) !== JSON.stringify(schema))
      throw new Error(
        `Schema ${id} reads differently as a request and as a response: give each side its own name`,
      );
    components[id] = schema;
  }
  if (!apiSchemas._idmap.has('Problem')) throw new Error('The Problem schema must be named "Problem"');

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const id = operationIdOf(route);
    const parameters = [
      ...(route.params
        ? objectProperties(requests.slots.get(`${id}.params`) ?? {}, `${id} params`).map(
            ([name, schema]) => ({
              name,
              in: 'path',
              required: true,
              schema,
            }),
          )
        : []),
      ...(route.query
        ? objectProperties(requests.slots.get(`${id}.query`) ?? {}, `${id} query`).map(
            ([name, schema, required]) => ({
              name,
              in: 'query',
              required,
              schema,
              ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
            }),
          )
        : []),
    ];
    const success = isBinaryResponse(route.response)
      ? {
          description: route.response.description,
          content: {
            [route.response.contentType]: {
              schema: route.response.contentType.startsWith('text/')
                ? { type: 'string' }
                : { type: 'string', format: 'binary' },
            },
          },
        }
      : {
          description: 'OK',
          content: { 'application/json': { schema: responses.slots.get(`${id}.response`) } },
        };
    const anonymous = route.access === 'anonymous';
    const openPath = openApiPath(route.path);
    paths[openPath] ??= {};
    paths[openPath][route.method] = {
      operationId: id,
      summary: route.summary,
      description: [route.description, `Access: ${describeAccess(route.access)}`]
        .filter(Boolean)
        .join('\n\n'),
      tags: route.tags,
      'x-access': route.access,
      security: anonymous ? [] : [{ bearer: [] }],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: route.bodyContentType
                ? {
                    [route.bodyContentType]: {
                      schema: { type: 'string', contentMediaType: route.bodyContentType },
                    },
                  }
                : { 'application/json': { schema: requests.slots.get(`${id}.body`) } },
            },
          }
        : {}),
      responses: {
        [String(route.status ?? 200)]: success,
        400: problem('Invalid request (field violations)'),
        ...(anonymous ? {} : { 401: problem('Missing or invalid token'), 403: problem('Not allowed') }),
        404: problem('Not found (or not visible to you)'),
        409: problem('Conflict or wrong state'),
        default: problem('Unexpected error'),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Client Portal API',
      version: '1.0.0',
      description:
        'REST API of the client portal platform, served by the gateway. Generated from the route declarations in services/gateway/src/features.',
    },
    servers: [{ url: options.serverUrl }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
    },
    paths,
  };
}

export const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Client Portal API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="docs" data-spec="/api/openapi.json"></div><script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/start.js"></script></body></html>`;

/** The docs page's set-up, served as a file (the page's CSP allows no inline script). */
export const DOCS_START_SCRIPT =
  "window.ui = SwaggerUIBundle({ url: document.getElementById('docs').dataset.spec, dom_id: '#docs', validatorUrl: null });\n";
