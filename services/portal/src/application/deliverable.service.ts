import { randomUUID } from 'node:crypto';
import {
  assertRecentAuthentication,
  assertPermission,
  assertWorkspaceRight,
  DomainError,
  workspaceRights,
  type EventOutbox,
  type ObjectStore,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { nameMatchesType, SNIFF_BYTES, sniffContentType } from '../domain/content-type.js';
import {
  assertMayDecide,
  checkDecisionInput,
  checkFileName,
  clientMayDownload,
  currentVersion,
  decisionClaimId,
  newDeliverable,
  nextSlot,
  withDecision,
  withNewVersion,
  type Deliverable,
  type DeliverableApprover,
  type DeliverableVersion,
} from '../domain/deliverable.js';
import { moduleOn, type Workspace } from '../domain/workspace.js';
import type {
  DecisionEvidence,
  DeliverableEvidenceRepository,
} from '../store/deliverable-evidence.repository.js';
import type { DeliverableRepository } from '../store/deliverable.repository.js';
import type { DeliverableUploadRepository } from '../store/deliverable-upload.repository.js';
import type { PortalSettingsRepository } from '../store/portal-settings.repository.js';
import type { WorkspaceRepository } from '../store/workspace.repository.js';

export interface DecideInput {
  deliverableId: string;
  version: number;
  decision: string;
  comment: string;
  ipAddress: string;
  userAgent: string;
  userEmail: string;
}

/** What the caller may do with a deliverable, for the views. */
export interface DeliverableAccess {
  /** Client users get no internal fields. */
  forClient: boolean;
  canDecide: boolean;
}

const ATTEMPTS = 4;
const changedMeanwhile = (): DomainError =>
  DomainError.precondition(
    'The deliverable changed meanwhile: reload it and try again',
    'deliverable.changed',
  );

/**
 * Deliverables to approve: staff create them and upload versions through presigned URLs; client users
 * with "approve" decide. Decisions are claimed by inserting their evidence (one per approver and version).
 */
export class DeliverableService {
  constructor(
    private readonly deliverables: DeliverableRepository,
    private readonly evidence: DeliverableEvidenceRepository,
    private readonly uploads: DeliverableUploadRepository,
    private readonly workspaces: WorkspaceRepository,
    private readonly settings: PortalSettingsRepository,
    private readonly objects: ObjectStore,
    private readonly outbox: EventOutbox<ProducedBy<'portal'>>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(
    principal: Principal,
    input: { workspaceId: string; title: string; description: string; approvers: DeliverableApprover[] },
  ): Promise<Deliverable> {
    assertPermission(principal, 'workspaces.share');
    const workspace = await this.writableWorkspace(principal, input.workspaceId);
    const deliverable = newDeliverable(
      input,
      {
        tenantId: workspace.tenantId,
        workspaceId: workspace.id,
        clientId: workspace.clientId,
        createdBy: principal.userId,
      },
      this.clock(),
    );
    await this.deliverables.insert(
      deliverable,
      this.outbox.entry({
        type: 'portal.deliverable.created',
        tenantId: deliverable.tenantId,
        subject: deliverable.id,
        data: {
          ...this.eventFields(deliverable, principal, false),
          deliverableId: deliverable.id,
          approverCount: deliverable.approvers.length,
        },
      }),
    );
    return deliverable;
  }

  async list(
    principal: Principal,
    workspaceId: string,
  ): Promise<{ workspace: Workspace; deliverables: Deliverable[] }> {
    const workspace = await this.visibleWorkspace(principal, workspaceId);
    const deliverables = await this.deliverables.listForWorkspace(workspace.tenantId, workspace.id, {
      withVersionOnly: principal.kind === 'client',
    });
    return { workspace, deliverables };
  }

  async get(principal: Principal, deliverableId: string): Promise<Deliverable> {
    return (await this.visibleDeliverable(principal, deliverableId)).deliverable;
  }

  /** What the views may show this caller: internal fields or not, whether they may decide now. */
  access(principal: Principal, deliverable: Deliverable): DeliverableAccess {
    if (principal.kind !== 'client') return { forClient: false, canDecide: false };
    const rights = workspaceRights(principal, {
      id: deliverable.workspaceId,
      clientId: deliverable.clientId,
    });
    if (!rights?.includes('approve') || principal.viewedBy) return { forClient: true, canDecide: false };
    const next = nextSlot(deliverable);
    const canDecide =
      next === 'any' ||
      (next !== undefined && !!principal.contactId && next.contactId === principal.contactId);
    return { forClient: true, canDecide };
  }

  async requestUpload(
    principal: Principal,
    input: { deliverableId: string; fileName: string; contentType: string; sizeBytes: number },
  ): Promise<{ uploadId: string; uploadUrl: string; contentType: string; expiresAt: Date }> {
    assertPermission(principal, 'workspaces.share');
    const { deliverable } = await this.writableDeliverable(principal, input.deliverableId);
    const fileName = checkFileName(input.fileName);
    const settings = await this.settings.get(deliverable.tenantId);
    if (input.sizeBytes > settings.maxFileBytes) throw tooLarge(settings.maxFileBytes);
    const uploadId = randomUUID();
    const objectKey = `${deliverable.tenantId}/deliverables/${deliverable.id}/${uploadId}`;
    // The browser PUTs with exactly this type (it is part of the signature); the bytes decide the real one.
    const contentType = input.contentType.trim() || 'application/octet-stream';
    const now = this.clock();
    await this.uploads.insert({
      id: uploadId,
      tenantId: deliverable.tenantId,
      deliverableId: deliverable.id,
      objectKey,
      fileName,
      declaredType: contentType,
      requestedBy: principal.userId,
      requestedAt: now,
    });
    const seconds = 15 * 60;
    const uploadUrl = await this.objects.presignUpload(objectKey, { contentType, seconds });
    return { uploadId, uploadUrl, contentType, expiresAt: new Date(now.getTime() + seconds * 1000) };
  }

  /**
   * The bytes were PUT: check the size and the sniffed type (refusing deletes them), hash the exact
   * stored bytes, then make them the next version. Only now does the version show anywhere.
   */
  async completeUpload(
    principal: Principal,
    input: { deliverableId: string; uploadId: string },
  ): Promise<Deliverable> {
    assertPermission(principal, 'workspaces.share');
    const { deliverable } = await this.writableDeliverable(principal, input.deliverableId);
    const upload = input.uploadId
      ? await this.uploads.find(deliverable.tenantId, deliverable.id, input.uploadId)
      : undefined;
    if (!upload) throw DomainError.notFound('Upload', input.uploadId);
    const stored = await this.objects.head(upload.objectKey);
    if (!stored)
      throw DomainError.precondition(
        'The file has not been uploaded yet: send its bytes first',
        'upload.missing',
      );
    const settings = await this.settings.get(deliverable.tenantId);
    const refuse = async (error: DomainError): Promise<never> => {
      await this.objects.delete(upload.objectKey);
      await this.uploads.remove(deliverable.tenantId, upload.id);
      throw error;
    };
    if (stored.size > settings.maxFileBytes) return refuse(tooLarge(settings.maxFileBytes));
    if (stored.size === 0)
      return refuse(
        DomainError.invalid('The file is empty', [
          { field: 'file', message: 'The file is empty', code: 'too_small' },
        ]),
      );
    const sniffed = sniffContentType(await this.objects.readStart(upload.objectKey, SNIFF_BYTES));
    if (settings.blockedFileTypes.includes(sniffed.mime))
      return refuse(
        DomainError.invalid(
          `Files of type ${sniffed.mime} are not accepted here`,
          [{ field: 'file', message: `The type ${sniffed.mime} is blocked`, code: 'invalid_value' }],
          'upload.blocked_type',
        ),
      );
    if (!nameMatchesType(upload.fileName, sniffed))
      return refuse(
        DomainError.invalid(
          `The file's bytes are ${sniffed.mime}, which does not match its name`,
          [
            {
              field: 'file',
              message: `The content is ${sniffed.mime}, not what the name says`,
              code: 'invalid_format',
            },
          ],
          'upload.type_mismatch',
        ),
      );
    const sha256 = await this.objects.sha256(upload.objectKey);
    // Claimed by removing the pending record: a repeated completion does not add a second version.
    if (!(await this.uploads.remove(deliverable.tenantId, upload.id)))
      throw DomainError.notFound('Upload', upload.id);
    const file = {
      fileName: upload.fileName,
      contentType: sniffed.mime,
      sizeBytes: stored.size,
      sha256,
      objectKey: upload.objectKey,
      uploadedBy: principal.userId,
      uploadedByName: principal.displayName ?? '',
    };
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const latest =
        attempt === 0 ? deliverable : await this.deliverables.find(deliverable.tenantId, deliverable.id);
      if (!latest) throw DomainError.notFound('Deliverable', deliverable.id);
      const now = this.clock();
      const next = withNewVersion(latest, { ...file, uploadedAt: now }, now);
      const saved = await this.deliverables.replace(
        next.deliverable,
        latest.revision,
        this.outbox.entry({
          type: 'portal.deliverable.submitted',
          tenantId: latest.tenantId,
          subject: latest.id,
          data: {
            ...this.eventFields(latest, principal, true),
            deliverableId: latest.id,
            version: next.version.number,
            fileName: next.version.fileName,
            sha256,
            voidedApprovals: next.voided.length,
          },
        }),
      );
      if (saved) {
        // After the deliverable: its embedded decisions are voided in the same write; the evidence
        // records follow (idempotent), so a voided record never sits beside a still-current version.
        if (next.voided.length > 0 || next.version.number > 1)
          await this.evidence.voidApprovalsBefore(
            latest.tenantId,
            latest.id,
            next.version.number,
            `Version ${next.version.number} was uploaded`,
            now,
          );
        return next.deliverable;
      }
    }
    throw changedMeanwhile();
  }

  async decide(
    principal: Principal,
    input: DecideInput,
  ): Promise<{ deliverable: Deliverable; evidence: DecisionEvidence }> {
    if (principal.kind !== 'client')
      throw DomainError.forbidden('Only the client decides on a deliverable', 'deliverable.client_only');
    if (principal.viewedBy) throw DomainError.forbidden('Viewing as the client is read-only');
    const { deliverable: read, workspace } = await this.visibleDeliverable(principal, input.deliverableId);
    assertWorkspaceRight(principal, workspace, 'approve', 'Deliverable');
    if (workspace.archivedAt) throw archived();
    const { decision, comment } = checkDecisionInput(input);
    const contactId = principal.contactId ?? '';
    const { slot } = assertMayDecide(read, input.version, { contactId });
    // Approving is signing off: the tenant may ask for a recent sign-in (step-up); asking for changes is not.
    if (decision === 'approved') assertRecentAuthentication(principal, 'deliverable.approve');
    const version = currentVersion(read) as DeliverableVersion;
    const approver = read.approvers.find((candidate) => candidate.contactId === slot);
    const now = this.clock();
    const evidence: DecisionEvidence = {
      id: decisionClaimId(read.id, version.number, slot),
      decisionId: randomUUID(),
      tenantId: read.tenantId,
      workspaceId: read.workspaceId,
      clientId: read.clientId,
      clientName: workspace.clientName,
      deliverableId: read.id,
      title: read.title,
      version: version.number,
      fileName: version.fileName,
      sizeBytes: version.sizeBytes,
      sha256: version.sha256,
      decision,
      comment,
      contactId,
      approverName: principal.displayName || approver?.name || '',
      userId: principal.userId,
      userEmail: input.userEmail.trim(),
      decidedAt: now,
      ipAddress: input.ipAddress.slice(0, 100),
      userAgent: input.userAgent.slice(0, 500),
      voidedAt: null,
      voidReason: '',
    };
    if (!(await this.evidence.claim(evidence)))
      throw DomainError.precondition(
        `A decision on version ${version.number} was already recorded`,
        'deliverable.already_decided',
      );
    const summary = {
      decisionId: evidence.decisionId,
      slot,
      contactId,
      userId: principal.userId,
      approverName: evidence.approverName,
      decision,
      comment,
      decidedAt: now,
      voidedAt: null,
      voidReason: '',
    };
    let latest: Deliverable = read;
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      if (attempt > 0) {
        const reread = await this.deliverables.find(read.tenantId, read.id);
        if (!reread) break;
        latest = reread;
        try {
          // A version uploaded meanwhile (or another decision that settled it) makes this one void.
          assertMayDecide(latest, version.number, { contactId });
        } catch (error) {
          await this.evidence.release(evidence);
          throw error;
        }
      }
      const decided = withDecision(latest, summary, now);
      const status = currentVersion(decided)?.status ?? 'awaiting_approval';
      const saved = await this.deliverables.replace(
        decided,
        latest.revision,
        this.outbox.entry({
          type: 'portal.deliverable.decided',
          tenantId: latest.tenantId,
          subject: latest.id,
          data: {
            ...this.eventFields(latest, principal, true),
            deliverableId: latest.id,
            version: version.number,
            decision,
            decisionId: evidence.decisionId,
            versionStatus: status,
          },
        }),
      );
      if (saved) {
        return { deliverable: decided, evidence };
      }
    }
    await this.evidence.release(evidence);
    throw changedMeanwhile();
  }

  async download(
    principal: Principal,
    input: { deliverableId: string; version: number },
  ): Promise<{ url: string; fileName: string }> {
    const { deliverable } = await this.visibleDeliverable(principal, input.deliverableId);
    const version = deliverable.versions.find((candidate) => candidate.number === input.version);
    if (!version || (principal.kind === 'client' && !clientMayDownload(deliverable, version)))
      throw DomainError.notFound('Version', String(input.version));
    const url = await this.objects.presignDownload(version.objectKey, {
      filename: version.fileName,
      contentType: version.contentType,
    });
    return { url, fileName: version.fileName };
  }

  /** The evidence records of a deliverable (staff and its client users), oldest first. */
  async decisions(principal: Principal, deliverable: Deliverable): Promise<DecisionEvidence[]> {
    return this.evidence.listForDeliverable(principal.tenantId, deliverable.id);
  }

  /** Public: by the decision id alone; unknown ids are NOT_FOUND. */
  async publicDecision(decisionId: string): Promise<DecisionEvidence> {
    const evidence = decisionId ? await this.evidence.findByDecisionId(decisionId) : undefined;
    if (!evidence) throw DomainError.notFound('Decision', decisionId);
    return evidence;
  }

  /**
   * Client users: the current versions waiting for their decision (they hold "approve" and, when
   * approvers are ordered, it is their turn), oldest first. Staff: none.
   */
  async awaitingMyDecision(
    principal: Principal,
    limit: number,
  ): Promise<{ deliverable: Deliverable; workspaceName: string }[]> {
    if (principal.kind !== 'client' || !principal.clientId || principal.viewedBy) return [];
    const workspaceIds = principal.workspaceIds.filter((id) =>
      workspaceRights(principal, { id, clientId: principal.clientId ?? '' })?.includes('approve'),
    );
    if (workspaceIds.length === 0) return [];
    const workspaces = (
      await this.workspaces.list(principal.tenantId, { clientId: principal.clientId, ids: workspaceIds })
    ).filter((workspace) => !workspace.archivedAt && moduleOn(workspace, 'approvals'));
    const names = new Map(workspaces.map((workspace) => [workspace.id, workspace.name]));
    const candidates = await this.deliverables.listForClient(principal.tenantId, principal.clientId, [
      ...names.keys(),
    ]);
    const capped = Math.min(Math.max(limit || 20, 1), 100);
    return candidates
      .filter((deliverable) => this.access(principal, deliverable).canDecide)
      .sort(
        (a, b) =>
          (currentVersion(a)?.uploadedAt.getTime() ?? 0) - (currentVersion(b)?.uploadedAt.getTime() ?? 0),
      )
      .slice(0, capped)
      .map((deliverable) => ({ deliverable, workspaceName: names.get(deliverable.workspaceId) ?? '' }));
  }

  /** Whether the workspace shows a client user anything in its Approvals tab. */
  async hasSomethingFor(workspace: Workspace): Promise<boolean> {
    return (
      (
        await this.deliverables.listForWorkspace(workspace.tenantId, workspace.id, {
          withVersionOnly: true,
          limit: 1,
        })
      ).length > 0
    );
  }

  private eventFields(deliverable: Deliverable, principal: Principal, clientVisible: boolean) {
    return {
      workspaceId: deliverable.workspaceId,
      clientId: deliverable.clientId,
      clientVisible,
      actorName: principal.displayName ?? '',
      title: deliverable.title,
    };
  }

  /**
   * The workspace if the caller may see its deliverables: staff (workspaces.view) any of the tenant's;
   * a client user one they were added to, with "view", while the approvals module is on. Otherwise
   * NOT_FOUND, like a missing one (PERMISSION_DENIED naming the right for a member without "view").
   */
  private async visibleWorkspace(principal: Principal, workspaceId: string): Promise<Workspace> {
    if (principal.kind === 'staff') assertPermission(principal, 'workspaces.view');
    const workspace = workspaceId ? await this.workspaces.find(principal.tenantId, workspaceId) : undefined;
    if (!workspace) throw DomainError.notFound('Workspace', workspaceId);
    assertWorkspaceRight(principal, workspace, 'view');
    if (principal.kind === 'client' && (!moduleOn(workspace, 'approvals') || workspace.archivedAt))
      throw DomainError.notFound('Workspace', workspaceId);
    return workspace;
  }

  private async visibleDeliverable(
    principal: Principal,
    deliverableId: string,
  ): Promise<{ deliverable: Deliverable; workspace: Workspace }> {
    if (principal.kind === 'staff') assertPermission(principal, 'workspaces.view');
    const deliverable = deliverableId
      ? await this.deliverables.find(principal.tenantId, deliverableId)
      : undefined;
    if (!deliverable) throw DomainError.notFound('Deliverable', deliverableId);
    const workspace = await this.workspaces.find(principal.tenantId, deliverable.workspaceId);
    if (!workspace) throw DomainError.notFound('Deliverable', deliverableId);
    if (principal.kind === 'client') {
      assertWorkspaceRight(principal, workspace, 'view', 'Deliverable');
      if (!moduleOn(workspace, 'approvals') || workspace.archivedAt || deliverable.versions.length === 0)
        throw DomainError.notFound('Deliverable', deliverableId);
    }
    return { deliverable, workspace };
  }

  private async writableWorkspace(principal: Principal, workspaceId: string): Promise<Workspace> {
    const workspace = workspaceId ? await this.workspaces.find(principal.tenantId, workspaceId) : undefined;
    if (!workspace) throw DomainError.notFound('Workspace', workspaceId);
    if (workspace.archivedAt) throw archived();
    return workspace;
  }

  private async writableDeliverable(
    principal: Principal,
    deliverableId: string,
  ): Promise<{ deliverable: Deliverable; workspace: Workspace }> {
    const found = await this.visibleDeliverable(principal, deliverableId);
    if (found.workspace.archivedAt) throw archived();
    return found;
  }
}

const archived = (): DomainError =>
  DomainError.precondition('This workspace is archived: it is read-only', 'workspace.archived');

function tooLarge(maxFileBytes: number): DomainError {
  const megabytes = Math.round((maxFileBytes / (1024 * 1024)) * 10) / 10;
  return DomainError.invalid(
    `Files are limited to ${megabytes} MB here`,
    [{ field: 'file', message: `At most ${megabytes} MB`, code: 'too_big' }],
    'upload.too_large',
  );
}
