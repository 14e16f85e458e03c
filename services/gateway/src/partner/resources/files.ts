import type { FileView__Output, PartnerApi } from '@client-portal/contracts';
import { on } from '../../http/backends.js';
import { nextPageToken, readListOptions, requireField, type PartnerCall } from '../call.js';
import type { PartnerResource } from '../server.js';

/** How long a partner's download link works. */
export const PARTNER_DOWNLOAD_URL_SECONDS = 5 * 60;

/** The public file, field by field (portal's object key, uploader id and status never leave). */
export function toPartnerFile(file: FileView__Output): PartnerApi.File__Output {
  return {
    id: file.id,
    workspaceId: file.workspaceId,
    folderId: file.folderId,
    name: file.name,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    clientVisible: file.clientVisible,
    uploadedByKind: file.uploadedByKind,
    uploadedByName: file.uploadedByName,
    createdAt: file.uploadedAt,
    updatedAt: file.updatedAt,
  };
}

/** FileService of the partner API: the workspaces' ready files in the sync order, and download links. */
export const filesResource: PartnerResource = {
  service: 'FileService',
  methods: (backends) => ({
    ListFiles: {
      scope: 'files:read',
      handle: async (
        request: PartnerApi.ListFilesRequest__Output,
        call: PartnerCall,
      ): Promise<PartnerApi.ListFilesResponse__Output> => {
        const filters = { workspaceId: request.workspaceId.trim() };
        const window = readListOptions(request.options, 'ListFiles', filters);
        const internal = await backends.files.listFilesByUpdate(
          {
            workspaceId: filters.workspaceId,
            updatedSince: window.updatedSince,
            page: { pageSize: window.pageSize, pageToken: window.innerToken },
          },
          on(call.principal),
        );
        return {
          files: internal.files.map(toPartnerFile),
          nextPageToken: nextPageToken(internal.page?.nextPageToken, 'ListFiles', filters, window),
        };
      },
    },
    GetFileDownloadUrl: {
      scope: 'files:read',
      handle: async (
        request: PartnerApi.GetFileDownloadUrlRequest__Output,
        call: PartnerCall,
      ): Promise<PartnerApi.FileDownloadUrl__Output> => {
        const id = requireField(request.id, 'id');
        // Portal finds the file's workspace by its id (staff), checks it is ready and presigns the GET.
        const link = await backends.files.getDownloadUrl(
          { workspaceId: '', fileId: id, validSeconds: PARTNER_DOWNLOAD_URL_SECONDS },
          on(call.principal),
        );
        return { url: link.url, expiresAt: link.expiresAt };
      },
    },
  }),
};
