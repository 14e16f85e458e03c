import type { z } from 'zod';
import { DomainError } from '@client-portal/kit';

/** Parses a JSON body, turning every schema problem into a field violation the form can show. */
export function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.infer<Schema> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw DomainError.invalid(
    'The request is not valid: check the highlighted fields',
    result.error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message })),
  );
}

export function pageQuery(query: Record<string, unknown>): { pageSize: number; pageToken: string } {
  const size = Number(query.pageSize ?? 0);
  return {
    pageSize: Number.isInteger(size) && size > 0 ? size : 0,
    pageToken: typeof query.pageToken === 'string' ? query.pageToken : '',
  };
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
