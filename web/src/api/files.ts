import { getJson, postJson, request } from './http';
import type { Schemas } from './schema';

export type WorkspaceFile = Schemas['WorkspaceFile'];
export type WorkspaceFolder = Schemas['WorkspaceFolder'];
export type FileListing = Schemas['FileListing'];
export type UploadStarted = Schemas['UploadStarted'];

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;
const filePath = (workspaceId: string, fileId: string) =>
  `${base(workspaceId)}/files/${encodeURIComponent(fileId)}`;

export function listFiles(
  workspaceId: string,
  folderId: string,
  pageToken = '',
  signal?: AbortSignal,
): Promise<FileListing> {
  return getJson<FileListing>(`${base(workspaceId)}/files`, {
    query: { folderId, pageToken: pageToken || undefined },
    signal,
  });
}

export function startUpload(
  workspaceId: string,
  input: { folderId: string; name: string; sizeBytes: number; clientVisible: boolean },
): Promise<UploadStarted> {
  return postJson<UploadStarted>(`${base(workspaceId)}/files/uploads`, input);
}

export function completeUpload(workspaceId: string, fileId: string): Promise<WorkspaceFile> {
  return postJson<WorkspaceFile>(`${filePath(workspaceId, fileId)}/complete`, {});
}

export function downloadUrl(workspaceId: string, fileId: string): Promise<Schemas['DownloadUrl']> {
  return getJson<Schemas['DownloadUrl']>(`${filePath(workspaceId, fileId)}/download-url`);
}

export function updateFile(
  workspaceId: string,
  fileId: string,
  changes: { name?: string; folderId?: string; clientVisible?: boolean },
): Promise<WorkspaceFile> {
  return request<WorkspaceFile>(filePath(workspaceId, fileId), { method: 'PATCH', body: changes });
}

export async function deleteFile(workspaceId: string, fileId: string): Promise<void> {
  await request(filePath(workspaceId, fileId), { method: 'DELETE' });
}

export function createFolder(
  workspaceId: string,
  input: { parentId: string; name: string; clientVisible: boolean },
): Promise<WorkspaceFolder> {
  return postJson<WorkspaceFolder>(`${base(workspaceId)}/folders`, input);
}

export function renameFolder(workspaceId: string, folderId: string, name: string): Promise<WorkspaceFolder> {
  return request<WorkspaceFolder>(`${base(workspaceId)}/folders/${encodeURIComponent(folderId)}`, {
    method: 'PATCH',
    body: { name },
  });
}

export async function deleteFolder(workspaceId: string, folderId: string): Promise<void> {
  await request(`${base(workspaceId)}/folders/${encodeURIComponent(folderId)}`, { method: 'DELETE' });
}

/** The bytes never reach the API: an upload goes straight to the object store's presigned URL. */
export class UploadTransferError extends Error {
  constructor(readonly status: number) {
    super(`The storage answered ${status}`);
  }
}

/**
 * PUTs a file to a presigned URL with XMLHttpRequest, the one browser API that reports upload
 * progress (fetch does not). The content type must be the one the URL was signed for.
 */
export function putToPresignedUrl(
  url: string,
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve();
      else reject(new UploadTransferError(xhr.status));
    };
    xhr.onerror = () => {
      reject(new UploadTransferError(0));
    };
    xhr.send(file);
  });
}

/** 100 MB, 512 KB, 12 B (binary multiples, as the server words its limit). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
  return `${rounded} ${units[unit] ?? 'B'}`;
}
