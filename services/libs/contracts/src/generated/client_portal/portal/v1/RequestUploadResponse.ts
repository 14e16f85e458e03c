// Original file: proto/portal/v1/files.proto

import type { FileView as _client_portal_portal_v1_FileView, FileView__Output as _client_portal_portal_v1_FileView__Output } from '../../../client_portal/portal/v1/FileView.js';

export interface RequestUploadResponse {
  'file'?: (_client_portal_portal_v1_FileView | null);
  /**
   * PUT the bytes here with the header Content-Type: application/octet-stream, before expires_at.
   */
  'uploadUrl'?: (string);
  'expiresAt'?: (string);
}

export interface RequestUploadResponse__Output {
  'file': (_client_portal_portal_v1_FileView__Output | null);
  /**
   * PUT the bytes here with the header Content-Type: application/octet-stream, before expires_at.
   */
  'uploadUrl': (string);
  'expiresAt': (string);
}
