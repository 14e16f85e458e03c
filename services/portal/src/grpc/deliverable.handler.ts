import { readPrincipal, requirePrincipal } from '@client-portal/kit';
import type {
  DeliverableDecisionView,
  DeliverableView,
  HandlersOf,
  PublicDeliverableDecision,
} from '@client-portal/contracts';
import type { DeliverableAccess, DeliverableService } from '../application/deliverable.service.js';
import {
  approvalMode,
  clientMayDownload,
  currentVersion,
  deliverableStatus,
  nextSlot,
  type DecisionSummary,
  type Deliverable,
} from '../domain/deliverable.js';
import type { DecisionEvidence } from '../store/deliverable-evidence.repository.js';

const iso = (date: Date | null): string => (date ? new Date(date).toISOString() : '');

/**
 * A decision as a deliverable lists it. Client users get neither user ids, e-mails, IP addresses nor
 * user agents (the staff side of the evidence); staff get all of it from the evidence record.
 */
function toDecisionView(
  summary: DecisionSummary,
  version: { number: number; sha256: string },
  evidence: DecisionEvidence | undefined,
  forClient: boolean,
): DeliverableDecisionView {
  return {
    decisionId: summary.decisionId,
    version: version.number,
    decision: summary.decision,
    comment: summary.comment,
    approverName: summary.approverName,
    contactId: summary.contactId,
    userId: forClient ? '' : summary.userId,
    userEmail: forClient ? '' : (evidence?.userEmail ?? ''),
    decidedAt: iso(summary.decidedAt),
    sha256: version.sha256,
    ipAddress: forClient ? '' : (evidence?.ipAddress ?? ''),
    userAgent: forClient ? '' : (evidence?.userAgent ?? ''),
    state: summary.voidedAt ? 'voided' : 'valid',
    voidedAt: iso(summary.voidedAt),
    voidReason: summary.voidReason,
  };
}

export function toDeliverableView(
  deliverable: Deliverable,
  access: DeliverableAccess,
  evidence: DecisionEvidence[] = [],
): DeliverableView {
  const byId = new Map(evidence.map((record) => [record.decisionId, record]));
  const next = nextSlot(deliverable);
  return {
    id: deliverable.id,
    workspaceId: deliverable.workspaceId,
    clientId: deliverable.clientId,
    title: deliverable.title,
    description: deliverable.description,
    approvers: deliverable.approvers.map((approver) => ({
      contactId: approver.contactId,
      name: approver.name,
    })),
    approvalMode: approvalMode(deliverable),
    currentVersion: currentVersion(deliverable)?.number ?? 0,
    status: deliverableStatus(deliverable),
    versions: [...deliverable.versions].reverse().map((version) => ({
      number: version.number,
      fileName: version.fileName,
      contentType: version.contentType,
      sizeBytes: String(version.sizeBytes),
      sha256: version.sha256,
      uploadedAt: iso(version.uploadedAt),
      uploadedByName: version.uploadedByName,
      status: version.status,
      decisions: version.decisions.map((decision) =>
        toDecisionView(decision, version, byId.get(decision.decisionId), access.forClient),
      ),
      downloadable: !access.forClient || clientMayDownload(deliverable, version),
    })),
    createdAt: iso(deliverable.createdAt),
    updatedAt: iso(deliverable.updatedAt),
    awaitingName: next && next !== 'any' ? next.name : '',
    canDecide: access.canDecide,
    revision: deliverable.revision,
  };
}

/** What anyone holding the decision id may read: no e-mail, IP address, user agent or ids. */
export function toPublicDecision(evidence: DecisionEvidence): PublicDeliverableDecision {
  return {
    decisionId: evidence.decisionId,
    title: evidence.title,
    version: evidence.version,
    fileName: evidence.fileName,
    sizeBytes: String(evidence.sizeBytes),
    sha256: evidence.sha256,
    decision: evidence.decision,
    approverName: evidence.approverName,
    decidedAt: iso(evidence.decidedAt),
    state: evidence.voidedAt ? 'voided' : 'valid',
    voidedAt: iso(evidence.voidedAt),
    voidReason: evidence.voidReason,
    clientName: evidence.clientName,
  };
}

export function deliverableHandlers(service: DeliverableService): HandlersOf<'deliverables'> {
  const view = async (principal: Parameters<DeliverableService['access']>[0], deliverable: Deliverable) => {
    const access = service.access(principal, deliverable);
    // Staff see the evidence's staff side (e-mail, IP, user agent); client users never.
    const evidence = access.forClient ? [] : await service.decisions(principal, deliverable);
    return toDeliverableView(deliverable, access, evidence);
  };
  return {
    ListAwaitingMyDecision: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const awaiting = await service.awaitingMyDecision(principal, request.limit);
      return {
        deliverables: awaiting.map(({ deliverable, workspaceName }) => {
          const current = currentVersion(deliverable);
          return {
            id: deliverable.id,
            workspaceId: deliverable.workspaceId,
            workspaceName,
            title: deliverable.title,
            version: current?.number ?? 0,
            submittedAt: iso(current?.uploadedAt ?? null),
          };
        }),
      };
    },
    CreateDeliverable: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return view(principal, await service.create(principal, request));
    },
    ListDeliverables: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const { deliverables } = await service.list(principal, request.workspaceId);
      return {
        deliverables: await Promise.all(deliverables.map((deliverable) => view(principal, deliverable))),
      };
    },
    GetDeliverable: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return view(principal, await service.get(principal, request.deliverableId));
    },
    RequestVersionUpload: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const ticket = await service.requestUpload(principal, {
        deliverableId: request.deliverableId,
        fileName: request.fileName,
        contentType: request.contentType,
        sizeBytes: Number(request.sizeBytes),
      });
      return { ...ticket, expiresAt: ticket.expiresAt.toISOString() };
    },
    CompleteVersionUpload: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return view(principal, await service.completeUpload(principal, request));
    },
    DecideDeliverable: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const { deliverable, evidence } = await service.decide(principal, request);
      const version = deliverable.versions.find((candidate) => candidate.number === evidence.version);
      const summary = version?.decisions.find((decision) => decision.decisionId === evidence.decisionId);
      return {
        deliverable: toDeliverableView(deliverable, service.access(principal, deliverable)),
        decision: summary && version ? toDecisionView(summary, version, evidence, true) : null,
      };
    },
    GetVersionDownload: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return service.download(principal, request);
    },
    // Public: no principal; the decision id is the only key.
    GetPublicDeliverableDecision: async (request, call) => {
      readPrincipal(call.metadata);
      return toPublicDecision(await service.publicDecision(request.decisionId));
    },
  };
}
