import { createHash } from 'node:crypto';
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';
import type { BillingDocument, QuoteAnswer } from './document.js';

/**
 * The evidence of a client's answer to a quote (issue 9): kept apart from the document so that it
 * survives a revision (the document's answer is cleared, the evidence is marked void) and so that the
 * public verification page can read it by its id alone. See docs/billing-acceptance.md.
 */
export interface AcceptanceEvidence {
  /** `<documentId>|<revision>`: inserting it is the claim, so one revision is answered once. */
  id: string;
  /** The public key of the evidence (a uuid): verification pages and e-mails name it. */
  acceptanceId: string;
  tenantId: string;
  documentId: string;
  clientId: string;
  number: string;
  revision: number;
  decision: QuoteAnswer['decision'];
  /** SHA-256 (hex) of `pdf`. */
  pdfSha256: string;
  /** The exact bytes the client answered, so the accepted copy can be offered again. */
  pdf: Buffer;
  signerName: string;
  comment: string;
  userId: string;
  userEmail: string;
  answeredAt: Date;
  ipAddress: string;
  userAgent: string;
  /** The names printed on the document: all the public page shows about the parties. */
  sellerName: string;
  buyerName: string;
  voidedAt: Date | null;
  voidReason: string;
}

export type EvidenceState = 'valid' | 'voided';

export const SIGNER_NAME_MAX_LENGTH = FIELD_LIMITS.billing.signerName;
export const ANSWER_COMMENT_MAX_LENGTH = FIELD_LIMITS.billing.answerComment;
export const REVISION_VOID_REASON = 'A changed version was issued';

export const evidenceId = (documentId: string, revision: number): string => `${documentId}|${revision}`;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function evidenceState(evidence: Pick<AcceptanceEvidence, 'voidedAt'>): EvidenceState {
  return evidence.voidedAt ? 'voided' : 'valid';
}

/** The typed name and the comment, trimmed; refused field by field. */
export function checkAnswerInput(input: { signerName: string; comment: string }): {
  signerName: string;
  comment: string;
} {
  const signerName = input.signerName.trim().replace(/\s+/g, ' ');
  const comment = input.comment.trim();
  const violations: FieldViolation[] = [];
  if (!signerName)
    violations.push({ field: 'signerName', message: 'Type your full name to sign', code: 'required' });
  else if (signerName.length > SIGNER_NAME_MAX_LENGTH)
    violations.push({
      field: 'signerName',
      message: `At most ${SIGNER_NAME_MAX_LENGTH} characters`,
      code: 'too_long',
    });
  if (comment.length > ANSWER_COMMENT_MAX_LENGTH)
    violations.push({
      field: 'comment',
      message: `At most ${ANSWER_COMMENT_MAX_LENGTH} characters`,
      code: 'too_long',
    });
  if (violations.length > 0)
    throw DomainError.invalid('The answer could not be recorded: check the highlighted fields', violations);
  return { signerName, comment };
}

/** Why a quote cannot be answered today, or undefined when it can. */
export function answerRefusal(
  document: Pick<BillingDocument, 'kind' | 'status' | 'dueDate'>,
  today: string,
): { message: string; reason: string } | undefined {
  if (document.kind !== 'quote')
    return { message: 'Only a quote can be accepted or rejected', reason: 'quote.not_a_quote' };
  if (document.status === 'accepted' || document.status === 'rejected')
    return { message: 'This quote has already been answered', reason: 'quote.already_answered' };
  if (document.status === 'void')
    return { message: 'This quote was voided: it can no longer be answered', reason: 'quote.void' };
  if (document.status !== 'issued')
    return { message: 'Only an issued quote can be answered', reason: 'quote.not_issued' };
  if (document.dueDate && document.dueDate < today)
    return {
      message: `This quote expired on ${document.dueDate}: ask for a new one`,
      reason: 'quote.expired',
    };
  return undefined;
}

export function assertAnswerable(document: BillingDocument, today: string): void {
  const refusal = answerRefusal(document, today);
  if (refusal) throw DomainError.precondition(refusal.message, refusal.reason);
}

/** Staff send an answered or issued quote back to draft to change it; the number stays. */
export function assertRevisable(document: BillingDocument): void {
  if (document.kind !== 'quote')
    throw DomainError.precondition('Only a quote can be revised', 'quote.not_a_quote');
  if (document.status === 'draft')
    throw DomainError.precondition('This quote is already a draft', 'quote.already_draft');
  if (document.status === 'void')
    throw DomainError.precondition('A void quote cannot be revised', 'quote.void');
}

/** The quote after a client's answer: the answer on it, the status it names, one version more. */
export function answeredDocument(
  document: BillingDocument,
  evidence: AcceptanceEvidence,
  now: Date,
): BillingDocument {
  return {
    ...document,
    status: evidence.decision,
    answer: {
      decision: evidence.decision,
      acceptanceId: evidence.acceptanceId,
      signerName: evidence.signerName,
      comment: evidence.comment,
      answeredAt: evidence.answeredAt,
      pdfSha256: evidence.pdfSha256,
      revision: evidence.revision,
    },
    version: document.version + 1,
    updatedAt: now,
  };
}

/** The quote back to draft: same number, same revision (issuing it again makes the next one). */
export function revisedDocument(document: BillingDocument, now: Date): BillingDocument {
  return { ...document, status: 'draft', answer: null, version: document.version + 1, updatedAt: now };
}

/** `today` as the domain compares dates: YYYY-MM-DD in UTC. */
export const utcDay = (now: Date): string => now.toISOString().slice(0, 10);

/** The issue-date range of a year and optional quarter (1..4), inclusive, as YYYY-MM-DD. */
export function periodRange(year: number, quarter: number): { from: string; to: string } | undefined {
  if (!year) return undefined;
  const pad = (value: number): string => String(value).padStart(2, '0');
  if (!quarter) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

export function checkPeriod(year: number, quarter: number): void {
  const violations: FieldViolation[] = [];
  if (year !== 0 && (!Number.isInteger(year) || year < 2000 || year > 2100))
    violations.push({ field: 'year', message: 'A year between 2000 and 2100', code: 'invalid_value' });
  if (!Number.isInteger(quarter) || quarter < 0 || quarter > 4)
    violations.push({ field: 'quarter', message: 'A quarter from 1 to 4', code: 'invalid_value' });
  else if (quarter !== 0 && year === 0)
    violations.push({ field: 'quarter', message: 'Choose a year for the quarter', code: 'required' });
  if (violations.length > 0) throw DomainError.invalid('The filter is not valid', violations);
}
