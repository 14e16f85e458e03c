import { requirePrincipal, type Principal } from '@client-portal/kit';
import type { FileView, FolderView, HandlersOf } from '@client-portal/contracts';
import type { FileService } from '../application/file.service.js';
import type { Folder, WorkspaceFile } from '../domain/workspace-file.js';

export function toFileView(file: WorkspaceFile): FileView {
  return {
    id: file.id,
    workspaceId: file.workspaceId,
    folderId: file.folderId,
    name: file.name,
    contentType: file.contentType,
    sizeBytes: String(file.sizeBytes),
    clientVisible: file.clientVisible,
    uploadedByName: file.uploadedByName,
    uploadedByKind: file.uploadedByKind,
    uploadedAt: (file.sharedAt ?? file.requestedAt).toISOString(),
    updatedAt: file.updatedAt.toISOString(),
  };
}

/** A client user sees only client-visible folders, and is not told the flag (staff configuration). */
export function toFolderView(folder: Folder, principal: Principal): FolderView {
  return {
    id: folder.id,
    workspaceId: folder.workspaceId,
    parentId: folder.parentId,
    name: folder.name,
    clientVisible: principal.kind === 'client' ? false : folder.clientVisible,
    createdAt: folder.createdAt.toISOString(),
  };
}

export function fileHandlers(files: FileService): HandlersOf<'files'> {
  return {
    ListRecentlyShared: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const recent = await files.recentlyShared(principal, request.limit);
      return {
        files: recent.map(({ file, workspaceName }) => ({
          id: file.id,
          workspaceId: file.workspaceId,
          workspaceName,
          name: file.name,
          contentType: file.contentType,
          sizeBytes: String(file.sizeBytes),
          sharedAt: (file.sharedAt ?? file.requestedAt).toISOString(),
        })),
      };
    },
    ListFiles: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const listed = await files.list(principal, request);
      return {
        path: listed.path.map((folder) => toFolderView(folder, principal)),
        folders: listed.folders.map((folder) => toFolderView(folder, principal)),
        files: listed.files.map(toFileView),
        page: { nextPageToken: listed.nextPageToken, totalSize: 0 },
        canUpload: listed.canUpload,
        canManage: listed.canManage,
        maxFileBytes: String(listed.maxFileBytes),
      };
    },
    ListFilesByUpdate: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const listed = await files.listByUpdate(principal, request);
      return {
        files: listed.files.map(toFileView),
        page: { nextPageToken: listed.nextPageToken, totalSize: 0 },
      };
    },
    CreateFolder: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toFolderView(await files.createFolder(principal, request), principal);
    },
    RenameFolder: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toFolderView(
        await files.renameFolder(principal, request.workspaceId, request.folderId, request.name),
        principal,
      );
    },
    DeleteFolder: async (request, call) => {
      await files.deleteFolder(requirePrincipal(call.metadata), request.workspaceId, request.folderId);
      return {};
    },
    RequestUpload: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const answer = await files.requestUpload(principal, {
        ...request,
        sizeBytes: Number(request.sizeBytes),
      });
      return {
        file: toFileView(answer.file),
        uploadUrl: answer.uploadUrl,
        expiresAt: answer.expiresAt.toISOString(),
      };
    },
    CompleteUpload: async (request, call) =>
      toFileView(
        await files.completeUpload(requirePrincipal(call.metadata), request.workspaceId, request.fileId),
      ),
    GetDownloadUrl: async (request, call) => {
      const answer = await files.downloadUrl(
        requirePrincipal(call.metadata),
        request.workspaceId,
        request.fileId,
        request.validSeconds,
      );
      return { url: answer.url, expiresAt: answer.expiresAt.toISOString() };
    },
    RenameFile: async (request, call) =>
      toFileView(
        await files.rename(
          requirePrincipal(call.metadata),
          request.workspaceId,
          request.fileId,
          request.name,
        ),
      ),
    MoveFile: async (request, call) =>
      toFileView(
        await files.move(
          requirePrincipal(call.metadata),
          request.workspaceId,
          request.fileId,
          request.folderId,
        ),
      ),
    SetFileVisibility: async (request, call) =>
      toFileView(
        await files.setVisibility(
          requirePrincipal(call.metadata),
          request.workspaceId,
          request.fileId,
          request.clientVisible,
        ),
      ),
    DeleteFile: async (request, call) => {
      await files.delete(requirePrincipal(call.metadata), request.workspaceId, request.fileId);
      return {};
    },
  };
}
