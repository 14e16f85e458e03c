import { assertSeesBilling } from './client-rights.js';
import {
  assertPermission,
  canSeeClient,
  DomainError,
  pageInfo,
  type EventOutbox,
  type OutboxEntry,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  DISPLAY_STATUSES,
  DOCUMENT_LANGUAGES,
  type BillingDocument,
  type DisplayStatus,
  type DocumentLanguage,
} from '../domain/document.js';
import {
  ANY_TAX_RATE,
  assertDraft,
  assertIssuable,
  assertWithinCreditable,
  convertQuote,
  creditedTotal,
  creditNoteFor,
  dayOf,
  duplicate,
  isDocumentKind,
  issue,
  markSent,
  markViewed,
  newDraft,
  numberingYear,
  updateDraft,
  voidDocument,
  type Conversion,
  checkSendInput,
  type DraftInput,
  type DraftPolicy,
  type LineInput,
} from '../domain/document-rules.js';
import { DocumentRepository, type DocumentSearch } from '../store/document.repository.js';
import { issuedEvents } from './document-events.js';
import { updatedSinceOf } from './updated-since.js';
import type { DocumentPdfs } from './document-pdfs.js';
import type { PartyDirectory, Recipient } from './parties.js';

/**
 * Where a tenant's extra draft rules come from (its allowed tax rates, kept in its billing profile).
 * The profile slice provides the real one; without it any rate from 0 % to 100 % is allowed.
 */
export interface DraftPolicies {
  forTenant(tenantId: string): Promise<DraftPolicy>;
}

export const ANY_RATE_POLICIES: DraftPolicies = { forTenant: () => Promise.resolve(ANY_TAX_RATE) };

export interface DocumentListRequest {
  clientId: string;
  kind: string;
  displayStatus: string;
  year: number;
  quarter: number;
  page: { pageSize?: number; pageToken?: string } | null;
  /** RFC 3339 or empty: only documents changed at or after it (the sync order then). */
  updatedSince?: string;
  /** The sync order: least recently changed first. */
  byUpdate?: boolean;
}

/** How many times recomputing an invoice's credited amount is retried when another change landed first. */
const RECOMPUTE_ATTEMPTS = 5;

/** Billing document use cases: access checks, numbering, parties, events. */
export class DocumentService {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly parties: PartyDirectory,
    private readonly outbox: EventOutbox<ProducedBy<'billing'>>,
    private readonly pdfs: DocumentPdfs,
    private readonly policies: DraftPolicies = ANY_RATE_POLICIES,
  ) {}

  async createDraft(principal: Principal, input: DraftInput): Promise<BillingDocument> {
    assertPermission(principal, 'documents.edit');
    const policy = await this.policies.forTenant(principal.tenantId);
    const draft = newDraft(input, principal.tenantId, principal.userId, policy);
    await this.documents.insert(draft);
    return draft;
  }

  async updateDraft(
    principal: Principal,
    documentId: string,
    expectedVersion: number,
    input: Omit<DraftInput, 'clientId' | 'clientName' | 'kind'>,
  ): Promise<BillingDocument> {
    assertPermission(principal, 'documents.edit');
    const document = await this.staffRead(principal, documentId);
    assertDraft(document, 'edited');
    this.assertVersion(document, expectedVersion);
    const policy = await this.policies.forTenant(principal.tenantId);
    const updated = updateDraft(document, input, policy);
    await this.write(updated, document.version);
    return updated;
  }

  async deleteDraft(principal: Principal, documentId: string, expectedVersion: number): Promise<void> {
    assertPermission(principal, 'documents.edit');
    const document = await this.staffRead(principal, documentId);
    assertDraft(document, 'deleted');
    this.assertVersion(document, expectedVersion);
    if (await this.documents.holdsNumber(principal.tenantId, document.id))
      throw DomainError.precondition(
        `This draft holds number ${document.number || 'already claimed'}: issue it again instead of deleting it`,
        'document.holds_number',
      );
    if (!(await this.documents.deleteDraft(principal.tenantId, document.id, expectedVersion)))
      throw this.changedMeanwhile();
  }

  /**
   * Claims the number only after every rule passed (a refused issue leaves no hole); the claim names
   * the document, so a retry after a crash between claim and write resumes with the same number.
   */
  async issue(
    principal: Principal,
    documentId: string,
    expectedVersion: number,
    tenantName: string,
  ): Promise<BillingDocument> {
    assertPermission(principal, 'documents.edit');
    const document = await this.staffRead(principal, documentId);
    this.assertVersion(document, expectedVersion);
    const now = new Date();
    const today = dayOf(now);
    assertIssuable(document, today);
    let invoice: BillingDocument | undefined;
    if (document.kind === 'credit_note' && document.source.kind === 'invoice') {
      invoice = await this.documents.find(principal.tenantId, document.source.id);
      if (!invoice)
        throw DomainError.precondition('The credited invoice no longer exists', 'credit_note.no_invoice');
      assertWithinCreditable(
        invoice,
        document,
        await this.documents.madeFrom(principal.tenantId, invoice.id),
      );
    }
    const [seller, buyer] = await Promise.all([
      this.parties.seller(principal.tenantId, tenantName.trim() || document.seller.name),
      this.parties.buyer(principal.tenantId, document.clientId, document.clientName),
    ]);
    const claim = await this.documents.claimNumber(document, numberingYear(document, today));
    const issued = issue(document, { seller, buyer: buyer.party }, claim, now);
    await this.write(issued, document.version, ...issuedEvents(this.outbox, issued));
    if (invoice) await this.recomputeCredited(principal.tenantId, invoice.id);
    return issued;
  }

  async duplicate(principal: Principal, documentId: string, kind: string): Promise<BillingDocument> {
    assertPermission(principal, 'documents.edit');
    const document = await this.staffRead(principal, documentId);
    const policy = await this.policies.forTenant(principal.tenantId);
    const copy = duplicate(document, kind.trim(), principal.userId, policy);
    await this.documents.insert(copy);
    return copy;
  }

  async convertQuote(
    principal: Principal,
    quoteId: string,
    conversion: Conversion,
  ): Promise<BillingDocument> {
    assertPermission(principal, 'documents.edit');
    const quote = await this.staffRead(principal, quoteId);
    const fromQuote = await this.documents.madeFrom(principal.tenantId, quote.id);
    const invoice = convertQuote(quote, conversion, fromQuote, principal.userId);
    await this.documents.insert(invoice);
    return invoice;
  }

  async createCreditNote(
    principal: Principal,
    invoiceId: string,
    lines: LineInput[],
  ): Promise<BillingDocument> {
    assertPermission(principal, 'documents.edit');
    const invoice = await this.staffRead(principal, invoiceId);
    const credits = await this.documents.madeFrom(principal.tenantId, invoice.id);
    const note = creditNoteFor(invoice, lines, credits, principal.userId);
    await this.documents.insert(note);
    return note;
  }

  async send(
    principal: Principal,
    documentId: string,
    recipients: Recipient[],
    message: string,
  ): Promise<BillingDocument> {
    assertPermission(principal, 'documents.edit');
    checkSendInput(recipients, message);
    const document = await this.staffRead(principal, documentId);
    const sent = markSent(document);
    const to =
      recipients.length > 0
        ? recipients.map((recipient) => this.checkedRecipient(recipient, document.language))
        : (await this.parties.buyer(principal.tenantId, document.clientId, document.clientName)).recipients;
    if (to.length === 0)
      throw DomainError.invalid('Nobody to send it to', [
        {
          field: 'recipients',
          message: "The client has no billing recipient: give the recipients' e-mail addresses",
          code: 'required',
        },
      ]);
    const event = this.outbox.entry({
      type: 'billing.document.sent',
      tenantId: sent.tenantId,
      subject: sent.id,
      data: {
        documentId: sent.id,
        kind: sent.kind,
        clientId: sent.clientId,
        tenantName: sent.seller.name,
        number: sent.number,
        currency: sent.currency,
        totalMinor: sent.totalMinor,
        dueDate: sent.dueDate,
        recipients: to,
        message: message.trim(),
        sentAt: (sent.sentAt ?? new Date()).toISOString(),
      },
    });
    await this.write(sent, document.version, event);
    return sent;
  }

  async void(principal: Principal, documentId: string, reason: string): Promise<BillingDocument> {
    assertPermission(principal, 'documents.void');
    const document = await this.staffRead(principal, documentId);
    const voided = voidDocument(document, reason);
    const event = this.outbox.entry({
      type: 'billing.document.voided',
      tenantId: voided.tenantId,
      subject: voided.id,
      data: {
        documentId: voided.id,
        kind: voided.kind,
        clientId: voided.clientId,
        number: voided.number,
        currency: voided.currency,
        totalMinor: voided.totalMinor,
        reason: voided.voidReason,
        voidedAt: (voided.voidedAt ?? new Date()).toISOString(),
      },
    });
    await this.write(voided, document.version, event);
    if (voided.kind === 'credit_note' && voided.source.kind === 'invoice')
      await this.recomputeCredited(principal.tenantId, voided.source.id);
    return voided;
  }

  /**
   * Staff with billing.view read anything of the tenant. A client user reads only their client's issued
   * documents (a draft or another client's answers like a missing one); their first read marks it viewed.
   */
  async get(principal: Principal, documentId: string): Promise<BillingDocument> {
    const document = await this.documents.find(principal.tenantId, documentId);
    if (!document || !canSeeClient(principal, document.clientId))
      throw DomainError.notFound('Document', documentId);
    if (principal.kind !== 'client') {
      assertPermission(principal, 'billing.view');
      return document;
    }
    if (document.status === 'draft') throw DomainError.notFound('Document', documentId);
    assertSeesBilling(principal);
    const viewed = markViewed(document);
    if (!viewed) return document;
    const event = this.outbox.entry({
      type: 'billing.document.viewed',
      tenantId: viewed.tenantId,
      subject: viewed.id,
      data: {
        documentId: viewed.id,
        kind: viewed.kind,
        clientId: viewed.clientId,
        number: viewed.number,
        viewerName: principal.displayName ?? '',
        viewedAt: (viewed.viewedAt ?? new Date()).toISOString(),
      },
    });
    // A concurrent first view (or any change) wins: the document was seen either way, once.
    if (await this.documents.replace(viewed, document.version, event)) {
      return viewed;
    }
    return (await this.documents.find(principal.tenantId, documentId)) ?? document;
  }

  async list(principal: Principal, request: DocumentListRequest) {
    const today = dayOf(new Date());
    const search: DocumentSearch = { today };
    if (principal.kind === 'client') {
      if (!principal.clientId) throw DomainError.forbidden('This account belongs to no client');
      assertSeesBilling(principal);
      search.clientId = principal.clientId;
      search.issuedOnly = true;
    } else {
      assertPermission(principal, 'billing.view');
      if (request.clientId.trim()) search.clientId = request.clientId.trim();
    }
    const kind = request.kind.trim();
    if (kind) {
      if (!isDocumentKind(kind))
        throw DomainError.invalid('Unknown kind', [
          { field: 'kind', message: 'Unknown kind', code: 'invalid_value' },
        ]);
      search.kind = kind;
    }
    const status = request.displayStatus.trim();
    if (status) {
      if (!(DISPLAY_STATUSES as readonly string[]).includes(status))
        throw DomainError.invalid('Unknown status', [
          { field: 'displayStatus', message: 'Unknown status', code: 'invalid_value' },
        ]);
      if (status === 'draft' && principal.kind === 'client') return { documents: [], page: pageInfo('') };
      search.displayStatus = status as DisplayStatus;
    }
    Object.assign(search, periodOf(request.year, request.quarter));
    const since = updatedSinceOf(request.updatedSince);
    if (since) search.updatedSince = since;
    search.byUpdate = Boolean(request.byUpdate) || since !== undefined;
    const order = search.byUpdate ? DocumentRepository.updateOrder : DocumentRepository.listOrder;
    const page = order.read(request.page);
    const { documents, nextPageToken } = await this.documents.search(principal.tenantId, search, page);
    return { documents, page: pageInfo(nextPageToken) };
  }

  async renderPdf(principal: Principal, documentId: string): Promise<{ pdf: Buffer; filename: string }> {
    const document = await this.get(principal, documentId);
    const filename = document.number ? `${document.number}.pdf` : `DRAFT-${document.id}.pdf`;
    return { pdf: await this.pdfs.render(document), filename };
  }

  // -------------------------------------------------------------------------------------------------

  private async staffRead(principal: Principal, documentId: string): Promise<BillingDocument> {
    const document = await this.documents.find(principal.tenantId, documentId);
    if (!document || !canSeeClient(principal, document.clientId))
      throw DomainError.notFound('Document', documentId);
    return document;
  }

  private assertVersion(document: BillingDocument, expectedVersion: number): void {
    if (document.version !== expectedVersion) throw this.changedMeanwhile();
  }

  private changedMeanwhile(): DomainError {
    return DomainError.precondition(
      'The document changed meanwhile: reload it and try again',
      'document.changed_meanwhile',
    );
  }

  private async write(
    document: BillingDocument,
    expectedVersion: number,
    ...events: OutboxEntry[]
  ): Promise<void> {
    if (!(await this.documents.replace(document, expectedVersion, ...events))) throw this.changedMeanwhile();
  }

  /** `creditedMinor` is the sum of the invoice's issued credit notes, read again and set (never $inc). */
  private async recomputeCredited(tenantId: string, invoiceId: string): Promise<void> {
    for (let attempt = 1; attempt <= RECOMPUTE_ATTEMPTS; attempt++) {
      const invoice = await this.documents.find(tenantId, invoiceId);
      if (!invoice) return;
      const credited = creditedTotal(await this.documents.madeFrom(tenantId, invoiceId));
      if (invoice.creditedMinor === credited) return;
      const updated = {
        ...invoice,
        creditedMinor: credited,
        version: invoice.version + 1,
        updatedAt: new Date(),
      };
      if (await this.documents.replace(updated, invoice.version)) return;
    }
  }

  private checkedRecipient(recipient: Recipient, fallback: DocumentLanguage): Recipient {
    const email = recipient.email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      throw DomainError.invalid('Check the recipients', [
        {
          field: 'recipients',
          message: `${email || 'An empty address'} is not an e-mail address`,
          code: 'invalid_format',
        },
      ]);
    const language = (DOCUMENT_LANGUAGES as readonly string[]).includes(recipient.language)
      ? recipient.language
      : fallback;
    return { email, name: recipient.name.trim(), language };
  }
}

/** A year (and quarter) of issue dates as [from, before). */
export function periodOf(year: number, quarter: number): Pick<DocumentSearch, 'issuedFrom' | 'issuedBefore'> {
  if (!year) return {};
  if (!Number.isInteger(year) || year < 1970 || year > 9999)
    throw DomainError.invalid('Unknown year', [
      { field: 'year', message: 'Year must be like 2026', code: 'invalid_value' },
    ]);
  if (!Number.isInteger(quarter) || quarter < 0 || quarter > 4)
    throw DomainError.invalid('Unknown quarter', [
      { field: 'quarter', message: 'Quarter is 1 to 4', code: 'invalid_value' },
    ]);
  if (!quarter) return { issuedFrom: `${year}-01-01`, issuedBefore: `${year + 1}-01-01` };
  const month = (quarter - 1) * 3 + 1;
  const from = `${year}-${String(month).padStart(2, '0')}-01`;
  const before = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(month + 3).padStart(2, '0')}-01`;
  return { issuedFrom: from, issuedBefore: before };
}
