import { assertClientRight, assertSeesBilling } from './client-rights.js';
import { randomUUID } from 'node:crypto';
import {
  assertRecentAuthentication,
  assertPermission,
  canSeeClient,
  DomainError,
  pageInfo,
  type EventOutbox,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  answeredDocument,
  assertAnswerable,
  assertRevisable,
  checkAnswerInput,
  checkPeriod,
  evidenceId,
  periodRange,
  REVISION_VOID_REASON,
  revisedDocument,
  sha256Hex,
  utcDay,
  type AcceptanceEvidence,
} from '../domain/acceptance.js';
import { DOCUMENT_KINDS, type BillingDocument, type DocumentKind } from '../domain/document.js';
import type { AcceptanceRepository } from '../store/acceptance.repository.js';
import { DocumentRepository } from '../store/document.repository.js';
import type { DocumentPdfs } from './document-pdfs.js';

export interface AnswerInput {
  documentId: string;
  signerName: string;
  comment: string;
  ipAddress: string;
  userAgent: string;
  userEmail: string;
}

export interface ClientDocumentsQuery {
  clientId: string;
  kind: string;
  year: number;
  quarter: number;
  page: { pageSize?: number; pageToken?: string } | null;
}

const changedMeanwhile = (): DomainError =>
  DomainError.precondition('The quote changed meanwhile: reload it and try again', 'document.changed');

/**
 * Quote answers with their evidence, revisions that void them, the public verification, and the
 * client's read of its own issued documents (to fold into the documents API).
 */
export class AcceptanceService {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly acceptances: AcceptanceRepository,
    private readonly outbox: EventOutbox<ProducedBy<'billing'>>,
    private readonly pdfs: DocumentPdfs,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * A client user answers an issued quote of their client. The answer is claimed by inserting its
   * evidence (`<quoteId>|<revision>`): of two concurrent answers one is stored, the other refused.
   */
  async answer(
    principal: Principal,
    decision: 'accepted' | 'rejected',
    input: AnswerInput,
  ): Promise<{ document: BillingDocument; evidence: AcceptanceEvidence }> {
    if (principal.kind !== 'client')
      throw DomainError.forbidden('Only the client can answer its quote', 'quote.client_only');
    assertClientRight(principal, 'approve');
    const document = await this.visibleDocument(principal, input.documentId);
    const { signerName, comment } = checkAnswerInput(input);
    const now = this.clock();
    assertAnswerable(document, utcDay(now));
    // Accepting commits the client: the tenant may ask for a recent sign-in (step-up); rejecting does not.
    if (decision === 'accepted') assertRecentAuthentication(principal, 'quote.accept');
    const pdf = await this.pdfs.render(document);
    const evidence: AcceptanceEvidence = {
      id: evidenceId(document.id, document.revision),
      acceptanceId: randomUUID(),
      tenantId: document.tenantId,
      documentId: document.id,
      clientId: document.clientId,
      number: document.number,
      revision: document.revision,
      decision,
      pdfSha256: sha256Hex(pdf),
      pdf,
      signerName,
      comment,
      userId: principal.userId,
      userEmail: input.userEmail.trim(),
      answeredAt: now,
      ipAddress: input.ipAddress.slice(0, 100),
      userAgent: input.userAgent.slice(0, 500),
      sellerName: document.seller.name,
      buyerName: document.buyer.name || document.clientName,
      voidedAt: null,
      voidReason: '',
    };
    if (!(await this.acceptances.claim(evidence)))
      throw DomainError.precondition('This quote has already been answered', 'quote.already_answered');
    const answered = answeredDocument(document, evidence, now);
    const event = {
      documentId: document.id,
      clientId: document.clientId,
      clientName: document.clientName,
      number: document.number,
      currency: document.currency,
      totalMinor: document.totalMinor,
      acceptanceId: evidence.acceptanceId,
      signerName,
      comment,
      answeredAt: now.toISOString(),
    };
    const entry =
      decision === 'accepted'
        ? this.outbox.entry({
            type: 'billing.quote.accepted',
            tenantId: document.tenantId,
            subject: document.id,
            data: event,
          })
        : this.outbox.entry({
            type: 'billing.quote.rejected',
            tenantId: document.tenantId,
            subject: document.id,
            data: event,
          });
    if (!(await this.documents.replace(answered, document.version, entry))) {
      // Staff revised or voided it between the read and the write: the claim answered nothing.
      await this.acceptances.release(evidence);
      throw changedMeanwhile();
    }
    return { document: answered, evidence };
  }

  /**
   * Staff take an issued or answered quote back to draft to change it; it keeps its number, and the
   * answer's evidence is voided. Issuing it again (the documents API) makes the next revision.
   */
  async revise(principal: Principal, documentId: string, expectedVersion: number): Promise<BillingDocument> {
    assertPermission(principal, 'documents.edit');
    const document = await this.documents.find(principal.tenantId, documentId);
    if (!document) throw DomainError.notFound('Document', documentId);
    if (expectedVersion && expectedVersion !== document.version) throw changedMeanwhile();
    assertRevisable(document);
    const now = this.clock();
    const revised = revisedDocument(document, now);
    if (!(await this.documents.replace(revised, document.version))) throw changedMeanwhile();
    // After the document: a voided evidence beside a still answered quote would be a lie; the other
    // way round, a retry of the revision finds the draft and this voiding is idempotent anyway.
    await this.acceptances.markVoid(
      document.tenantId,
      evidenceId(document.id, document.revision),
      REVISION_VOID_REASON,
      now,
    );
    return revised;
  }

  async listAcceptances(principal: Principal, documentId: string): Promise<AcceptanceEvidence[]> {
    if (principal.kind === 'staff') assertPermission(principal, 'billing.view');
    const document = await this.visibleDocument(principal, documentId);
    return this.acceptances.listForDocument(document.tenantId, document.id);
  }

  /** Public: the evidence by its id (unknown ids are NOT_FOUND; the page shows no amounts). */
  async publicAcceptance(acceptanceId: string): Promise<AcceptanceEvidence> {
    const evidence = acceptanceId ? await this.acceptances.findByAcceptanceId(acceptanceId) : undefined;
    if (!evidence) throw DomainError.notFound('Acceptance', acceptanceId);
    return evidence;
  }

  async verify(
    acceptanceId: string,
    pdf: Uint8Array,
  ): Promise<{ matches: boolean; pdfSha256: string; evidence: AcceptanceEvidence }> {
    const evidence = await this.publicAcceptance(acceptanceId);
    if (pdf.length === 0)
      throw DomainError.invalid('Send the PDF to check', [
        { field: 'pdf', message: 'Choose a PDF file', code: 'required' },
      ]);
    const pdfSha256 = sha256Hex(pdf);
    return { matches: pdfSha256 === evidence.pdfSha256, pdfSha256, evidence };
  }

  // ---------------------------------------------------------------------------------------------
  // The client's read of its issued documents (to fold into the documents API).

  async listClientDocuments(
    principal: Principal,
    query: ClientDocumentsQuery,
  ): Promise<{
    documents: BillingDocument[];
    page: { nextPageToken: string; totalSize: number };
    kinds: string[];
    years: number[];
  }> {
    const clientId = this.clientOf(principal, query.clientId);
    const kind = query.kind ? parseKind(query.kind) : undefined;
    checkPeriod(query.year, query.quarter);
    const range = periodRange(query.year, query.quarter);
    const page = DocumentRepository.listOrder.read(query.page);
    const [{ documents, nextPageToken }, { kinds, years }] = await Promise.all([
      this.documents.listIssuedForClient(principal.tenantId, clientId, { kind, ...range }, page),
      this.documents.issuedKindsAndYears(principal.tenantId, clientId),
    ]);
    return { documents, page: pageInfo(nextPageToken), kinds, years };
  }

  async getClientDocument(principal: Principal, documentId: string): Promise<BillingDocument> {
    if (principal.kind === 'staff') assertPermission(principal, 'billing.view');
    return this.visibleDocument(principal, documentId);
  }

  async renderClientDocumentPdf(
    principal: Principal,
    documentId: string,
  ): Promise<{ pdf: Buffer; filename: string }> {
    const document = await this.getClientDocument(principal, documentId);
    return { pdf: await this.pdfs.render(document), filename: `${document.number || 'draft'}.pdf` };
  }

  /** Today, for the views (whether a quote may still be answered). */
  today(): string {
    return utcDay(this.clock());
  }

  /**
   * The document if the caller may see it: staff any of their tenant's; a client user only their own
   * client's issued ones (a draft or another client's answers NOT_FOUND, like a missing one).
   */
  private async visibleDocument(principal: Principal, documentId: string): Promise<BillingDocument> {
    const document = documentId ? await this.documents.find(principal.tenantId, documentId) : undefined;
    if (!document || !canSeeClient(principal, document.clientId))
      throw DomainError.notFound('Document', documentId);
    if (principal.kind === 'client' && document.status === 'draft')
      throw DomainError.notFound('Document', documentId);
    assertSeesBilling(principal);
    return document;
  }

  private clientOf(principal: Principal, requested: string): string {
    if (principal.kind === 'client') {
      if (requested && requested !== principal.clientId) throw DomainError.notFound('Client', requested);
      assertSeesBilling(principal);
      return principal.clientId ?? '';
    }
    assertPermission(principal, 'billing.view');
    if (!requested)
      throw DomainError.invalid('Choose a client', [
        { field: 'clientId', message: 'Required', code: 'required' },
      ]);
    return requested;
  }
}

function parseKind(kind: string): DocumentKind {
  const known = DOCUMENT_KINDS.find((candidate) => candidate === kind);
  if (!known)
    throw DomainError.invalid('Unknown document kind', [
      { field: 'kind', message: `One of ${DOCUMENT_KINDS.join(', ')}`, code: 'invalid_value' },
    ]);
  return known;
}
