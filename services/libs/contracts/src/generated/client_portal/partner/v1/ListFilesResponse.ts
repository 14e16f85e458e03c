// Original file: proto/partner/v1/files.proto

import type { File as _client_portal_partner_v1_File, File__Output as _client_portal_partner_v1_File__Output } from '../../../client_portal/partner/v1/File.js';

export interface ListFilesResponse {
  'files'?: (_client_portal_partner_v1_File)[];
  'nextPageToken'?: (string);
}

export interface ListFilesResponse__Output {
  'files': (_client_portal_partner_v1_File__Output)[];
  'nextPageToken': (string);
}
