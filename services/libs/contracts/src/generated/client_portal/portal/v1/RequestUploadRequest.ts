// Original file: proto/portal/v1/files.proto

import type { Long } from '@grpc/proto-loader';

export interface RequestUploadRequest {
  'workspaceId'?: (string);
  'folderId'?: (string);
  'name'?: (string);
  'sizeBytes'?: (number | string | Long);
  /**
   * Staff choose; a client user's upload is always client-visible.
   */
  'clientVisible'?: (boolean);
}

export interface RequestUploadRequest__Output {
  'workspaceId': (string);
  'folderId': (string);
  'name': (string);
  'sizeBytes': (string);
  /**
   * Staff choose; a client user's upload is always client-visible.
   */
  'clientVisible': (boolean);
}
