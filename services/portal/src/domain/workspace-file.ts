import { randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';

/**
 * A file shared in a workspace (issue 10). Its bytes live in the object store under `objectKey`; the
 * record exists from the moment an upload is requested, but only a `ready` file is ever listed: a
 * `pending` one waits for its bytes and its checks, a `failed` one was refused (its object deleted), a
 * `deleted` one is a tombstone carrying its deletion event.
 */
export type FileStatus = 'pending' | 'ready' | 'failed' | 'deleted';

export interface WorkspaceFile {
  id: string;
  tenantId: string;
  workspaceId: string;
  clientId: string;
  /** '' at the top of the workspace. */
  folderId: string;
  name: string;
  /** The size announced before the upload, then the stored object's. */
  sizeBytes: number;
  /** Sniffed from the stored bytes ('' while pending). */
  contentType: string;
  status: FileStatus;
  /** Why a failed upload was refused (the rule), for the uploader's screen and the logs. */
  failure: string;
  clientVisible: boolean;
  uploadedBy: string;
  uploadedByName: string;
  uploadedByKind: 'staff' | 'client';
  objectKey: string;
  requestedAt: Date;
  /** When it became visible (the upload completed and passed the checks). */
  sharedAt: Date | null;
  /**
   * The last change (upload requested or completed, renamed, moved, shared, hidden, deleted): the
   * partner API syncs files by it. The repository sets it on every write.
   */
  updatedAt: Date;
  version: number;
}

export interface Folder {
  id: string;
  tenantId: string;
  workspaceId: string;
  clientId: string;
  parentId: string;
  name: string;
  clientVisible: boolean;
  createdBy: string;
  createdAt: Date;
  /** A deleted folder stays as a tombstone carrying its deletion event until the relay published it. */
  deleted: boolean;
  version: number;
}

export const MAX_NAME_LENGTH = FIELD_LIMITS.portal.fileName;
/** A pending upload older than this is abandoned: its record and any bytes that arrived are removed. */
export const PENDING_UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * A file or folder name, trimmed, or the violation: not empty, at most 255 characters, no path
 * separator or control character (names travel into Content-Disposition and onto users' disks).
 */
export function checkName(raw: string, field = 'name'): { name: string } | { violation: FieldViolation } {
  const name = raw.trim();
  if (!name) return { violation: { field, code: 'required', message: 'A name is required' } };
  if (name.length > MAX_NAME_LENGTH)
    return {
      violation: { field, code: 'too_long', message: `A name is at most ${MAX_NAME_LENGTH} characters` },
    };
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f\u007f]/.test(name) || name === '.' || name === '..')
    return {
      violation: {
        field,
        code: 'invalid_format',
        message: 'A name cannot contain / or \\ or control characters',
      },
    };
  return { name };
}

export function validName(raw: string, field = 'name'): string {
  const checked = checkName(raw, field);
  if ('violation' in checked)
    throw DomainError.invalid(checked.violation.message, [checked.violation], checked.violation.code);
  return checked.name;
}

/** Where a file's bytes are stored: chosen by the service, never by a browser. */
export function objectKeyOf(tenantId: string, fileId: string): string {
  return `${tenantId}/files/${fileId}`;
}

export interface PendingUploadInput {
  tenantId: string;
  workspaceId: string;
  clientId: string;
  folderId: string;
  name: string;
  sizeBytes: number;
  clientVisible: boolean;
  uploadedBy: string;
  uploadedByName: string;
  uploadedByKind: 'staff' | 'client';
}

/**
 * A pending upload, or every violation: the name, and a size that is a whole positive number not over
 * the tenant's limit (refused before a byte is sent, naming the limit).
 */
export function newPendingUpload(
  input: PendingUploadInput,
  maxFileBytes: number,
  now = new Date(),
): WorkspaceFile {
  const violations: FieldViolation[] = [];
  const checked = checkName(input.name);
  if ('violation' in checked) violations.push(checked.violation);
  if (!Number.isSafeInteger(input.sizeBytes) || input.sizeBytes <= 0)
    violations.push({ field: 'sizeBytes', code: 'too_small', message: 'An empty file cannot be uploaded' });
  else if (input.sizeBytes > maxFileBytes)
    violations.push({
      field: 'sizeBytes',
      code: 'too_big',
      message: `The file is larger than this portal's limit of ${formatBytes(maxFileBytes)}`,
    });
  if (violations.length > 0) {
    const tooBig = violations.some((violation) => violation.code === 'too_big');
    throw DomainError.invalid(
      tooBig
        ? `The file is larger than this portal's limit of ${formatBytes(maxFileBytes)}`
        : 'The upload could not start: check the highlighted fields',
      violations,
      tooBig ? 'file.too_big' : undefined,
    );
  }
  const id = randomUUID();
  return {
    id,
    ...input,
    name: 'name' in checked ? checked.name : input.name,
    contentType: '',
    status: 'pending',
    failure: '',
    objectKey: objectKeyOf(input.tenantId, id),
    requestedAt: now,
    sharedAt: null,
    updatedAt: now,
    version: 1,
  };
}

/** 100 MB, 512 KB, 12 B: limits as people read them (binary multiples, as file managers show). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
  return `${rounded} ${units[unit]}`;
}

export function newFolder(
  input: { tenantId: string; workspaceId: string; clientId: string; parentId: string; name: string },
  clientVisible: boolean,
  createdBy: string,
  now = new Date(),
): Folder {
  return {
    id: randomUUID(),
    ...input,
    name: validName(input.name),
    clientVisible,
    createdBy,
    createdAt: now,
    deleted: false,
    version: 1,
  };
}
