// Original file: proto/partner/v1/files.proto

import type { Long } from '@grpc/proto-loader';

export interface File {
  'id'?: (string);
  'workspaceId'?: (string);
  /**
   * Empty at the workspace's root.
   */
  'folderId'?: (string);
  'name'?: (string);
  'contentType'?: (string);
  'sizeBytes'?: (number | string | Long);
  'clientVisible'?: (boolean);
  /**
   * staff or client.
   */
  'uploadedByKind'?: (string);
  'uploadedByName'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface File__Output {
  'id': (string);
  'workspaceId': (string);
  /**
   * Empty at the workspace's root.
   */
  'folderId': (string);
  'name': (string);
  'contentType': (string);
  'sizeBytes': (string);
  'clientVisible': (boolean);
  /**
   * staff or client.
   */
  'uploadedByKind': (string);
  'uploadedByName': (string);
  'createdAt': (string);
  'updatedAt': (string);
}
