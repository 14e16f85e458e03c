import {
  assertPermission,
  assertStaff,
  canSeeWorkspace,
  DomainError,
  type EventOutbox,
  type OutboxRelay,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import type { SharedDocument } from '../domain/shared-document.js';
import { newWorkspace, type NewWorkspaceInput, type Workspace } from '../domain/workspace.js';
import type { SharedDocumentRepository } from '../store/shared-document.repository.js';
import { tabsFor, type TabSource } from './workspace-tabs.js';
import type { WorkspaceRepository } from '../store/workspace.repository.js';

/** The workspace page shows the latest documents; the billing tab pages through the rest. */
export const DOCUMENTS_SHOWN = 100;

/** Workspace use cases: access checks, rules, events. */
export class WorkspaceService {
  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly documents: SharedDocumentRepository,
    private readonly outbox: EventOutbox<ProducedBy<'portal'>>,
    private readonly relay: OutboxRelay,
    private readonly tabSources: readonly TabSource[] = [],
  ) {}

  /** Creates the client's workspace, or returns the one it already has (and publishes nothing). */
  async enable(principal: Principal, input: NewWorkspaceInput): Promise<Workspace> {
    assertPermission(principal, 'portal.configure');
    const workspace = newWorkspace(input, principal.tenantId);
    const existing = await this.workspaces.findByClient(workspace.tenantId, workspace.clientId);
    if (existing) return existing;
    const created = await this.workspaces.insert(
      workspace,
      this.outbox.entry({
        type: 'portal.workspace.created',
        tenantId: workspace.tenantId,
        subject: workspace.id,
        data: {
          workspaceId: workspace.id,
          clientId: workspace.clientId,
          clientName: workspace.clientName,
          name: workspace.name,
        },
      }),
    );
    if (created) {
      this.relay.nudge();
      return workspace;
    }
    // Another call enabled the portal between our lookup and our insert: theirs is the workspace.
    const winner = await this.workspaces.findByClient(workspace.tenantId, workspace.clientId);
    if (!winner) throw new Error(`workspace of client ${workspace.clientId} neither inserted nor found`);
    return winner;
  }

  /** Staff: the tenant's workspaces, optionally one client's. Client users: those they were invited to. */
  async list(principal: Principal, request: { clientId: string }): Promise<Workspace[]> {
    const clientId = request.clientId.trim();
    if (principal.kind === 'client') {
      if (!principal.clientId || (clientId && clientId !== principal.clientId)) return [];
      return this.workspaces.list(principal.tenantId, {
        clientId: principal.clientId,
        ids: principal.workspaceIds,
      });
    }
    assertStaff(principal, 'member');
    return this.workspaces.list(principal.tenantId, { clientId });
  }

  async get(
    principal: Principal,
    workspaceId: string,
  ): Promise<{ workspace: Workspace; documents: SharedDocument[]; tabs: string[] }> {
    const workspace = await this.workspaces.find(principal.tenantId, workspaceId);
    // A workspace the user was not invited to gets the same answer as one that does not exist.
    if (!workspace || !canSeeWorkspace(principal, workspace))
      throw DomainError.notFound('Workspace', workspaceId);
    const documents = await this.documents.listForClient(
      workspace.tenantId,
      workspace.clientId,
      DOCUMENTS_SHOWN,
    );
    return { workspace, documents, tabs: await tabsFor(principal, workspace, this.tabSources) };
  }
}
