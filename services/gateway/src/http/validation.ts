import type { z } from 'zod';
import { DomainError, type FieldViolation } from '@client-portal/kit';

/**
 * The stable machine code of a zod issue, which the web app maps to its own translated message
 * (the English `message` stays as a fallback). The codes are part of the API: only add new ones.
 */
export function violationCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid_type';
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'required' : 'too_short';
      return 'too_small';
    case 'too_big':
      return issue.origin === 'string' ? 'too_long' : 'too_big';
    case 'invalid_format':
      return 'invalid_format';
    case 'unrecognized_keys':
      return 'unknown_field';
    case 'custom': {
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      return typeof code === 'string' ? code : 'invalid_value';
    }
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
      return 'invalid_value';
  }
}

/** Every issue becomes a field violation the form can show next to its field. */
export function violationsOf(error: z.ZodError, whole = '(body)'): FieldViolation[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || whole,
    message: issue.message,
    code: violationCode(issue),
  }));
}

/**
 * Parses one part of a request (params, query or body) with its declared schema. `reportInput` only
 * serves to tell a missing field (`required`) from a wrong one; the input never reaches the answer.
 */
export function parseRequestPart<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: 'params' | 'query' | 'body',
): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  throw DomainError.invalid(
    part === 'body'
      ? 'The request is not valid: check the highlighted fields'
      : `The request's ${part === 'query' ? 'query parameters are' : 'path is'} not valid`,
    violationsOf(result.error, `(${part})`),
    `request.invalid_${part}`,
  );
}
