import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_LIMITS } from '@client-portal/kit';
import { buildOpenApiDocument } from '../http/registrar.js';
import { apiRoutes, problemSchema } from './api.registry.js';

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  maxLength?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

/**
 * Strings a caller sends that are not free text: ids, codes checked against a list, dates and
 * amounts checked against a format by the service. Their length is bounded by that check (an id
 * that names nothing is refused, a date is 10 characters), so they need no declared maximum.
 * Anything else a request body carries is text a person types and must state its maximum.
 */
const NOT_FREE_TEXT =
  /(^id$|Id$|^(currency|language|defaultLanguage|role|kind|method|paymentMethod|frequency|status|contentType|primaryColor|accentColor|date|paidOn|startDate|endDate|dueDate|issueDate|expectedVersion|month)$|Minor$|Milli$)/;

interface Finding {
  route: string;
  field: string;
  problem: 'no maxLength' | 'no maxItems';
}

const document = buildOpenApiDocument(apiRoutes, { serverUrl: '/api', problemSchema }) as unknown as {
  paths: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
  >;
  components: { schemas: Record<string, JsonSchema> };
};

function unboundedFields(
  schema: JsonSchema | undefined,
  route: string,
  path: string,
  seen: ReadonlySet<string>,
  out: Finding[],
) {
  if (!schema) return;
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    if (!seen.has(name))
      unboundedFields(document.components.schemas[name], route, path, new Set([...seen, name]), out);
    return;
  }
  for (const variant of [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])])
    unboundedFields(variant, route, path, seen, out);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const key = path.split('.').pop()?.replace(/\[\]$/, '') ?? '';
  if (
    types.includes('string') &&
    schema.maxLength === undefined &&
    !schema.enum &&
    schema.const === undefined &&
    !schema.format &&
    !NOT_FREE_TEXT.test(key)
  )
    out.push({ route, field: path, problem: 'no maxLength' });
  if (types.includes('array')) {
    if (schema.maxItems === undefined) out.push({ route, field: path, problem: 'no maxItems' });
    unboundedFields(schema.items, route, `${path}[]`, seen, out);
  }
  for (const [name, property] of Object.entries(schema.properties ?? {}))
    unboundedFields(property, route, path ? `${path}.${name}` : name, seen, out);
}

describe('the length limits the API declares', () => {
  it('states a maximum for every free-text field and every list of every request body', () => {
    const findings: Finding[] = [];
    for (const [path, operations] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(operations)) {
        const body = operation.requestBody?.content?.['application/json']?.schema;
        unboundedFields(body, `${method.toUpperCase()} ${path}`, '', new Set(), findings);
      }
    // A new route whose body takes text or a list without a declared maximum (FIELD_LIMITS) fails here, naming it.
    expect(findings).toEqual([]);
  });

  it('declares the numbers of the limits table, so the gateway and the services refuse alike', () => {
    const schemas = document.components.schemas;
    const property = (schema: string, field: string) => schemas[schema]?.properties?.[field];
    expect(property('NewClient', 'name')?.maxLength).toBe(FIELD_LIMITS.crm.clientName);
    expect(property('NewClient', 'notes')?.maxLength).toBe(FIELD_LIMITS.crm.clientNotes);
    expect(property('NewClient', 'industry')?.maxLength).toBe(FIELD_LIMITS.crm.industry);
    expect(property('NewMessage', 'body')?.maxLength).toBe(FIELD_LIMITS.messaging.messageBody);
    expect(property('DocumentLineInput', 'description')?.maxLength).toBe(
      FIELD_LIMITS.billing.lineDescription,
    );
  });

  it('keeps every limit a positive whole number', () => {
    for (const [service, table] of Object.entries(FIELD_LIMITS))
      for (const [field, limit] of Object.entries(table))
        expect({ field: `${service}.${field}`, ok: Number.isInteger(limit) && limit > 0 }).toEqual({
          field: `${service}.${field}`,
          ok: true,
        });
  });

  it('lists every limit in docs/limits.md with its number', () => {
    const doc = readFileSync(join(__dirname, '../../../../docs/limits.md'), 'utf8');
    for (const [service, table] of Object.entries(FIELD_LIMITS))
      for (const [field, limit] of Object.entries(table)) {
        const row = `| ${service} | \`${field}\` | ${limit} |`;
        expect({ row, documented: doc.includes(row) }).toEqual({ row, documented: true });
      }
  });
});
