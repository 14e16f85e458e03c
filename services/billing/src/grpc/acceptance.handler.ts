import { requirePrincipal } from '@client-portal/kit';
import type {
  AcceptanceEvidence as AcceptanceEvidenceMessage,
  ClientDocument,
  ClientDocumentParty,
  HandlersOf,
  PublicAcceptance,
} from '@client-portal/contracts';
import type { AcceptanceService } from '../application/acceptance.service.js';
import { answerRefusal, evidenceState, type AcceptanceEvidence } from '../domain/acceptance.js';
import {
  amountDueMinor,
  displayStatus,
  type BillingDocument,
  type PartySnapshot,
} from '../domain/document.js';

const party = (snapshot: PartySnapshot | undefined): ClientDocumentParty => ({
  name: snapshot?.name ?? '',
  legalName: snapshot?.legalName ?? '',
  street: snapshot?.address.street ?? '',
  postalCode: snapshot?.address.postalCode ?? '',
  city: snapshot?.address.city ?? '',
  country: snapshot?.address.country ?? '',
  taxId: snapshot?.taxId ?? '',
  email: snapshot?.email ?? '',
  phone: snapshot?.phone ?? '',
});

/** A document as its client may read it: no internal fields (createdBy, void reasons stay in). */
export function toClientDocument(document: BillingDocument, today: string): ClientDocument {
  return {
    id: document.id,
    kind: document.kind,
    number: document.number,
    status: document.status,
    displayStatus: displayStatus(document, today),
    clientId: document.clientId,
    clientName: document.clientName,
    issueDate: document.issueDate,
    dueDate: document.dueDate,
    currency: document.currency,
    seller: party(document.seller),
    buyer: party(document.buyer),
    lines: document.lines.map((line) => ({
      description: line.description,
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
    amountDueMinor: String(amountDueMinor(document)),
    notes: document.notes,
    terms: document.terms,
    answer: document.answer
      ? {
          decision: document.answer.decision,
          acceptanceId: document.answer.acceptanceId,
          signerName: document.answer.signerName,
          comment: document.answer.comment,
          answeredAt: new Date(document.answer.answeredAt).toISOString(),
          pdfSha256: document.answer.pdfSha256,
          revision: document.answer.revision,
        }
      : null,
    revision: document.revision,
    version: document.version,
    answerable: document.kind === 'quote' && answerRefusal(document, today) === undefined,
  };
}

export function toEvidenceMessage(evidence: AcceptanceEvidence): AcceptanceEvidenceMessage {
  return {
    acceptanceId: evidence.acceptanceId,
    documentId: evidence.documentId,
    number: evidence.number,
    revision: evidence.revision,
    decision: evidence.decision,
    pdfSha256: evidence.pdfSha256,
    signerName: evidence.signerName,
    comment: evidence.comment,
    userId: evidence.userId,
    userEmail: evidence.userEmail,
    answeredAt: evidence.answeredAt.toISOString(),
    ipAddress: evidence.ipAddress,
    userAgent: evidence.userAgent,
    state: evidenceState(evidence),
    voidedAt: evidence.voidedAt ? evidence.voidedAt.toISOString() : '',
    voidReason: evidence.voidReason,
  };
}

/** What anyone holding the acceptance id may read: no amounts, no ids, no IP, no e-mail. */
export function toPublicAcceptance(evidence: AcceptanceEvidence): PublicAcceptance {
  return {
    acceptanceId: evidence.acceptanceId,
    number: evidence.number,
    revision: evidence.revision,
    decision: evidence.decision,
    signerName: evidence.signerName,
    answeredAt: evidence.answeredAt.toISOString(),
    pdfSha256: evidence.pdfSha256,
    state: evidenceState(evidence),
    voidedAt: evidence.voidedAt ? evidence.voidedAt.toISOString() : '',
    voidReason: evidence.voidReason,
    sellerName: evidence.sellerName,
    buyerName: evidence.buyerName,
  };
}

export function acceptanceHandlers(service: AcceptanceService): HandlersOf<'acceptance'> {
  const answer =
    (decision: 'accepted' | 'rejected'): HandlersOf<'acceptance'>['AcceptQuote'] =>
    async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const { document, evidence } = await service.answer(principal, decision, request);
      return { document: toClientDocument(document, service.today()), evidence: toEvidenceMessage(evidence) };
    };
  return {
    AcceptQuote: answer('accepted'),
    RejectQuote: answer('rejected'),
    ReviseQuote: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const document = await service.revise(principal, request.documentId, request.expectedVersion);
      return toClientDocument(document, service.today());
    },
    ListQuoteAcceptances: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const acceptances = await service.listAcceptances(principal, request.documentId);
      return { acceptances: acceptances.map(toEvidenceMessage) };
    },
    // The three public calls carry no principal: the acceptance id is the only key.
    GetPublicAcceptance: async (request) =>
      toPublicAcceptance(await service.publicAcceptance(request.acceptanceId)),
    VerifyAcceptancePdf: async (request) => {
      const result = await service.verify(request.acceptanceId, request.pdf);
      return {
        matches: result.matches,
        pdfSha256: result.pdfSha256,
        acceptance: toPublicAcceptance(result.evidence),
      };
    },
    GetAcceptedPdf: async (request) => {
      const evidence = await service.publicAcceptance(request.acceptanceId);
      return {
        pdf: evidence.pdf,
        filename: `${evidence.number}-r${evidence.revision}-${evidence.decision}.pdf`,
      };
    },
    ListClientDocuments: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const result = await service.listClientDocuments(principal, request);
      const today = service.today();
      return {
        documents: result.documents.map((document) => toClientDocument(document, today)),
        page: result.page,
        kinds: result.kinds,
        years: result.years,
      };
    },
    GetClientDocument: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toClientDocument(
        await service.getClientDocument(principal, request.documentId),
        service.today(),
      );
    },
    RenderClientDocumentPdf: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return service.renderClientDocumentPdf(principal, request.documentId);
    },
  };
}
