// Original file: proto/billing/v1/recurring.proto

import type { Long } from '@grpc/proto-loader';

export interface SubscriptionRunView {
  /**
   * YYYY-MM-DD: the period's first and last day.
   */
  'periodStart'?: (string);
  'periodEnd'?: (string);
  /**
   * claimed (being issued) or issued.
   */
  'status'?: (string);
  'documentId'?: (string);
  'documentNumber'?: (string);
  'totalMinor'?: (number | string | Long);
  'currency'?: (string);
  'claimedAt'?: (string);
  'issuedAt'?: (string);
}

export interface SubscriptionRunView__Output {
  /**
   * YYYY-MM-DD: the period's first and last day.
   */
  'periodStart': (string);
  'periodEnd': (string);
  /**
   * claimed (being issued) or issued.
   */
  'status': (string);
  'documentId': (string);
  'documentNumber': (string);
  'totalMinor': (string);
  'currency': (string);
  'claimedAt': (string);
  'issuedAt': (string);
}
