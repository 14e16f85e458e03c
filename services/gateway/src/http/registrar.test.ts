import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import { createLogger, DomainError, toProblemDetails, type Principal } from '@client-portal/kit';
import type { Backends } from './backends.js';
import { assertAccess, mountRoutes, operationIdOf } from './registrar.js';
import { defineRoute } from './route.js';

const staff = (staffRole: Principal['staffRole']): Principal => ({
  userId: 'u',
  tenantId: 't',
  kind: 'staff',
  staffRole,
  workspaceIds: [],
});
/** The reason a refused call carries (undefined when it was let through). */
function refusal(access: Parameters<typeof assertAccess>[0], principal: Principal): string | undefined {
  try {
    assertAccess(access, principal);
    return undefined;
  } catch (error) {
    return error instanceof DomainError && error.code === 'PERMISSION_DENIED' ? error.reason : 'unexpected';
  }
}

const client: Principal = { userId: 'c', tenantId: 't', kind: 'client', clientId: 'x', workspaceIds: [] };

describe('declared access', () => {
  it('ranks staff roles owner > admin > manager > member', () => {
    expect(refusal({ staff: 'manager' }, staff('admin'))).toBeUndefined();
    expect(refusal({ staff: 'manager' }, staff('member'))).toBe('access.role_too_low');
  });

  it('keeps client users out of staff routes and staff out of client routes', () => {
    expect(refusal({ staff: 'member' }, client)).toBe('access.staff_only');
    expect(refusal('client', staff('owner'))).toBe('access.client_only');
    expect(refusal('staff-or-client', client)).toBeUndefined();
  });
});

describe('the registrar in Express', () => {
  let server: Server;
  let base: string;
  const routes = [
    defineRoute({
      method: 'get',
      path: '/open/:name',
      access: 'anonymous',
      summary: 'anonymous echo',
      tags: ['test'],
      params: z.object({ name: z.string() }),
      query: z.object({ times: z.coerce.number().int().positive().optional() }),
      response: z.object({ greeting: z.string() }),
      handler: ({ params, query }) => ({
        greeting: `hello ${params.name}`.repeat(query.times ?? 1),
        internal: 'never sent',
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/managed',
      access: { staff: 'manager' },
      summary: 'needs a manager',
      tags: ['test'],
      status: 201,
      body: z.object({ title: z.string().max(5), email: z.email() }),
      response: z.object({ title: z.string(), by: z.string() }),
      handler: ({ body, caller }) => ({ title: body.title, by: caller.principal.userId }),
    }),
  ];

  beforeAll(async () => {
    const app = express();
    app.use(express.json());
    // Authentication proper (Keycloak) is covered by the e2e tests; here the principal comes from a header.
    const authenticate = (request: Request, _response: Response, next: NextFunction) => {
      const role = request.header('x-test-role');
      if (role)
        request.caller = {
          principal: role === 'client' ? client : staff(role as Principal['staffRole']),
          displayName: 'Test',
          email: 'test@example.test',
          tenantName: 'Tenant',
        };
      next();
    };
    app.use(
      mountRoutes(
        routes,
        {
          backends: {} as Backends,
          logger: createLogger('registrar-test', 'silent'),
          webConfig: { keycloakUrl: '', realm: '', clientId: '' },
        },
        authenticate,
      ),
    );
    app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
      const problem = toProblemDetails(error);
      response.status(problem.status).json(problem);
    });
    server = await new Promise((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => {
        resolve(listening);
      });
    });
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${base}${path}`, init);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const post = (role: string, body: unknown) =>
    call('/managed', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-role': role },
      body: JSON.stringify(body),
    });

  it('serves anonymous routes with parsed params and query, sending only the declared fields', async () => {
    expect(await call('/open/ada?times=2')).toEqual({
      status: 200,
      body: { greeting: 'hello adahello ada' },
    });
  });

  it('answers a malformed query with violations carrying machine codes', async () => {
    const answer = await call('/open/ada?times=zero');
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      code: 'INVALID_ARGUMENT',
      reason: 'request.invalid_query',
      violations: [{ field: 'times', code: 'invalid_type' }],
    });
  });

  it('enforces the declared access before reading the body', async () => {
    expect((await post('client', {})).body).toMatchObject({ status: 403, reason: 'access.staff_only' });
    expect((await post('member', {})).body).toMatchObject({ status: 403, reason: 'access.role_too_low' });
  });

  it('parses the body and answers with the declared success status', async () => {
    const invalid = await post('manager', { title: 'far too long', email: 'nope' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.violations).toEqual([
      expect.objectContaining({ field: 'title', code: 'too_long' }),
      expect.objectContaining({ field: 'email', code: 'invalid_format' }),
    ]);
    expect(await post('owner', { title: 'Hi', email: 'a@b.test' })).toEqual({
      status: 201,
      body: { title: 'Hi', by: 'u' },
    });
  });

  it('names operations from method and path', () => {
    expect(operationIdOf({ method: 'get', path: '/clients/:clientId/invoices' })).toBe(
      'getClientsByClientIdInvoices',
    );
  });
});
