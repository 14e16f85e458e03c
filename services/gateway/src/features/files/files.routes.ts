import { z } from 'zod';
import { DomainError, FIELD_LIMITS } from '@client-portal/kit';
import { defineRoute, named } from '../../http/route.js';
import { idParams, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

const bytesSchema = z
  .string()
  .regex(/^\d+$/)
  .meta({ description: 'A size in bytes (int64 as a decimal string)' });

export const fileSchema = named(
  'WorkspaceFile',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    folderId: z.string().meta({ description: "'' at the top of the workspace" }),
    name: z.string(),
    contentType: z.string().meta({ description: 'Sniffed from the bytes, never taken from the name' }),
    sizeBytes: bytesSchema,
    clientVisible: z
      .boolean()
      .meta({ description: 'Shared with the client (always true in a client’s answer)' }),
    uploadedByName: z.string(),
    uploadedByKind: z.string().meta({ description: 'staff or client' }),
    uploadedAt: z.string(),
  }),
  'A file of a workspace',
);

export const folderSchema = named(
  'WorkspaceFolder',
  z.object({
    id: z.string(),
    workspaceId: z.string(),
    parentId: z.string(),
    name: z.string(),
    clientVisible: z
      .boolean()
      .meta({ description: 'Staff only; false in a client’s answer (they see shared folders only)' }),
    createdAt: z.string(),
  }),
);

const fileParams = z.object({ workspaceId: z.string().min(1), fileId: z.string().min(1) });
const folderParams = z.object({ workspaceId: z.string().min(1), folderId: z.string().min(1) });

/** Workspace files and folders (portal's FileService); uploads and downloads go straight to S3. */
export const filesRoutes = [
  defineRoute({
    method: 'get',
    path: '/workspaces/:workspaceId/files',
    access: 'staff-or-client',
    clientRight: 'view',
    summary: 'One folder of a workspace: its path, sub-folders and files (a page, newest first)',
    tags: ['files'],
    params: idParams('workspaceId'),
    query: pageQuerySchema.extend({
      folderId: z.string().optional().meta({ description: 'Empty or absent: the top of the workspace' }),
    }),
    response: named(
      'FileListing',
      z.object({
        path: z.array(folderSchema),
        folders: z.array(folderSchema),
        files: z.array(fileSchema),
        page: pageInfoSchema,
        canUpload: z.boolean(),
        canManage: z.boolean(),
        maxFileBytes: bytesSchema,
      }),
    ),
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.files.listFiles(
        { workspaceId: params.workspaceId, folderId: query.folderId ?? '', page: pageOf(query) },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/workspaces/:workspaceId/files/uploads',
    access: 'staff-or-client',
    clientRight: 'upload',
    summary:
      'Start an upload: a pending file and the presigned URL to PUT its bytes to (Content-Type: application/octet-stream); over the size limit refused here',
    tags: ['files'],
    status: 201,
    params: idParams('workspaceId'),
    body: z.object({
      folderId: z.string().default(''),
      name: z.string().meta({ maxLength: FIELD_LIMITS.portal.fileName }),
      sizeBytes: z.number().int().meta({ description: 'The size the browser is about to send' }),
      clientVisible: z
        .boolean()
        .default(false)
        .meta({ description: 'Staff choose; a client’s upload is always shared' }),
    }),
    response: named(
      'UploadStarted',
      z.object({ file: fileSchema, uploadUrl: z.string(), expiresAt: z.string() }),
    ),
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.files.requestUpload({ workspaceId: params.workspaceId, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/workspaces/:workspaceId/files/:fileId/complete',
    access: 'staff-or-client',
    clientRight: 'upload',
    summary:
      'Finish an upload: the stored bytes are checked (size, sniffed type, blocked types, extension) and the file appears, or is refused naming the rule',
    tags: ['files'],
    params: fileParams,
    body: z.object({}),
    response: fileSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.files.completeUpload(params, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/workspaces/:workspaceId/files/:fileId/download-url',
    access: 'staff-or-client',
    clientRight: 'view',
    summary: 'A short-lived URL that downloads the file under its name',
    tags: ['files'],
    params: fileParams,
    response: named('DownloadUrl', z.object({ url: z.string(), expiresAt: z.string() })),
    handler: ({ params, onBehalf }, { backends }) => backends.files.getDownloadUrl(params, onBehalf),
  }),
  defineRoute({
    method: 'patch',
    path: '/workspaces/:workspaceId/files/:fileId',
    access: { permission: 'workspaces.share' },
    summary: 'Rename a file, move it to another folder, or share it with / hide it from the client',
    tags: ['files'],
    params: fileParams,
    body: z.object({
      name: z.string().meta({ maxLength: FIELD_LIMITS.portal.fileName }).optional(),
      folderId: z.string().optional().meta({ description: "'' moves it to the top" }),
      clientVisible: z.boolean().optional(),
    }),
    response: fileSchema,
    handler: async ({ params, body, onBehalf }, { backends }) => {
      if (body.name === undefined && body.folderId === undefined && body.clientVisible === undefined)
        throw DomainError.invalid('Say what to change: name, folderId or clientVisible', [
          { field: 'name', code: 'required', message: 'Say what to change' },
        ]);
      // One change after the other: each is its own event (renamed, moved, shared/hidden).
      let file;
      if (body.name !== undefined)
        file = await backends.files.renameFile({ ...params, name: body.name }, onBehalf);
      if (body.folderId !== undefined)
        file = await backends.files.moveFile({ ...params, folderId: body.folderId }, onBehalf);
      if (body.clientVisible !== undefined)
        file = await backends.files.setFileVisibility(
          { ...params, clientVisible: body.clientVisible },
          onBehalf,
        );
      return file ?? null;
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/workspaces/:workspaceId/files/:fileId',
    access: { permission: 'workspaces.share' },
    summary: 'Delete a file and its stored bytes',
    tags: ['files'],
    params: fileParams,
    response: named('FileDeleted', z.object({ deleted: z.literal(true) })),
    handler: async ({ params, onBehalf }, { backends }) => {
      await backends.files.deleteFile(params, onBehalf);
      return { deleted: true as const };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/workspaces/:workspaceId/folders',
    access: { permission: 'workspaces.share' },
    summary: 'Create a folder',
    tags: ['files'],
    status: 201,
    params: idParams('workspaceId'),
    body: z.object({
      parentId: z.string().default(''),
      name: z.string().meta({ maxLength: FIELD_LIMITS.portal.fileName }),
      clientVisible: z.boolean().default(true),
    }),
    response: folderSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.files.createFolder({ workspaceId: params.workspaceId, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'patch',
    path: '/workspaces/:workspaceId/folders/:folderId',
    access: { permission: 'workspaces.share' },
    summary: 'Rename a folder',
    tags: ['files'],
    params: folderParams,
    body: z.object({ name: z.string().meta({ maxLength: FIELD_LIMITS.portal.fileName }) }),
    response: folderSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.files.renameFolder({ ...params, name: body.name }, onBehalf),
  }),
  defineRoute({
    method: 'delete',
    path: '/workspaces/:workspaceId/folders/:folderId',
    access: { permission: 'workspaces.share' },
    summary: 'Delete an empty folder',
    tags: ['files'],
    params: folderParams,
    response: named('FolderDeleted', z.object({ deleted: z.literal(true) })),
    handler: async ({ params, onBehalf }, { backends }) => {
      await backends.files.deleteFolder(params, onBehalf);
      return { deleted: true as const };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/files/recently-shared',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'Files shared most recently across the workspaces I may see (client users: shared files only)',
    tags: ['files'],
    query: z.object({ limit: z.coerce.number().int().positive().max(100).optional() }),
    response: named(
      'RecentlySharedFiles',
      z.object({
        files: z.array(
          named(
            'FileSummary',
            z.object({
              id: z.string(),
              workspaceId: z.string(),
              workspaceName: z.string(),
              name: z.string(),
              contentType: z.string(),
              sizeBytes: bytesSchema,
              sharedAt: z.string(),
            }),
          ),
        ),
      }),
    ),
    handler: ({ query, onBehalf }, { backends }) =>
      backends.files.listRecentlyShared({ limit: query.limit ?? 10 }, onBehalf),
  }),
];
