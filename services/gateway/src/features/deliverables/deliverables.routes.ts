import { z } from 'zod';
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';
import type { Backends } from '../../http/backends.js';
import { defineRoute, named, type CallOptions } from '../../http/route.js';
import { idParams } from '../shared/shared.schemas.js';

const approverSchema = named(
  'DeliverableApprover',
  z.object({ contactId: z.string(), name: z.string() }),
  'A contact of the client who decides, in the order staff chose',
);

export const deliverableDecisionSchema = named(
  'DeliverableDecision',
  z.object({
    decisionId: z.string().meta({ description: 'The public id: /verify/deliverable/<decisionId>' }),
    version: z.number().int(),
    decision: z.enum(['approved', 'changes_requested']),
    comment: z.string(),
    approverName: z.string(),
    contactId: z.string(),
    userId: z.string().meta({ description: 'Empty for client users' }),
    userEmail: z.string().meta({ description: 'Empty for client users' }),
    decidedAt: z.string(),
    sha256: z.string().meta({ description: 'SHA-256 (hex) of the exact bytes of the version decided on' }),
    ipAddress: z.string().meta({ description: 'Empty for client users' }),
    userAgent: z.string().meta({ description: 'Empty for client users' }),
    state: z.enum(['valid', 'voided']),
    voidedAt: z.string(),
    voidReason: z.string(),
  }),
);

const versionStatuses = ['awaiting_approval', 'approved', 'changes_requested', 'superseded'] as const;

export const deliverableSchema = named(
  'Deliverable',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    clientId: z.string(),
    title: z.string(),
    description: z.string(),
    approvers: z.array(approverSchema),
    approvalMode: z.enum(['ordered', 'any']),
    currentVersion: z.number().int().meta({ description: '0 before the first upload' }),
    status: z.enum(['draft', 'awaiting_approval', 'approved', 'changes_requested']),
    versions: z.array(
      named(
        'DeliverableVersion',
        z.object({
          number: z.number().int(),
          fileName: z.string(),
          contentType: z.string().meta({ description: 'Sniffed from the bytes' }),
          sizeBytes: z.string().regex(/^\d+$/),
          sha256: z.string(),
          uploadedAt: z.string(),
          uploadedByName: z.string(),
          status: z.enum(versionStatuses),
          decisions: z.array(deliverableDecisionSchema),
          downloadable: z.boolean(),
        }),
      ),
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
    awaitingName: z.string().meta({ description: 'Ordered approvers: whose turn it is' }),
    canDecide: z.boolean().meta({ description: 'The caller may decide on the current version now' }),
    revision: z.number().int(),
  }),
);

export const publicDeliverableDecisionSchema = named(
  'PublicDeliverableDecision',
  z.object({
    decisionId: z.string(),
    title: z.string(),
    version: z.number().int(),
    fileName: z.string(),
    sizeBytes: z.string(),
    sha256: z.string(),
    decision: z.enum(['approved', 'changes_requested']),
    approverName: z.string(),
    decidedAt: z.string(),
    state: z.enum(['valid', 'voided']),
    voidedAt: z.string(),
    voidReason: z.string(),
    clientName: z.string(),
  }),
);

const deliverableParams = idParams('deliverableId');

/**
 * Staff name approvers by contact id; crm says who they are (the name is kept with the deliverable)
 * and that they are contacts of the workspace's client.
 */
async function resolveApprovers(
  backends: Backends,
  workspaceId: string,
  contactIds: string[],
  onBehalf: CallOptions,
): Promise<{ contactId: string; name: string }[]> {
  if (contactIds.length === 0) return [];
  const { workspace } = await backends.portal.getWorkspace({ workspaceId }, onBehalf);
  if (!workspace) throw DomainError.notFound('Workspace', workspaceId);
  const client = await backends.crm.getClient({ clientId: workspace.clientId }, onBehalf);
  const violations: FieldViolation[] = [];
  const approvers = contactIds.map((contactId, index) => {
    const contact = client.contacts.find((candidate) => candidate.id === contactId);
    if (!contact)
      violations.push({
        field: `approverContactIds.${index}`,
        message: `Not a contact of ${client.name}`,
        code: 'invalid_value',
      });
    return { contactId, name: contact ? `${contact.firstName} ${contact.lastName}`.trim() : '' };
  });
  if (violations.length > 0)
    throw DomainError.invalid('The deliverable could not be saved: check the approvers', violations);
  return approvers;
}

/** Deliverables to approve (issue 10): docs/workspaces-deliverables.md. */
export const deliverablesRoutes = [
  // Before /deliverables/:deliverableId, which would otherwise take this path.
  defineRoute({
    method: 'get',
    path: '/deliverables/awaiting-my-decision',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'Deliverable versions waiting for my decision (client users; staff: empty)',
    tags: ['deliverables'],
    query: z.object({ limit: z.coerce.number().int().positive().max(100).optional() }),
    response: named(
      'DeliverablesAwaitingDecision',
      z.object({
        deliverables: z.array(
          named(
            'DeliverableSummary',
            z.object({
              id: z.string(),
              workspaceId: z.string(),
              workspaceName: z.string(),
              title: z.string(),
              version: z.number().int(),
              submittedAt: z.string(),
            }),
          ),
        ),
      }),
    ),
    handler: ({ query, onBehalf }, { backends }) =>
      backends.deliverables.listAwaitingMyDecision({ limit: query.limit ?? 20 }, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/workspaces/:workspaceId/deliverables',
    access: 'staff-or-client',
    clientRight: 'view',
    summary: "A workspace's deliverables, newest first",
    description: 'Client users need "view" and see those with at least one version.',
    tags: ['deliverables'],
    params: idParams('workspaceId'),
    response: named('DeliverableList', z.object({ deliverables: z.array(deliverableSchema) })),
    handler: ({ params, onBehalf }, { backends }) => backends.deliverables.listDeliverables(params, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/workspaces/:workspaceId/deliverables',
    access: { permission: 'workspaces.share' },
    summary: 'Create a deliverable to approve (staff)',
    description:
      'approverContactIds: contacts of the client, in the order they decide; empty: any client user with "approve".',
    tags: ['deliverables'],
    status: 201,
    params: idParams('workspaceId'),
    body: named(
      'NewDeliverable',
      z.object({
        title: z.string().meta({ maxLength: FIELD_LIMITS.portal.deliverableTitle }).default(''),
        description: z.string().meta({ maxLength: FIELD_LIMITS.portal.deliverableDescription }).default(''),
        approverContactIds: z
          .array(z.string().max(FIELD_LIMITS.common.id))
          .max(FIELD_LIMITS.portal.approvers)
          .default([]),
      }),
    ),
    response: deliverableSchema,
    handler: async ({ params, body, onBehalf }, { backends }) =>
      backends.deliverables.createDeliverable(
        {
          workspaceId: params.workspaceId,
          title: body.title,
          description: body.description,
          approvers: await resolveApprovers(backends, params.workspaceId, body.approverContactIds, onBehalf),
        },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/deliverables/:deliverableId',
    access: 'staff-or-client',
    clientRight: 'view',
    summary: 'A deliverable with its versions and decisions',
    tags: ['deliverables'],
    params: deliverableParams,
    response: deliverableSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.deliverables.getDeliverable(params, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/deliverables/:deliverableId/uploads',
    access: { permission: 'workspaces.share' },
    summary: 'Start uploading the next version: a presigned PUT URL (staff)',
    description:
      'PUT the bytes to uploadUrl with the answered Content-Type, then complete the upload. Nothing shows until then.',
    tags: ['deliverables'],
    status: 201,
    params: deliverableParams,
    body: named(
      'NewDeliverableUpload',
      z.object({
        fileName: z.string().meta({ maxLength: FIELD_LIMITS.portal.deliverableFileName }).default(''),
        contentType: z.string().default(''),
        sizeBytes: z.number().int().nonnegative().default(0),
      }),
    ),
    response: named(
      'DeliverableUploadTicket',
      z.object({
        uploadId: z.string(),
        uploadUrl: z.string(),
        contentType: z.string(),
        expiresAt: z.string(),
      }),
    ),
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.deliverables.requestVersionUpload({ deliverableId: params.deliverableId, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/deliverables/:deliverableId/uploads/:uploadId/complete',
    access: { permission: 'workspaces.share' },
    summary: 'Complete a version upload: size, sniffed type, SHA-256; it becomes the current version (staff)',
    tags: ['deliverables'],
    params: z.object({ deliverableId: z.string().min(1), uploadId: z.string().min(1) }),
    body: z.object({}).meta({ description: 'Nothing to send' }),
    response: deliverableSchema,
    handler: ({ params, onBehalf }, { backends }) =>
      backends.deliverables.completeVersionUpload(params, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/deliverables/:deliverableId/decisions',
    access: 'client',
    clientRight: 'approve',
    summary: 'Approve the current version or request changes (client, "approve" right)',
    description:
      'One decision per approver and version; a superseded version or a second decision is refused; requesting changes needs a comment. The evidence records the SHA-256 of the file, the user, the time, the IP address and the user agent.',
    tags: ['deliverables'],
    status: 201,
    params: deliverableParams,
    body: named(
      'DeliverableDecisionInput',
      z.object({
        version: z.number().int().default(0).meta({ description: 'The version looked at' }),
        decision: z.enum(['approve', 'request_changes']),
        comment: z
          .string()
          .meta({ maxLength: FIELD_LIMITS.portal.deliverableComment })
          .default('')
          .meta({ description: 'Required when requesting changes' }),
      }),
    ),
    response: named(
      'DeliverableDecisionResult',
      z.object({ deliverable: deliverableSchema, decision: deliverableDecisionSchema }),
    ),
    handler: ({ params, body, caller, onBehalf, request }, { backends }) =>
      backends.deliverables.decideDeliverable(
        {
          deliverableId: params.deliverableId,
          version: body.version,
          decision: body.decision,
          comment: body.comment,
          // req.ip honours the gateway's trust-proxy setting: the browser's address, not a proxy's.
          ipAddress: request.ip ?? '',
          userAgent: request.get('user-agent') ?? '',
          userEmail: caller.email,
        },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/deliverables/:deliverableId/versions/:version/download',
    access: 'staff-or-client',
    clientRight: 'view',
    summary: 'A presigned download URL of one version',
    description: 'Staff: any version; client users: the current one and those decided on.',
    tags: ['deliverables'],
    params: z.object({ deliverableId: z.string().min(1), version: z.coerce.number().int().positive() }),
    response: named('DeliverableDownload', z.object({ url: z.string(), fileName: z.string() })),
    handler: ({ params, onBehalf }, { backends }) =>
      backends.deliverables.getVersionDownload(params, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/public/deliverable-decisions/:decisionId',
    access: 'anonymous',
    summary: 'Public: what a deliverable decision records (no e-mail, IP address or ids)',
    description:
      'The page compares a copy by computing its SHA-256 in the browser (WebCrypto) against sha256.',
    tags: ['deliverables'],
    params: idParams('decisionId'),
    response: publicDeliverableDecisionSchema,
    handler: ({ params }, { backends }) => backends.deliverables.getPublicDeliverableDecision(params),
  }),
];
