import { DomainError, requirePrincipal, type Principal } from '@client-portal/kit';
import type {
  BillingDocumentView,
  DocumentLineInput__Output,
  DocumentParty,
  HandlersOf,
} from '@client-portal/contracts';
import type { DocumentService } from '../application/document.service.js';
import type { DocumentLanguage } from '../domain/document.js';
import {
  amountDueMinor,
  displayStatus,
  type BillingDocument,
  type PartySnapshot,
} from '../domain/document.js';
import { dayOf, type Conversion, type LineInput } from '../domain/document-rules.js';

const iso = (date: Date | null): string => date?.toISOString() ?? '';

const party = (snapshot: PartySnapshot): DocumentParty => ({
  name: snapshot.name,
  legalName: snapshot.legalName,
  address: { ...snapshot.address },
  taxId: snapshot.taxId,
  email: snapshot.email,
  phone: snapshot.phone,
});

/**
 * Maps a document to its message; int64 amounts travel as decimal strings. A client user never gets
 * `createdBy` (an internal staff id).
 */
export function toDocumentMessage(
  document: BillingDocument,
  principal: Principal,
  today = dayOf(new Date()),
): BillingDocumentView {
  return {
    id: document.id,
    tenantId: document.tenantId,
    kind: document.kind,
    status: document.status,
    displayStatus: displayStatus(document, today),
    number: document.number,
    version: document.version,
    revision: document.revision,
    clientId: document.clientId,
    clientName: document.clientName,
    seller: party(document.seller),
    buyer: party(document.buyer),
    language: document.language,
    currency: document.currency,
    lines: document.lines.map((line) => ({
      description: line.description,
      productId: line.productId,
      unit: line.unit,
      quantityMilli: String(line.quantityMilli),
      unitPriceMinor: String(line.unitPriceMinor),
      taxRateBasisPoints: line.taxRateBasisPoints,
      totalMinor: String(line.totalMinor),
      taxMinor: String(line.taxMinor),
    })),
    subtotalMinor: String(document.subtotalMinor),
    taxMinor: String(document.taxMinor),
    totalMinor: String(document.totalMinor),
    paidMinor: String(document.paidMinor),
    creditedMinor: String(document.creditedMinor),
    amountDueMinor: String(amountDueMinor(document)),
    issueDate: document.issueDate,
    dueDate: document.dueDate,
    notes: document.notes,
    terms: document.terms,
    source: { kind: document.source.kind, id: document.source.id },
    depositBasisPoints: document.depositBasisPoints,
    createdAt: iso(document.createdAt),
    updatedAt: iso(document.updatedAt),
    issuedAt: iso(document.issuedAt),
    sentAt: iso(document.sentAt),
    viewedAt: iso(document.viewedAt),
    voidedAt: iso(document.voidedAt),
    paidAt: iso(document.paidAt),
    voidReason: document.voidReason,
    createdBy: principal.kind === 'client' ? '' : document.createdBy,
  };
}

// Out-of-range int64 values become unsafe numbers here, which the domain refuses field by field.
const lineInput = (line: DocumentLineInput__Output): LineInput => ({
  description: line.description,
  productId: line.productId,
  unit: line.unit,
  quantityMilli: Number(line.quantityMilli),
  unitPriceMinor: Number(line.unitPriceMinor),
  taxRateBasisPoints: line.taxRateBasisPoints,
});

function conversionOf(mode: string, depositBasisPoints: number): Conversion {
  if (mode === 'full' || mode === 'balance') return { mode };
  if (mode === 'deposit') return { mode, depositBasisPoints };
  throw DomainError.invalid('Choose how to invoice the quote', [
    { field: 'mode', message: 'Mode is full, deposit or balance', code: mode ? 'invalid_value' : 'required' },
  ]);
}

export function documentHandlers(documents: DocumentService): HandlersOf<'documents'> {
  return {
    CreateDraft: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const draft = await documents.createDraft(principal, {
        ...request,
        lines: request.lines.map(lineInput),
      });
      return toDocumentMessage(draft, principal);
    },
    UpdateDraft: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const updated = await documents.updateDraft(principal, request.documentId, request.expectedVersion, {
        ...request,
        lines: request.lines.map(lineInput),
      });
      return toDocumentMessage(updated, principal);
    },
    DeleteDraft: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      await documents.deleteDraft(principal, request.documentId, request.expectedVersion);
      return {};
    },
    IssueDocument: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const issued = await documents.issue(
        principal,
        request.documentId,
        request.expectedVersion,
        request.tenantName,
      );
      return toDocumentMessage(issued, principal);
    },
    DuplicateDocument: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toDocumentMessage(
        await documents.duplicate(principal, request.documentId, request.kind),
        principal,
      );
    },
    ConvertQuote: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const conversion = conversionOf(request.mode, request.depositBasisPoints);
      return toDocumentMessage(
        await documents.convertQuote(principal, request.quoteId, conversion),
        principal,
      );
    },
    CreateCreditNote: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const note = await documents.createCreditNote(
        principal,
        request.invoiceId,
        request.lines.map(lineInput),
      );
      return toDocumentMessage(note, principal);
    },
    SendDocument: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const recipients = request.recipients.map((recipient) => ({
        email: recipient.email,
        name: recipient.name,
        language: recipient.language as DocumentLanguage,
      }));
      const sent = await documents.send(principal, request.documentId, recipients, request.message);
      return toDocumentMessage(sent, principal);
    },
    VoidDocument: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toDocumentMessage(
        await documents.void(principal, request.documentId, request.reason),
        principal,
      );
    },
    GetDocument: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toDocumentMessage(await documents.get(principal, request.documentId), principal);
    },
    ListDocuments: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const result = await documents.list(principal, request);
      const today = dayOf(new Date());
      return {
        documents: result.documents.map((document) => toDocumentMessage(document, principal, today)),
        page: result.page,
      };
    },
    RenderDocumentPdf: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return documents.renderPdf(principal, request.documentId);
    },
  };
}
