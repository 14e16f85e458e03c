import { spawnSync } from 'node:child_process';
import { buildOpenApiDocument, openApiPath } from '../http/registrar.js';
import { apiRoutes, problemSchema } from './api.registry.js';
import { isBinaryResponse } from '../http/route.js';

/**
 * Validates with @apidevtools/swagger-parser (OpenAPI 3.1 schema, then its own semantic checks) in a
 * child Node process: its dependencies are ES modules, which jest's CommonJS runtime cannot load.
 */
function validateOpenApi(candidate: unknown): { valid: boolean; error: string } {
  const script = `
    import SwaggerParser from '@apidevtools/swagger-parser';
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    try { await SwaggerParser.validate(JSON.parse(text)); console.log('valid'); }
    catch (error) { console.log(error.message); process.exitCode = 1; }`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    input: JSON.stringify(candidate),
    encoding: 'utf8',
    cwd: __dirname,
  });
  return { valid: run.status === 0 && run.stdout.trim() === 'valid', error: run.stdout + run.stderr };
}

const document = () => buildOpenApiDocument(apiRoutes, { serverUrl: '/api', problemSchema });
const name = (route: (typeof apiRoutes)[number]) => `${route.method.toUpperCase()} ${route.path}`;

/** The checks CI relies on: a route that is not fully declared, or a document that is not OpenAPI 3.1, fails here. */
describe('the route registry', () => {
  it.each(apiRoutes.map((route) => [name(route), route] as const))(
    '%s declares its response, params, body, access and documentation',
    (_name, route) => {
      expect(route.response).toBeDefined();
      expect(route.summary.length).toBeGreaterThan(0);
      expect(route.tags.length).toBeGreaterThan(0);
      expect(route.access).toBeDefined();
      const placeholders = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]).sort();
      if (placeholders.length > 0) {
        expect(route.params).toBeDefined();
        const shape = (route.params as unknown as { shape: Record<string, unknown> }).shape;
        expect(Object.keys(shape).sort()).toEqual(placeholders);
      } else expect(route.params).toBeUndefined();
      if (['post', 'put', 'patch'].includes(route.method)) expect(route.body).toBeDefined();
      // Only routes another module serves (the live stream) may go without a handler, and they are not JSON.
      if (!route.handler) expect(isBinaryResponse(route.response)).toBe(true);
    },
  );

  it('declares each method and path once', () => {
    const keys = apiRoutes.map((route) => `${route.method} ${openApiPath(route.path)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('builds a document that a maintained validator accepts as OpenAPI 3.1', () => {
    const built = document();
    expect(built.openapi).toBe('3.1.0');
    const result = validateOpenApi(built);
    expect(result.error).not.toMatch(/error|invalid/i);
    expect(result.valid).toBe(true);
  });

  it('documents every route with its schemas and names the shared ones', () => {
    const built = document() as {
      paths: Record<string, Record<string, { responses: Record<string, unknown>; security: unknown[] }>>;
      components: { schemas: Record<string, unknown> };
    };
    for (const route of apiRoutes) {
      const operation = built.paths[openApiPath(route.path)]?.[route.method];
      expect({ route: name(route), documented: operation !== undefined }).toEqual({
        route: name(route),
        documented: true,
      });
      expect(operation?.responses[String(route.status ?? 200)]).toBeDefined();
      expect(operation?.security).toEqual(route.access === 'anonymous' ? [] : [{ bearer: [] }]);
    }
    expect(Object.keys(built.components.schemas)).toEqual(
      expect.arrayContaining(['Client', 'Invoice', 'Workspace', 'Message', 'Me', 'Problem', 'PageInfo']),
    );
  });

  it('is checked by a validator that really refuses what OpenAPI 3.1 forbids', () => {
    const broken = structuredClone(document()) as { paths: Record<string, Record<string, unknown>> };
    broken.paths['/clients/{clientId}'] = { get: { responses: 'none' } };
    expect(validateOpenApi(broken).valid).toBe(false);
    const wrongParameter = structuredClone(document()) as {
      paths: Record<string, Record<string, { parameters: { required: boolean }[] }>>;
    };
    const parameter = wrongParameter.paths['/clients/{clientId}']?.get?.parameters[0];
    if (parameter) parameter.required = false;
    expect(validateOpenApi(wrongParameter)).toMatchObject({ valid: false });
  });
});
