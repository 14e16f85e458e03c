import { DomainError, FIELD_LIMITS } from '@client-portal/kit';

/** A comment on a billing document, by the client or the agency (kept with the document, e-mailed). */
export interface DocumentComment {
  id: string;
  tenantId: string;
  documentId: string;
  clientId: string;
  author: { kind: 'staff' | 'client'; userId: string; name: string };
  body: string;
  postedAt: Date;
}

export const COMMENT_MAX_LENGTH = FIELD_LIMITS.billing.documentComment;

export function checkCommentBody(body: string): string {
  const trimmed = body.trim();
  if (!trimmed)
    throw DomainError.invalid('The comment is empty', [
      { field: 'body', message: 'Write a comment', code: 'required' },
    ]);
  if (trimmed.length > COMMENT_MAX_LENGTH)
    throw DomainError.invalid('The comment is too long', [
      { field: 'body', message: `At most ${COMMENT_MAX_LENGTH} characters`, code: 'too_long' },
    ]);
  return trimmed;
}
