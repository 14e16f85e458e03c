// Original file: proto/portal/v1/files.proto

import type { Long } from '@grpc/proto-loader';

export interface FileSummary {
  'id'?: (string);
  'workspaceId'?: (string);
  'workspaceName'?: (string);
  'name'?: (string);
  /**
   * Sniffed from the bytes.
   */
  'contentType'?: (string);
  'sizeBytes'?: (number | string | Long);
  'sharedAt'?: (string);
}

export interface FileSummary__Output {
  'id': (string);
  'workspaceId': (string);
  'workspaceName': (string);
  'name': (string);
  /**
   * Sniffed from the bytes.
   */
  'contentType': (string);
  'sizeBytes': (string);
  'sharedAt': (string);
}
