// Original file: proto/portal/v1/deliverables.proto

import type { Long } from '@grpc/proto-loader';

/**
 * What anyone holding the decision id may read: no e-mail, IP, user agent or ids.
 */
export interface PublicDeliverableDecision {
  'decisionId'?: (string);
  'title'?: (string);
  'version'?: (number);
  'fileName'?: (string);
  'sizeBytes'?: (number | string | Long);
  'sha256'?: (string);
  'decision'?: (string);
  'approverName'?: (string);
  'decidedAt'?: (string);
  'state'?: (string);
  'voidedAt'?: (string);
  'voidReason'?: (string);
  'clientName'?: (string);
}

/**
 * What anyone holding the decision id may read: no e-mail, IP, user agent or ids.
 */
export interface PublicDeliverableDecision__Output {
  'decisionId': (string);
  'title': (string);
  'version': (number);
  'fileName': (string);
  'sizeBytes': (string);
  'sha256': (string);
  'decision': (string);
  'approverName': (string);
  'decidedAt': (string);
  'state': (string);
  'voidedAt': (string);
  'voidReason': (string);
  'clientName': (string);
}
