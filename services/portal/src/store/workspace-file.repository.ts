import { Schema, type Connection } from 'mongoose';
import {
  fromStored,
  insertWithEvents,
  Keyset,
  MongoStore,
  outboxPlugin,
  withOutbox,
  type OutboxEntry,
  type Page,
  type Stored,
} from '@client-portal/kit';
import type { Folder, WorkspaceFile } from '../domain/workspace-file.js';

type FileDocument = Stored<WorkspaceFile>;
type FolderDocument = Stored<Folder>;

/** A folder's files, newest first. */
const FILES_KEYSET = new Keyset('workspace-files', { sharedAt: -1, _id: -1 });
/** The partner API's sync order: oldest change first. */
const FILES_BY_UPDATE = new Keyset('workspace-files.updated', { updatedAt: 1, _id: 1 });

const fileSchema = new Schema<FileDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    workspaceId: { type: String, required: true },
    clientId: { type: String, required: true },
    folderId: { type: String, default: '' },
    name: { type: String, required: true },
    sizeBytes: { type: Number, required: true },
    contentType: { type: String, default: '' },
    status: { type: String, required: true },
    failure: { type: String, default: '' },
    clientVisible: { type: Boolean, required: true },
    uploadedBy: { type: String, required: true },
    uploadedByName: { type: String, default: '' },
    uploadedByKind: { type: String, required: true },
    objectKey: { type: String, required: true },
    requestedAt: { type: Date, required: true },
    sharedAt: { type: Date, default: null },
    // Absent on files stored before the partner API until start-up backfills it (backfillUpdatedAt).
    updatedAt: { type: Date },
    version: { type: Number, required: true },
  },
  { versionKey: false },
);
fileSchema.index(FILES_KEYSET.index({ tenantId: 1, workspaceId: 1, folderId: 1, status: 1 }));
// The client home's "recently shared" and the sweep of abandoned uploads.
fileSchema.index({ tenantId: 1, status: 1, sharedAt: -1 });
fileSchema.index({ status: 1, requestedAt: 1 });
fileSchema.index(FILES_BY_UPDATE.index({ tenantId: 1, status: 1 }));
fileSchema.index(FILES_BY_UPDATE.index({ tenantId: 1, workspaceId: 1, status: 1 }));
fileSchema.plugin(outboxPlugin);

const folderSchema = new Schema<FolderDocument>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    workspaceId: { type: String, required: true },
    clientId: { type: String, required: true },
    parentId: { type: String, default: '' },
    name: { type: String, required: true },
    clientVisible: { type: Boolean, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    deleted: { type: Boolean, default: false },
    version: { type: Number, required: true },
  },
  { versionKey: false },
);
folderSchema.index({ tenantId: 1, workspaceId: 1, parentId: 1, deleted: 1, name: 1 });
folderSchema.plugin(outboxPlugin);

export const WORKSPACE_FILES_COLLECTION = 'workspace_files';
export const WORKSPACE_FOLDERS_COLLECTION = 'workspace_folders';

/** The only code that touches workspace files. Every query is scoped by tenant. */
export class WorkspaceFileRepository extends MongoStore<FileDocument> {
  constructor(connection: Connection) {
    super(connection, 'WorkspaceFile', fileSchema, WORKSPACE_FILES_COLLECTION);
  }

  async insert(file: WorkspaceFile, ...events: OutboxEntry[]): Promise<boolean> {
    return insertWithEvents(this.model, file, events);
  }

  async find(tenantId: string, workspaceId: string, id: string): Promise<WorkspaceFile | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId, workspaceId }).lean<FileDocument>();
    return document ? fromStored<WorkspaceFile>(document) : undefined;
  }

  /** A file of the tenant by its id alone (staff asking without the workspace: the partner API). */
  async findInTenant(tenantId: string, id: string): Promise<WorkspaceFile | undefined> {
    const document = await this.model.findOne({ _id: id, tenantId }).lean<FileDocument>();
    return document ? fromStored<WorkspaceFile>(document) : undefined;
  }

  /**
   * Saves the file if nobody changed it since `expectedVersion`; false otherwise. Every save is a change
   * the partner API must sync: it sets `file.updatedAt` to now (on the caller's object too, so what the
   * caller answers is what was stored).
   */
  async replace(file: WorkspaceFile, expectedVersion: number, ...events: OutboxEntry[]): Promise<boolean> {
    file.updatedAt = new Date();
    const { id, tenantId, ...state } = file;
    const result = await this.model.updateOne(
      { _id: id, tenantId, version: expectedVersion },
      withOutbox({ $set: state }, ...events),
    );
    return result.modifiedCount === 1;
  }

  /** One page of a folder's visible files, newest first; `clientVisibleOnly` for client users. */
  async listReady(
    tenantId: string,
    workspaceId: string,
    folderId: string,
    clientVisibleOnly: boolean,
    page: Page,
  ): Promise<{ files: WorkspaceFile[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId, workspaceId, folderId, status: 'ready' };
    if (clientVisibleOnly) query.clientVisible = true;
    const { documents, nextPageToken } = await this.findPage(query, FILES_KEYSET, page);
    return { files: documents.map((document) => fromStored<WorkspaceFile>(document)), nextPageToken };
  }

  readPage(request: { pageSize?: number; pageToken?: string } | null | undefined): Page {
    return FILES_KEYSET.read(request);
  }

  readUpdatePage(request: { pageSize?: number; pageToken?: string } | null | undefined): Page {
    return FILES_BY_UPDATE.read(request);
  }

  /** Ready files of a workspace ('' = every workspace of the tenant), oldest change first. */
  async listReadyByUpdate(
    tenantId: string,
    workspaceId: string,
    updatedSince: Date | undefined,
    page: Page,
  ): Promise<{ files: WorkspaceFile[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId, status: 'ready' };
    if (workspaceId) query.workspaceId = workspaceId;
    if (updatedSince) query.updatedAt = { $gte: updatedSince };
    const { documents, nextPageToken } = await this.findPage(query, FILES_BY_UPDATE, page);
    return { files: documents.map((document) => fromStored<WorkspaceFile>(document)), nextPageToken };
  }

  /**
   * Files stored before the partner API have no `updatedAt`: start-up gives them their last known
   * change (shared, else requested). Idempotent; a no-op once done.
   */
  async backfillUpdatedAt(): Promise<number> {
    const documents = await this.model.find({ updatedAt: { $exists: false } }).lean<FileDocument[]>();
    for (const document of documents)
      await this.model.updateOne(
        { _id: document._id, updatedAt: { $exists: false } },
        { $set: { updatedAt: document.sharedAt ?? document.requestedAt } },
      );
    return documents.length;
  }

  /** The newest visible files of some workspaces (client users: client-visible only). */
  async recentlyShared(
    tenantId: string,
    workspaceIds: string[] | undefined,
    clientVisibleOnly: boolean,
    limit: number,
  ): Promise<WorkspaceFile[]> {
    const query: Record<string, unknown> = { tenantId, status: 'ready' };
    if (workspaceIds) query.workspaceId = { $in: workspaceIds };
    if (clientVisibleOnly) query.clientVisible = true;
    const documents = await this.model
      .find(query)
      .sort({ sharedAt: -1, _id: -1 })
      .limit(limit)
      .lean<FileDocument[]>();
    return documents.map((document) => fromStored<WorkspaceFile>(document));
  }

  /** Whether a folder still holds a file (ready, or an upload in progress). */
  async folderHoldsFiles(tenantId: string, workspaceId: string, folderId: string): Promise<boolean> {
    const found = await this.model
      .findOne({ tenantId, workspaceId, folderId, status: { $in: ['ready', 'pending'] } })
      .lean<FileDocument>();
    return found !== null;
  }

  /** Uploads requested before `before` and never completed (any tenant): the sweeper's work. */
  async stalePending(before: Date, limit: number): Promise<WorkspaceFile[]> {
    const documents = await this.model
      .find({ status: 'pending', requestedAt: { $lt: before } })
      .limit(limit)
      .lean<FileDocument[]>();
    return documents.map((document) => fromStored<WorkspaceFile>(document));
  }
}

/** The only code that touches workspace folders. */
export class FolderRepository extends MongoStore<FolderDocument> {
  constructor(connection: Connection) {
    super(connection, 'WorkspaceFolder', folderSchema, WORKSPACE_FOLDERS_COLLECTION);
  }

  async insert(folder: Folder, ...events: OutboxEntry[]): Promise<boolean> {
    return insertWithEvents(this.model, folder, events);
  }

  async find(tenantId: string, workspaceId: string, id: string): Promise<Folder | undefined> {
    const document = await this.model
      .findOne({ _id: id, tenantId, workspaceId, deleted: false })
      .lean<FolderDocument>();
    return document ? fromStored<Folder>(document) : undefined;
  }

  async replace(folder: Folder, expectedVersion: number, ...events: OutboxEntry[]): Promise<boolean> {
    const { id, tenantId, ...state } = folder;
    const result = await this.model.updateOne(
      { _id: id, tenantId, version: expectedVersion },
      withOutbox({ $set: state }, ...events),
    );
    return result.modifiedCount === 1;
  }

  /** A folder's sub-folders by name (client users: client-visible ones). */
  async children(
    tenantId: string,
    workspaceId: string,
    parentId: string,
    clientVisibleOnly: boolean,
  ): Promise<Folder[]> {
    const query: Record<string, unknown> = { tenantId, workspaceId, parentId, deleted: false };
    if (clientVisibleOnly) query.clientVisible = true;
    const documents = await this.model
      .find(query)
      .sort({ name: 1, _id: 1 })
      .limit(500)
      .lean<FolderDocument[]>();
    return documents.map((document) => fromStored<Folder>(document));
  }
}
