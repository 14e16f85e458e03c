// Original file: proto/portal/v1/files.proto

import type { Long } from '@grpc/proto-loader';

export interface FileView {
  'id'?: (string);
  'workspaceId'?: (string);
  'folderId'?: (string);
  'name'?: (string);
  /**
   * Sniffed from the bytes (empty while pending).
   */
  'contentType'?: (string);
  'sizeBytes'?: (number | string | Long);
  'clientVisible'?: (boolean);
  /**
   * Who uploaded it, as people see them, and whether they are staff or the client.
   */
  'uploadedByName'?: (string);
  /**
   * staff or client.
   */
  'uploadedByKind'?: (string);
  'uploadedAt'?: (string);
  /**
   * The last change of the file (upload completed, renamed, moved, shared or unshared).
   */
  'updatedAt'?: (string);
}

export interface FileView__Output {
  'id': (string);
  'workspaceId': (string);
  'folderId': (string);
  'name': (string);
  /**
   * Sniffed from the bytes (empty while pending).
   */
  'contentType': (string);
  'sizeBytes': (string);
  'clientVisible': (boolean);
  /**
   * Who uploaded it, as people see them, and whether they are staff or the client.
   */
  'uploadedByName': (string);
  /**
   * staff or client.
   */
  'uploadedByKind': (string);
  'uploadedAt': (string);
  /**
   * The last change of the file (upload completed, renamed, moved, shared or unshared).
   */
  'updatedAt': (string);
}
