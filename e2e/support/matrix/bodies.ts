import { apiDocument, openApiPath } from '@client-portal/gateway/api-registry';
import type { AnyRoute } from '../../../services/gateway/src/http/route.js';

type JsonSchema = Record<string, unknown>;

const document = apiDocument() as {
  paths: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
  >;
  components: { schemas: Record<string, JsonSchema> };
};

/** The JSON Schema of a route's request body, as the OpenAPI document publishes it. */
export function bodySchemaOf(route: AnyRoute): JsonSchema | undefined {
  const operation = document.paths[openApiPath(route.path)]?.[route.method];
  return operation?.requestBody?.content?.['application/json']?.schema;
}

function resolve(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const target = document.components.schemas[ref.split('/').pop() ?? ''];
    if (!target) throw new Error(`unknown schema ${ref}`);
    return resolve(target);
  }
  return schema;
}

/**
 * A value that satisfies a schema, built from what it declares (required properties only, the first
 * enum value, the minimum length or value). `fill` answers first, by property name, so that ids point
 * at the fixture world's records ("workspaceId" → the caller's view of a real workspace).
 */
export function exampleOf(
  raw: JsonSchema,
  fill: (name: string) => unknown = () => undefined,
  name = '',
  depth = 0,
): unknown {
  const schema = resolve(raw);
  if (depth > 8) return undefined;
  const filled = name ? fill(name) : undefined;
  if (filled !== undefined) return filled;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if ('default' in schema && schema.default !== undefined) return schema.default;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options)) {
      const usable = (options as JsonSchema[]).find((option) => resolve(option).type !== 'null');
      if (usable) return exampleOf(usable, fill, name, depth + 1);
    }
  }
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((schema.required ?? []) as string[]);
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(properties)) {
        const explicit = fill(key);
        if (explicit !== undefined) value[key] = explicit;
        else if (required.has(key)) value[key] = exampleOf(property, fill, key, depth + 1);
      }
      return value;
    }
    case 'array': {
      const count = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const items = (schema.items ?? {}) as JsonSchema;
      return Array.from({ length: count }, () => exampleOf(items, fill, '', depth + 1));
    }
    case 'string': {
      if (schema.format === 'email') return 'matrix@example.test';
      if (schema.format === 'uri') return 'https://example.test/matrix';
      if (schema.format === 'date') return '2026-06-01';
      if (schema.format === 'date-time') return '2026-06-01T10:00:00.000Z';
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (typeof schema.pattern === 'string' && /\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(schema.pattern))
        return '2026-06-01';
      const min = typeof schema.minLength === 'number' ? schema.minLength : 1;
      return 'matrix'.padEnd(Math.max(min, 6), 'x');
    }
    case 'integer':
    case 'number': {
      const min =
        typeof schema.minimum === 'number'
          ? schema.minimum
          : typeof schema.exclusiveMinimum === 'number'
            ? schema.exclusiveMinimum + 1
            : 1;
      return Math.max(min, 1);
    }
    case 'boolean':
      return false;
    default:
      return 'matrix';
  }
}

/**
 * A body that breaks its schema on every declared property (each gets a value of the wrong type), so
 * an allowed caller reaches the route's validation and nothing is written. Undefined when the body
 * declares no property to break (nothing invalid can be said).
 */
export function invalidBodyOf(route: AnyRoute): unknown {
  const raw = bodySchemaOf(route);
  if (!raw) return undefined;
  const schema = resolve(raw);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required ?? []) as string[];
  if (required.length > 0) return {};
  const keys = Object.keys(properties);
  if (keys.length === 0) return undefined;
  return Object.fromEntries(
    keys.map((key) => {
      const type = resolve(properties[key] ?? {}).type;
      return [key, type === 'string' ? { matrix: true } : 'matrix-not-a-valid-value'];
    }),
  );
}

/** The route's required query parameters, filled like a body (by name first), as a query string. */
export function queryOf(route: AnyRoute, fill: (name: string) => unknown): string {
  const operation = document.paths[openApiPath(route.path)]?.[route.method] as
    { parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[] } | undefined;
  const required = (operation?.parameters ?? []).filter(
    (parameter) => parameter.in === 'query' && parameter.required,
  );
  return new URLSearchParams(
    required.map((parameter): [string, string] => [
      parameter.name,
      String(exampleOf(parameter.schema ?? {}, fill, parameter.name)),
    ]),
  ).toString();
}
