import { randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';

/**
 * A deliverable to approve (issue 10): a title, a description, file versions uploaded by staff, and the
 * client's decisions on them. See docs/workspaces-deliverables.md.
 */
export interface DeliverableApprover {
  contactId: string;
  name: string;
}

export const DECISIONS = ['approved', 'changes_requested'] as const;
export type Decision = (typeof DECISIONS)[number];

export type VersionStatus = 'awaiting_approval' | 'approved' | 'changes_requested' | 'superseded';
export type DeliverableStatus = 'draft' | Exclude<VersionStatus, 'superseded'>;

/** A decision as the deliverable keeps it (the full evidence lives in `deliverable_decisions`). */
export interface DecisionSummary {
  decisionId: string;
  /** The approver's contact id (ordered mode) or `any`: what the claim names. */
  slot: string;
  contactId: string;
  userId: string;
  approverName: string;
  decision: Decision;
  comment: string;
  decidedAt: Date;
  voidedAt: Date | null;
  voidReason: string;
}

export interface DeliverableVersion {
  number: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  /** Where the bytes are in the object store (never sent to anyone). */
  objectKey: string;
  uploadedAt: Date;
  /** Staff user id: internal. */
  uploadedBy: string;
  uploadedByName: string;
  status: VersionStatus;
  decisions: DecisionSummary[];
}

export interface Deliverable {
  id: string;
  tenantId: string;
  workspaceId: string;
  clientId: string;
  title: string;
  description: string;
  /** In order; empty: any client user holding "approve" decides. */
  approvers: DeliverableApprover[];
  /** Oldest first; the last is the current one. */
  versions: DeliverableVersion[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** Optimistic concurrency: every write names the revision it read. */
  revision: number;
}

export const TITLE_MAX_LENGTH = FIELD_LIMITS.portal.deliverableTitle;
export const DESCRIPTION_MAX_LENGTH = FIELD_LIMITS.portal.deliverableDescription;
export const COMMENT_MAX_LENGTH = FIELD_LIMITS.portal.deliverableComment;
export const FILE_NAME_MAX_LENGTH = FIELD_LIMITS.portal.deliverableFileName;
export const MAX_APPROVERS = FIELD_LIMITS.portal.approvers;
export const ANY_APPROVER_SLOT = 'any';

export function currentVersion(deliverable: Pick<Deliverable, 'versions'>): DeliverableVersion | undefined {
  return deliverable.versions.at(-1);
}

export function deliverableStatus(deliverable: Pick<Deliverable, 'versions'>): DeliverableStatus {
  const current = currentVersion(deliverable);
  if (!current) return 'draft';
  return current.status === 'superseded' ? 'awaiting_approval' : current.status;
}

export function approvalMode(deliverable: Pick<Deliverable, 'approvers'>): 'ordered' | 'any' {
  return deliverable.approvers.length > 0 ? 'ordered' : 'any';
}

/** The claim of one decision: inserting a record with this `_id` twice fails, so it happens once. */
export const decisionClaimId = (deliverableId: string, version: number, slot: string): string =>
  `${deliverableId}|${version}|${slot}`;

export interface NewDeliverableInput {
  title: string;
  description: string;
  approvers: DeliverableApprover[];
}

/** Title, description and approvers, trimmed and checked field by field. */
export function checkDeliverableInput(input: NewDeliverableInput): NewDeliverableInput {
  const title = input.title.trim();
  const description = input.description.trim();
  const violations: FieldViolation[] = [];
  if (!title) violations.push({ field: 'title', message: 'Give the deliverable a title', code: 'required' });
  else if (title.length > TITLE_MAX_LENGTH)
    violations.push({ field: 'title', message: `At most ${TITLE_MAX_LENGTH} characters`, code: 'too_long' });
  if (description.length > DESCRIPTION_MAX_LENGTH)
    violations.push({
      field: 'description',
      message: `At most ${DESCRIPTION_MAX_LENGTH} characters`,
      code: 'too_long',
    });
  const approvers = input.approvers.map((approver) => ({
    contactId: approver.contactId.trim(),
    name: approver.name.trim(),
  }));
  if (approvers.length > MAX_APPROVERS)
    violations.push({ field: 'approvers', message: `At most ${MAX_APPROVERS} approvers`, code: 'too_big' });
  const ids = approvers.map((approver) => approver.contactId);
  if (ids.some((id) => !id))
    violations.push({ field: 'approvers', message: 'Choose a contact for every approver', code: 'required' });
  else if (new Set(ids).size !== ids.length)
    violations.push({ field: 'approvers', message: 'A contact approves once', code: 'invalid_value' });
  if (violations.length > 0)
    throw DomainError.invalid('The deliverable could not be saved: check the highlighted fields', violations);
  return { title, description, approvers };
}

export function newDeliverable(
  input: NewDeliverableInput,
  context: { tenantId: string; workspaceId: string; clientId: string; createdBy: string },
  now = new Date(),
): Deliverable {
  const checked = checkDeliverableInput(input);
  return {
    id: randomUUID(),
    ...context,
    ...checked,
    versions: [],
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

export const voidReasonFor = (version: number): string => `Version ${version} was uploaded`;

/**
 * The deliverable once version `version.number` is uploaded: it becomes current and awaits decisions;
 * earlier versions awaiting or approved are superseded and their approvals voided (kept as history). A
 * version on which changes were requested keeps that status: it is why the new one exists.
 */
export function withNewVersion(
  deliverable: Deliverable,
  version: Omit<DeliverableVersion, 'number' | 'status' | 'decisions'>,
  now: Date,
): { deliverable: Deliverable; version: DeliverableVersion; voided: DecisionSummary[] } {
  const number = deliverable.versions.length + 1;
  const reason = voidReasonFor(number);
  const voided: DecisionSummary[] = [];
  const earlier = deliverable.versions.map((existing) => ({
    ...existing,
    status: existing.status === 'changes_requested' ? existing.status : ('superseded' as const),
    decisions: existing.decisions.map((decision) => {
      if (decision.decision !== 'approved' || decision.voidedAt) return decision;
      const voidedDecision = { ...decision, voidedAt: now, voidReason: reason };
      voided.push(voidedDecision);
      return voidedDecision;
    }),
  }));
  const added: DeliverableVersion = { ...version, number, status: 'awaiting_approval', decisions: [] };
  return {
    deliverable: {
      ...deliverable,
      versions: [...earlier, added],
      updatedAt: now,
      revision: deliverable.revision + 1,
    },
    version: added,
    voided,
  };
}

/**
 * Who decides the current version next: in ordered mode the first approver without a decision (undefined
 * when the version is no longer awaiting); in "any" mode the slot `any` while it awaits.
 */
export function nextSlot(deliverable: Deliverable): DeliverableApprover | 'any' | undefined {
  const current = currentVersion(deliverable);
  if (!current || current.status !== 'awaiting_approval') return undefined;
  if (approvalMode(deliverable) === 'any') return 'any';
  const decided = new Set(current.decisions.map((decision) => decision.slot));
  return deliverable.approvers.find((approver) => !decided.has(approver.contactId));
}

/**
 * Refuses a decision that may not be taken now, naming why: a version that is not the current one,
 * a version already decided, or (ordered mode) someone whose turn it is not.
 */
export function assertMayDecide(
  deliverable: Deliverable,
  version: number,
  decider: { contactId: string },
): { slot: string } {
  const current = currentVersion(deliverable);
  if (!current)
    throw DomainError.precondition('This deliverable has no version yet', 'deliverable.no_version');
  if (version !== current.number)
    throw DomainError.precondition(
      `Version ${version} was superseded: the current version is ${current.number}`,
      'deliverable.superseded',
    );
  if (current.status === 'changes_requested')
    throw DomainError.precondition(
      `Changes were requested on version ${current.number}: wait for the next version`,
      'deliverable.already_decided',
    );
  if (current.status === 'approved')
    throw DomainError.precondition(
      `Version ${current.number} is already approved`,
      'deliverable.already_decided',
    );
  if (approvalMode(deliverable) === 'any') return { slot: ANY_APPROVER_SLOT };
  const approver = deliverable.approvers.find((candidate) => candidate.contactId === decider.contactId);
  if (!approver || !decider.contactId)
    throw DomainError.forbidden('You are not an approver of this deliverable', 'deliverable.not_an_approver');
  if (current.decisions.some((decision) => decision.slot === approver.contactId))
    throw DomainError.precondition(
      `You have already decided on version ${current.number}`,
      'deliverable.already_decided',
    );
  const next = nextSlot(deliverable);
  if (next && next !== 'any' && next.contactId !== approver.contactId)
    throw DomainError.forbidden(`Waiting for ${next.name} to decide first`, 'deliverable.not_your_turn');
  return { slot: approver.contactId };
}

export function checkDecisionInput(input: { decision: string; comment: string }): {
  decision: Decision;
  comment: string;
} {
  const comment = input.comment.trim();
  const violations: FieldViolation[] = [];
  const decision =
    input.decision === 'approve' || input.decision === 'approved'
      ? 'approved'
      : input.decision === 'request_changes' || input.decision === 'changes_requested'
        ? 'changes_requested'
        : undefined;
  if (!decision)
    violations.push({ field: 'decision', message: 'Approve or request changes', code: 'invalid_value' });
  if (decision === 'changes_requested' && !comment)
    violations.push({ field: 'comment', message: 'Say what should change', code: 'required' });
  if (comment.length > COMMENT_MAX_LENGTH)
    violations.push({
      field: 'comment',
      message: `At most ${COMMENT_MAX_LENGTH} characters`,
      code: 'too_long',
    });
  if (violations.length > 0 || !decision)
    throw DomainError.invalid('The decision could not be recorded: check the highlighted fields', violations);
  return { decision, comment };
}

/**
 * The deliverable after a decision on its current version: the decision added; the version approved
 * when every approver (or, in "any" mode, the one decider) approved, changes requested on the first
 * request.
 */
export function withDecision(deliverable: Deliverable, decision: DecisionSummary, now: Date): Deliverable {
  const versions = deliverable.versions.map((version, index) => {
    if (index !== deliverable.versions.length - 1) return version;
    const decisions = [...version.decisions, decision];
    const approvedSlots = new Set(
      decisions.filter((entry) => entry.decision === 'approved').map((entry) => entry.slot),
    );
    const status: VersionStatus =
      decision.decision === 'changes_requested'
        ? 'changes_requested'
        : approvalMode(deliverable) === 'any' ||
            deliverable.approvers.every((approver) => approvedSlots.has(approver.contactId))
          ? 'approved'
          : 'awaiting_approval';
    return { ...version, decisions, status };
  });
  return { ...deliverable, versions, updatedAt: now, revision: deliverable.revision + 1 };
}

/** Which versions a client user may download: the current one and every one somebody decided on. */
export function clientMayDownload(deliverable: Deliverable, version: DeliverableVersion): boolean {
  return version.number === currentVersion(deliverable)?.number || version.decisions.length > 0;
}

/** The file name as stored: no path, no control characters, at most 255 characters, never empty. */
export function checkFileName(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!base)
    throw DomainError.invalid('Choose a file', [
      { field: 'fileName', message: 'Required', code: 'required' },
    ]);
  if (base.length > FILE_NAME_MAX_LENGTH)
    throw DomainError.invalid('The file name is too long', [
      { field: 'fileName', message: `At most ${FILE_NAME_MAX_LENGTH} characters`, code: 'too_long' },
    ]);
  return base;
}
