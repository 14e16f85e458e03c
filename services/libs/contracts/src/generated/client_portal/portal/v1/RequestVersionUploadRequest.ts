// Original file: proto/portal/v1/deliverables.proto

import type { Long } from '@grpc/proto-loader';

export interface RequestVersionUploadRequest {
  'deliverableId'?: (string);
  'fileName'?: (string);
  /**
   * What the browser says the file is; the service sniffs the bytes anyway.
   */
  'contentType'?: (string);
  'sizeBytes'?: (number | string | Long);
}

export interface RequestVersionUploadRequest__Output {
  'deliverableId': (string);
  'fileName': (string);
  /**
   * What the browser says the file is; the service sniffs the bytes anyway.
   */
  'contentType': (string);
  'sizeBytes': (string);
}
