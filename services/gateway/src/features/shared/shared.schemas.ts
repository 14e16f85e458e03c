import { z } from 'zod';
import { named } from '../../http/route.js';

/** RFC 9457 problem details, as every error answer carries them (see kit's toProblemDetails). */
export const problemSchema = named(
  'Problem',
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z
      .string()
      .meta({ description: 'The error family: NOT_FOUND, INVALID_ARGUMENT, PERMISSION_DENIED, ...' }),
    reason: z.string().optional().meta({
      description: 'A stable machine string for the specific cause, e.g. client.primary_contact_missing',
    }),
    correlationId: z.string().optional(),
    violations: z
      .array(
        named(
          'FieldViolation',
          z.object({
            field: z.string(),
            message: z.string(),
            code: z.string().optional().meta({
              description: 'required, too_short, too_long, invalid_format, invalid_value, invalid_type, ...',
            }),
          }),
        ),
      )
      .optional(),
  }),
);

export const pageInfoSchema = named(
  'PageInfo',
  z.object({
    nextPageToken: z.string().meta({ description: 'Empty on the last page' }),
    totalSize: z
      .number()
      .int()
      .meta({ description: 'Total matching items, when the server can count them cheaply (else 0)' }),
  }),
);

/** Integer minor units as a decimal string: int64 does not fit a JSON number safely. */
export const minorUnits = z.string().regex(/^-?\d+$/);

export const moneySchema = named('Money', z.object({ amountMinor: minorUnits, currency: z.string() }));

/** The paging parameters every list accepts. */
export const pageQuerySchema = z.object({
  pageSize: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .meta({ description: 'Items per page; the service caps it' }),
  pageToken: z.string().optional().meta({ description: "The previous page's nextPageToken" }),
});

/** What the services' PageRequest expects. */
export function pageOf(query: { pageSize?: number | undefined; pageToken?: string | undefined }): {
  pageSize: number;
  pageToken: string;
} {
  return { pageSize: query.pageSize ?? 0, pageToken: query.pageToken ?? '' };
}

/** One path parameter, an opaque id. */
export function idParams<Name extends string>(name: Name) {
  return z.object({ [name]: z.string().min(1) } as Record<Name, z.ZodString>);
}
