import {
  assertPermission,
  assertStaff,
  canSeeWorkspace,
  DomainError,
  type EventOutbox,
  type FieldViolation,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { readInstant } from '../domain/instant.js';
import type { SharedDocument } from '../domain/shared-document.js';
import {
  assertNotArchived,
  checkModules,
  checkWorkspaceName,
  newWorkspace,
  portalWorkspaceId,
  type NewWorkspaceInput,
  type Workspace,
} from '../domain/workspace.js';
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
    private readonly tabSources: readonly TabSource[] = [],
  ) {}

  /**
   * "Enable portal": creates the client's first workspace, or returns the one it already has (and
   * publishes nothing). Its id is derived from the client, so racing calls insert the same `_id`.
   */
  async enable(principal: Principal, input: NewWorkspaceInput): Promise<Workspace> {
    assertPermission(principal, 'portal.configure');
    const workspace = newWorkspace(
      { ...input, projectId: '' },
      principal.tenantId,
      new Date(),
      portalWorkspaceId(principal.tenantId, input.clientId.trim()),
    );
    const existing = await this.workspaces.findByClient(workspace.tenantId, workspace.clientId);
    if (existing) return existing;
    if (await this.insertWithEvent(workspace)) return workspace;
    // Another call enabled the portal between our lookup and our insert: theirs is the workspace.
    const winner = await this.workspaces.find(workspace.tenantId, workspace.id);
    if (!winner) throw new Error(`workspace of client ${workspace.clientId} neither inserted nor found`);
    return winner;
  }

  /** Staff open one more workspace for a client, optionally linked to one of its projects. */
  async create(principal: Principal, input: NewWorkspaceInput): Promise<Workspace> {
    assertPermission(principal, 'workspaces.manage');
    const workspace = newWorkspace(input, principal.tenantId);
    if (!(await this.insertWithEvent(workspace)))
      throw new Error(`workspace ${workspace.id} collided with an existing id`);
    return workspace;
  }

  async rename(principal: Principal, workspaceId: string, name: string): Promise<Workspace> {
    const workspace = await this.staffWorkspace(principal, workspaceId);
    assertNotArchived(workspace);
    const trimmed = name.trim();
    const violations: FieldViolation[] = [];
    checkWorkspaceName(trimmed, 'name', violations);
    if (violations.length > 0)
      throw DomainError.invalid('The workspace could not be renamed: check the name', violations);
    if (trimmed === workspace.name) return workspace;
    const renamed = { ...workspace, name: trimmed };
    await this.save(principal, renamed, { name: trimmed }, 'portal.workspace.updated', 'renamed');
    return renamed;
  }

  /** Switches modules on and off: `modules` lists those on afterwards. */
  async setModules(
    principal: Principal,
    workspaceId: string,
    modules: readonly string[],
  ): Promise<Workspace> {
    const workspace = await this.staffWorkspace(principal, workspaceId);
    const switched = checkModules(modules);
    assertNotArchived(workspace);
    const updated = { ...workspace, modules: switched };
    await this.save(principal, updated, { modules: switched }, 'portal.workspace.updated', 'modules');
    return updated;
  }

  async archive(principal: Principal, workspaceId: string): Promise<Workspace> {
    const workspace = await this.staffWorkspace(principal, workspaceId);
    // Archiving twice changes nothing and says nothing.
    if (workspace.archivedAt) return workspace;
    const archived = { ...workspace, archivedAt: new Date() };
    await this.save(principal, archived, { archivedAt: archived.archivedAt }, 'portal.workspace.archived');
    return archived;
  }

  async restore(principal: Principal, workspaceId: string): Promise<Workspace> {
    const workspace = await this.staffWorkspace(principal, workspaceId);
    if (!workspace.archivedAt) return workspace;
    const restored = { ...workspace, archivedAt: null };
    await this.save(principal, restored, { archivedAt: null }, 'portal.workspace.restored');
    return restored;
  }

  /**
   * A workspace of the caller's tenant for a staff change (workspaces.manage). A client user is told it
   * does not exist, even one who sees it: its configuration is not theirs to know about.
   */
  private async staffWorkspace(principal: Principal, workspaceId: string): Promise<Workspace> {
    if (principal.kind === 'client') throw DomainError.notFound('Workspace', workspaceId);
    assertPermission(principal, 'workspaces.manage');
    const workspace = await this.workspaces.find(principal.tenantId, workspaceId.trim());
    if (!workspace) throw DomainError.notFound('Workspace', workspaceId);
    return workspace;
  }

  private async insertWithEvent(workspace: Workspace): Promise<boolean> {
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
    return created;
  }

  /**
   * Stores a change of the workspace with its event. Two staff changing the same workspace at once:
   * each change sets its own fields, so the last rename or module switch wins and neither is mixed up.
   */
  private async save(
    principal: Principal,
    after: Workspace,
    changes: Partial<Pick<Workspace, 'name' | 'modules' | 'archivedAt'>>,
    type: 'portal.workspace.updated' | 'portal.workspace.archived' | 'portal.workspace.restored',
    change: 'renamed' | 'modules' = 'renamed',
  ): Promise<void> {
    const common = {
      workspaceId: after.id,
      clientId: after.clientId,
      // Module switches are configuration: staff only. A name or an archive the client does see.
      clientVisible: !(type === 'portal.workspace.updated' && change === 'modules'),
      actorName: principal.displayName ?? '',
      title: after.name,
    };
    const entry =
      type === 'portal.workspace.updated'
        ? this.outbox.entry({
            type,
            tenantId: after.tenantId,
            subject: after.id,
            data: { ...common, change, name: after.name, modules: [...after.modules] },
          })
        : this.outbox.entry({ type, tenantId: after.tenantId, subject: after.id, data: common });
    // The answer carries the change's instant, the one stored.
    after.updatedAt = new Date();
    const stored = { ...changes, updatedAt: after.updatedAt };
    if (!(await this.workspaces.update(after.tenantId, after.id, stored, entry)))
      throw DomainError.notFound('Workspace', after.id);
  }

  /** Staff: the tenant's workspaces, optionally one client's. Client users: those they were invited to. */
  async list(principal: Principal, request: { clientId: string }): Promise<Workspace[]> {
    const clientId = request.clientId.trim();
    if (principal.kind === 'client') {
      if (!principal.clientId || (clientId && clientId !== principal.clientId)) return [];
      // Archived workspaces leave the client's navigation.
      return this.workspaces.list(principal.tenantId, {
        clientId: principal.clientId,
        ids: principal.workspaceIds,
        activeOnly: true,
      });
    }
    assertStaff(principal, 'member');
    return this.workspaces.list(principal.tenantId, { clientId });
  }

  /**
   * Staff (the partner API's sync): the tenant's workspaces, optionally one client's, oldest change
   * first from `updatedSince` on, a page at a time. A client user has no such list.
   */
  async listByUpdate(
    principal: Principal,
    request: {
      clientId: string;
      updatedSince: string;
      activeOnly: boolean;
      page: { pageSize?: number; pageToken?: string } | null | undefined;
    },
  ): Promise<{ workspaces: Workspace[]; nextPageToken: string }> {
    if (principal.kind === 'client')
      throw DomainError.invalid('This list is for the agency team', [
        { field: 'byUpdate', message: 'Not available to client users', code: 'invalid_value' },
      ]);
    assertStaff(principal, 'member');
    const page = this.workspaces.readUpdatePage(request.page);
    return this.workspaces.listByUpdate(
      principal.tenantId,
      {
        clientId: request.clientId.trim(),
        updatedSince: readInstant(request.updatedSince, 'updatedSince'),
        activeOnly: request.activeOnly,
      },
      page,
    );
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
