import {
  assertPermission,
  assertWorkspaceRight,
  DomainError,
  PRESIGNED_URL_SECONDS,
  workspaceRights,
  type EventOutbox,
  type Logger,
  type ObjectStore,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { extensionOf, nameMatchesType, sniffContentType, SNIFF_BYTES } from '../domain/content-type.js';
import {
  formatBytes,
  newFolder,
  newPendingUpload,
  PENDING_UPLOAD_TTL_MS,
  validName,
  type Folder,
  type WorkspaceFile,
} from '../domain/workspace-file.js';
import { moduleOn, type Workspace } from '../domain/workspace.js';
import type { PortalSettingsRepository } from '../store/portal-settings.repository.js';
import type { FolderRepository, WorkspaceFileRepository } from '../store/workspace-file.repository.js';
import type { WorkspaceRepository } from '../store/workspace.repository.js';
import { readInstant } from '../domain/instant.js';

/** What a caller wants to do in a workspace's files. */
type Need = 'view' | 'upload' | 'manage';

/** Folders nest at most this deep (a path is walked up to the top on every listing). */
const MAX_FOLDER_DEPTH = 20;

const changedMeanwhile = () =>
  DomainError.precondition('The file changed meanwhile: reload and try again', 'changed_meanwhile');

/**
 * Files and folders of a workspace (issue 10): access checks, the upload protocol (pending record →
 * presigned PUT → complete: HEAD, sniff, rules → visible), downloads, sharing, events.
 */
export class FileService {
  constructor(
    private readonly files: WorkspaceFileRepository,
    private readonly folders: FolderRepository,
    private readonly workspaces: WorkspaceRepository,
    private readonly settings: PortalSettingsRepository,
    private readonly objects: ObjectStore,
    private readonly outbox: EventOutbox<ProducedBy<'portal'>>,
    private readonly logger?: Logger,
  ) {}

  // ------------------------------------------------------------------------------------------- access

  /**
   * The workspace, if the caller may do `need` in its files. Client users: NOT_FOUND when they cannot
   * see it or its files module is off, PERMISSION_DENIED naming the right (view, upload) otherwise,
   * and never "manage". Staff: workspaces.view to look, workspaces.share to change. Changes are refused
   * in an archived workspace and in "view as client".
   */
  private async access(principal: Principal, workspaceId: string, need: Need): Promise<Workspace> {
    const workspace = await this.workspaces.find(principal.tenantId, workspaceId);
    if (!workspace) throw DomainError.notFound('Workspace', workspaceId);
    if (principal.kind === 'client') {
      if (!workspaceRights(principal, workspace) || !moduleOn(workspace, 'files'))
        throw DomainError.notFound('Workspace', workspaceId);
      if (need === 'manage')
        throw DomainError.forbidden('Only the agency team can organise the files of a workspace');
      assertWorkspaceRight(principal, workspace, need === 'upload' ? 'upload' : 'view');
    } else {
      assertPermission(principal, need === 'view' ? 'workspaces.view' : 'workspaces.share');
    }
    if (need !== 'view') {
      if (principal.viewedBy)
        throw DomainError.forbidden('Viewing the portal as a client is read-only', 'view_as_client');
      if (workspace.archivedAt)
        throw DomainError.precondition('The workspace is archived: it is read-only', 'workspace.archived');
    }
    return workspace;
  }

  private canUpload(principal: Principal, workspace: Workspace): boolean {
    if (workspace.archivedAt || principal.viewedBy) return false;
    if (principal.kind === 'client') return (workspaceRights(principal, workspace) ?? []).includes('upload');
    return this.canManage(principal, workspace);
  }

  private canManage(principal: Principal, workspace: Workspace): boolean {
    if (principal.kind === 'client' || workspace.archivedAt || principal.viewedBy) return false;
    try {
      assertPermission(principal, 'workspaces.share');
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The folders from the top down to `folderId` ([] at the top). NOT_FOUND when it does not exist, or,
   * for a client user, when it or a folder above it is internal.
   */
  private async pathTo(principal: Principal, workspace: Workspace, folderId: string): Promise<Folder[]> {
    const path: Folder[] = [];
    let current = folderId;
    while (current) {
      const folder = await this.folders.find(workspace.tenantId, workspace.id, current);
      if (
        !folder ||
        (principal.kind === 'client' && !folder.clientVisible) ||
        path.length >= MAX_FOLDER_DEPTH
      )
        throw DomainError.notFound('Folder', folderId);
      path.unshift(folder);
      current = folder.parentId;
    }
    return path;
  }

  /** A listed file the caller may see (ready; for client users client-visible in a visible folder). */
  private async visibleFile(
    principal: Principal,
    workspace: Workspace,
    fileId: string,
  ): Promise<WorkspaceFile> {
    const file = await this.files.find(workspace.tenantId, workspace.id, fileId);
    if (!file || file.status !== 'ready' || (principal.kind === 'client' && !file.clientVisible))
      throw DomainError.notFound('File', fileId);
    if (principal.kind === 'client') await this.pathTo(principal, workspace, file.folderId);
    return file;
  }

  // ------------------------------------------------------------------------------------------ reading

  async list(
    principal: Principal,
    request: {
      workspaceId: string;
      folderId: string;
      page?: { pageSize?: number; pageToken?: string } | null;
    },
  ) {
    const workspace = await this.access(principal, request.workspaceId, 'view');
    const path = await this.pathTo(principal, workspace, request.folderId);
    const clientOnly = principal.kind === 'client';
    const page = this.files.readPage(request.page);
    const [folders, listed, settings] = await Promise.all([
      this.folders.children(workspace.tenantId, workspace.id, request.folderId, clientOnly),
      this.files.listReady(workspace.tenantId, workspace.id, request.folderId, clientOnly, page),
      this.settings.get(workspace.tenantId),
    ]);
    return {
      path,
      folders,
      files: listed.files,
      nextPageToken: listed.nextPageToken,
      canUpload: this.canUpload(principal, workspace),
      canManage: this.canManage(principal, workspace),
      maxFileBytes: settings.maxFileBytes,
    };
  }

  /**
   * Staff (the partner API's sync): the ready files of a workspace, or of every workspace of the
   * tenant, oldest change first from `updatedSince` on.
   */
  async listByUpdate(
    principal: Principal,
    request: {
      workspaceId: string;
      updatedSince: string;
      page: { pageSize?: number; pageToken?: string } | null | undefined;
    },
  ): Promise<{ files: WorkspaceFile[]; nextPageToken: string }> {
    if (principal.kind === 'client') throw DomainError.notFound('Workspace', request.workspaceId);
    assertPermission(principal, 'workspaces.view');
    const workspaceId = request.workspaceId.trim();
    if (workspaceId) await this.access(principal, workspaceId, 'view');
    const page = this.files.readUpdatePage(request.page);
    return this.files.listReadyByUpdate(
      principal.tenantId,
      workspaceId,
      readInstant(request.updatedSince, 'updatedSince'),
      page,
    );
  }

  /** `validSeconds` 1..900 (0: the default, 15 minutes): the partner API hands out 5-minute links. */
  async downloadUrl(principal: Principal, workspaceId: string, fileId: string, validSeconds = 0) {
    if (!Number.isInteger(validSeconds) || validSeconds < 0 || validSeconds > PRESIGNED_URL_SECONDS)
      throw DomainError.invalid('The link cannot be valid that long', [
        {
          field: 'validSeconds',
          code: 'invalid_value',
          message: `Between 1 and ${PRESIGNED_URL_SECONDS} seconds (0: ${PRESIGNED_URL_SECONDS})`,
        },
      ]);
    const seconds = validSeconds || PRESIGNED_URL_SECONDS;
    if (!workspaceId.trim() && principal.kind !== 'client') {
      // Staff asking by the file's id alone: its workspace is the file's.
      const found = await this.files.findInTenant(principal.tenantId, fileId.trim());
      if (!found) throw DomainError.notFound('File', fileId);
      workspaceId = found.workspaceId;
    }
    const workspace = await this.access(principal, workspaceId, 'view');
    const file = await this.visibleFile(principal, workspace, fileId);
    const url = await this.objects.presignDownload(file.objectKey, {
      filename: file.name,
      contentType: file.contentType,
      seconds,
    });
    return { url, expiresAt: new Date(Date.now() + seconds * 1000) };
  }

  /** The newest files shared with the caller across the workspaces they may see (the client home). */
  async recentlyShared(
    principal: Principal,
    limit: number,
  ): Promise<{ file: WorkspaceFile; workspaceName: string }[]> {
    const count = limit <= 0 ? 10 : Math.min(limit, 100);
    let workspaceIds: string[] | undefined;
    const names = new Map<string, string>();
    if (principal.kind === 'client') {
      if (!principal.clientId) return [];
      const mine = await this.workspaces.list(principal.tenantId, {
        clientId: principal.clientId,
        ids: principal.workspaceIds,
      });
      const seen = mine.filter(
        (workspace) =>
          moduleOn(workspace, 'files') &&
          !workspace.archivedAt &&
          (workspaceRights(principal, workspace) ?? []).includes('view'),
      );
      for (const workspace of seen) names.set(workspace.id, workspace.name);
      workspaceIds = seen.map((workspace) => workspace.id);
      if (workspaceIds.length === 0) return [];
    } else assertPermission(principal, 'workspaces.view');
    const files = await this.files.recentlyShared(
      principal.tenantId,
      workspaceIds,
      principal.kind === 'client',
      count,
    );
    for (const file of files)
      if (!names.has(file.workspaceId))
        names.set(
          file.workspaceId,
          (await this.workspaces.find(principal.tenantId, file.workspaceId))?.name ?? '',
        );
    return files.map((file) => ({ file, workspaceName: names.get(file.workspaceId) ?? '' }));
  }

  /** Whether a client user has something in the Files tab: a shared file, or the right to upload. */
  async hasSomethingFor(principal: Principal, workspace: Workspace): Promise<boolean> {
    if ((workspaceRights(principal, workspace) ?? []).includes('upload')) return true;
    return (await this.files.recentlyShared(workspace.tenantId, [workspace.id], true, 1)).length > 0;
  }

  // ------------------------------------------------------------------------------------------ uploads

  async requestUpload(
    principal: Principal,
    request: {
      workspaceId: string;
      folderId: string;
      name: string;
      sizeBytes: number;
      clientVisible: boolean;
    },
  ): Promise<{ file: WorkspaceFile; uploadUrl: string; expiresAt: Date }> {
    const workspace = await this.access(principal, request.workspaceId, 'upload');
    await this.pathTo(principal, workspace, request.folderId);
    const settings = await this.settings.get(workspace.tenantId);
    const file = newPendingUpload(
      {
        tenantId: workspace.tenantId,
        workspaceId: workspace.id,
        clientId: workspace.clientId,
        folderId: request.folderId,
        name: request.name,
        sizeBytes: request.sizeBytes,
        // What a client user uploads is for the agency to see and the client to keep seeing.
        clientVisible: principal.kind === 'client' ? true : request.clientVisible,
        uploadedBy: principal.userId,
        uploadedByName: principal.displayName ?? '',
        uploadedByKind: principal.kind === 'client' ? 'client' : 'staff',
      },
      settings.maxFileBytes,
    );
    // A pending record carries no event: nobody hears of a file before its bytes passed the checks.
    if (!(await this.files.insert(file))) throw new Error(`file id ${file.id} already taken`);
    const uploadUrl = await this.objects.presignUpload(file.objectKey, {
      contentType: 'application/octet-stream',
    });
    return { file, uploadUrl, expiresAt: new Date(Date.now() + PRESIGNED_URL_SECONDS * 1000) };
  }

  /**
   * Checks what arrived under the pending upload's key: present, not over the limit, a type the tenant
   * does not block, an extension the bytes agree with. Passing, the file becomes visible
   * (portal.file.shared); failing, the object is deleted, the record marked failed (never listed) and
   * the caller told the rule. Completing a file that is already ready answers it unchanged.
   */
  async completeUpload(principal: Principal, workspaceId: string, fileId: string): Promise<WorkspaceFile> {
    const workspace = await this.access(principal, workspaceId, 'upload');
    const file = await this.files.find(workspace.tenantId, workspace.id, fileId);
    // Only the uploader completes their upload; anyone else is told it does not exist.
    if (!file || file.uploadedBy !== principal.userId || file.status === 'deleted')
      throw DomainError.notFound('File', fileId);
    if (file.status === 'ready') return file;
    if (file.status === 'failed')
      throw DomainError.precondition(`This upload was refused: ${file.failure}`, 'file.upload_failed');
    const stored = await this.objects.head(file.objectKey);
    if (!stored)
      throw DomainError.precondition(
        'The file has not arrived yet: upload its bytes, then complete the upload',
        'file.not_uploaded',
      );
    const settings = await this.settings.get(workspace.tenantId);
    if (stored.size > settings.maxFileBytes)
      return this.refuse(
        file,
        `The file is larger than this portal's limit of ${formatBytes(settings.maxFileBytes)}`,
        'too_big',
        'file.too_big',
      );
    const sniffed = sniffContentType(await this.objects.readStart(file.objectKey, SNIFF_BYTES));
    if (settings.blockedFileTypes.includes(sniffed.mime))
      return this.refuse(
        file,
        `Files of type ${sniffed.mime} are not accepted in this portal`,
        'blocked_type',
        'file.blocked_type',
      );
    if (!nameMatchesType(file.name, sniffed))
      return this.refuse(
        file,
        `The file's content (${sniffed.mime}) does not match its extension ".${extensionOf(file.name)}"`,
        'type_mismatch',
        'file.type_mismatch',
      );
    const ready: WorkspaceFile = {
      ...file,
      status: 'ready',
      sizeBytes: stored.size,
      contentType: sniffed.mime,
      sharedAt: new Date(),
      version: file.version + 1,
    };
    const saved = await this.files.replace(
      ready,
      file.version,
      this.outbox.entry({
        type: 'portal.file.shared',
        tenantId: ready.tenantId,
        subject: ready.id,
        data: { ...this.fileEventData(principal, ready, ready.clientVisible) },
      }),
    );
    if (!saved) {
      // Two completions raced: the other one decided.
      const current = await this.files.find(workspace.tenantId, workspace.id, fileId);
      if (current?.status === 'ready') return current;
      throw changedMeanwhile();
    }
    return ready;
  }

  private async refuse(file: WorkspaceFile, message: string, code: string, reason: string): Promise<never> {
    await this.objects.delete(file.objectKey);
    await this.files.replace(
      { ...file, status: 'failed', failure: message, version: file.version + 1 },
      file.version,
    );
    throw DomainError.invalid(message, [{ field: 'file', code, message }], reason);
  }

  /**
   * Abandoned uploads (requested more than a day before `now` and never completed): their bytes, if any
   * arrived, are deleted and their records marked failed. Idempotent, safe on several replicas at once.
   */
  async sweepAbandonedUploads(now = new Date()): Promise<number> {
    const stale = await this.files.stalePending(new Date(now.getTime() - PENDING_UPLOAD_TTL_MS), 100);
    let swept = 0;
    for (const file of stale) {
      await this.objects.delete(file.objectKey);
      const marked = await this.files.replace(
        { ...file, status: 'failed', failure: 'The upload was never completed', version: file.version + 1 },
        file.version,
      );
      if (marked) swept += 1;
    }
    if (swept > 0) this.logger?.info({ swept }, 'abandoned uploads swept');
    return swept;
  }

  // ----------------------------------------------------------------------------------------- managing

  async rename(
    principal: Principal,
    workspaceId: string,
    fileId: string,
    name: string,
  ): Promise<WorkspaceFile> {
    const newName = validName(name);
    return this.change(principal, workspaceId, fileId, 'renamed', (file) => ({ ...file, name: newName }));
  }

  async move(
    principal: Principal,
    workspaceId: string,
    fileId: string,
    folderId: string,
  ): Promise<WorkspaceFile> {
    const workspace = await this.access(principal, workspaceId, 'manage');
    await this.pathTo(principal, workspace, folderId);
    return this.change(principal, workspaceId, fileId, 'moved', (file) => ({ ...file, folderId }));
  }

  async setVisibility(
    principal: Principal,
    workspaceId: string,
    fileId: string,
    clientVisible: boolean,
  ): Promise<WorkspaceFile> {
    return this.change(principal, workspaceId, fileId, clientVisible ? 'shared' : 'hidden', (file) => ({
      ...file,
      clientVisible,
    }));
  }

  private async change(
    principal: Principal,
    workspaceId: string,
    fileId: string,
    change: 'renamed' | 'moved' | 'shared' | 'hidden',
    apply: (file: WorkspaceFile) => WorkspaceFile,
  ): Promise<WorkspaceFile> {
    const workspace = await this.access(principal, workspaceId, 'manage');
    const file = await this.visibleFile(principal, workspace, fileId);
    const next = { ...apply(file), version: file.version + 1 };
    const saved = await this.files.replace(
      next,
      file.version,
      this.outbox.entry({
        type: 'portal.file.updated',
        tenantId: next.tenantId,
        subject: next.id,
        // The client is told when the file was theirs to see before or is now (it appears or leaves).
        data: { ...this.fileEventData(principal, next, file.clientVisible || next.clientVisible), change },
      }),
    );
    if (!saved) throw changedMeanwhile();
    return next;
  }

  /** Removes the file from the workspace, then its bytes. */
  async delete(principal: Principal, workspaceId: string, fileId: string): Promise<void> {
    const workspace = await this.access(principal, workspaceId, 'manage');
    const file = await this.visibleFile(principal, workspace, fileId);
    const saved = await this.files.replace(
      { ...file, status: 'deleted', version: file.version + 1 },
      file.version,
      this.outbox.entry({
        type: 'portal.file.deleted',
        tenantId: file.tenantId,
        subject: file.id,
        data: this.fileEventData(principal, file, file.clientVisible),
      }),
    );
    if (!saved) throw changedMeanwhile();
    await this.objects.delete(file.objectKey);
  }

  private fileEventData(principal: Principal, file: WorkspaceFile, clientVisible: boolean) {
    return {
      workspaceId: file.workspaceId,
      clientId: file.clientId,
      clientVisible,
      actorName: principal.displayName ?? '',
      title: file.name,
      fileId: file.id,
      folderId: file.folderId,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
      actorKind: principal.kind === 'client' ? ('client' as const) : ('staff' as const),
      actorUserId: principal.userId,
    };
  }

  // ------------------------------------------------------------------------------------------ folders

  async createFolder(
    principal: Principal,
    request: { workspaceId: string; parentId: string; name: string; clientVisible: boolean },
  ): Promise<Folder> {
    const workspace = await this.access(principal, request.workspaceId, 'manage');
    const path = await this.pathTo(principal, workspace, request.parentId);
    if (path.length >= MAX_FOLDER_DEPTH)
      throw DomainError.invalid(`Folders nest at most ${MAX_FOLDER_DEPTH} deep`, [
        { field: 'parentId', code: 'too_deep', message: `Folders nest at most ${MAX_FOLDER_DEPTH} deep` },
      ]);
    const folder = newFolder(
      {
        tenantId: workspace.tenantId,
        workspaceId: workspace.id,
        clientId: workspace.clientId,
        parentId: request.parentId,
        name: request.name,
      },
      request.clientVisible,
      principal.userId,
    );
    await this.folders.insert(folder, this.folderEvent(principal, 'portal.folder.created', folder));
    return folder;
  }

  async renameFolder(
    principal: Principal,
    workspaceId: string,
    folderId: string,
    name: string,
  ): Promise<Folder> {
    const newName = validName(name);
    const workspace = await this.access(principal, workspaceId, 'manage');
    const folder = await this.folders.find(workspace.tenantId, workspace.id, folderId);
    if (!folder) throw DomainError.notFound('Folder', folderId);
    const renamed = { ...folder, name: newName, version: folder.version + 1 };
    if (
      !(await this.folders.replace(
        renamed,
        folder.version,
        this.folderEvent(principal, 'portal.folder.renamed', renamed),
      ))
    )
      throw changedMeanwhile();
    return renamed;
  }

  /** An empty folder only: deleting a folder never deletes files with it. */
  async deleteFolder(principal: Principal, workspaceId: string, folderId: string): Promise<void> {
    const workspace = await this.access(principal, workspaceId, 'manage');
    const folder = await this.folders.find(workspace.tenantId, workspace.id, folderId);
    if (!folder) throw DomainError.notFound('Folder', folderId);
    const [holdsFiles, children] = await Promise.all([
      this.files.folderHoldsFiles(workspace.tenantId, workspace.id, folderId),
      this.folders.children(workspace.tenantId, workspace.id, folderId, false),
    ]);
    if (holdsFiles || children.length > 0)
      throw DomainError.precondition(
        'The folder is not empty: move or delete what it holds first',
        'folder.not_empty',
      );
    const deleted = { ...folder, deleted: true, version: folder.version + 1 };
    if (
      !(await this.folders.replace(
        deleted,
        folder.version,
        this.folderEvent(principal, 'portal.folder.deleted', folder),
      ))
    )
      throw changedMeanwhile();
  }

  private folderEvent(
    principal: Principal,
    type: 'portal.folder.created' | 'portal.folder.renamed' | 'portal.folder.deleted',
    folder: Folder,
  ) {
    return this.outbox.entry({
      type,
      tenantId: folder.tenantId,
      subject: folder.id,
      data: {
        workspaceId: folder.workspaceId,
        clientId: folder.clientId,
        clientVisible: folder.clientVisible,
        actorName: principal.displayName ?? '',
        title: folder.name,
        folderId: folder.id,
        parentId: folder.parentId,
      },
    });
  }
}
