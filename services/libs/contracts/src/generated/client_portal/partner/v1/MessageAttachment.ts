// Original file: proto/partner/v1/messages.proto

import type { Long } from '@grpc/proto-loader';

export interface MessageAttachment {
  'id'?: (string);
  'name'?: (string);
  'sizeBytes'?: (number | string | Long);
  'contentType'?: (string);
}

export interface MessageAttachment__Output {
  'id': (string);
  'name': (string);
  'sizeBytes': (string);
  'contentType': (string);
}
