// Original file: proto/billing/v1/recurring.proto

import type { SubscriptionLine as _client_portal_billing_v1_SubscriptionLine, SubscriptionLine__Output as _client_portal_billing_v1_SubscriptionLine__Output } from '../../../client_portal/billing/v1/SubscriptionLine.js';
import type { Long } from '@grpc/proto-loader';

export interface SubscriptionView {
  'id'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  'currency'?: (string);
  'lines'?: (_client_portal_billing_v1_SubscriptionLine)[];
  /**
   * monthly, quarterly or yearly.
   */
  'frequency'?: (string);
  /**
   * YYYY-MM-DD.
   */
  'startDate'?: (string);
  /**
   * YYYY-MM-DD, or empty when open-ended.
   */
  'endDate'?: (string);
  'paymentTermDays'?: (number);
  'notes'?: (string);
  /**
   * active, paused, cancelled or ended.
   */
  'status'?: (string);
  /**
   * The next period's issue day (YYYY-MM-DD); empty when no period is left.
   */
  'nextIssueDate'?: (string);
  /**
   * One period's total with tax.
   */
  'totalMinor'?: (number | string | Long);
  'version'?: (number);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  /**
   * Internal: empty for client users.
   */
  'createdBy'?: (string);
}

export interface SubscriptionView__Output {
  'id': (string);
  'clientId': (string);
  'clientName': (string);
  'currency': (string);
  'lines': (_client_portal_billing_v1_SubscriptionLine__Output)[];
  /**
   * monthly, quarterly or yearly.
   */
  'frequency': (string);
  /**
   * YYYY-MM-DD.
   */
  'startDate': (string);
  /**
   * YYYY-MM-DD, or empty when open-ended.
   */
  'endDate': (string);
  'paymentTermDays': (number);
  'notes': (string);
  /**
   * active, paused, cancelled or ended.
   */
  'status': (string);
  /**
   * The next period's issue day (YYYY-MM-DD); empty when no period is left.
   */
  'nextIssueDate': (string);
  /**
   * One period's total with tax.
   */
  'totalMinor': (string);
  'version': (number);
  'createdAt': (string);
  'updatedAt': (string);
  /**
   * Internal: empty for client users.
   */
  'createdBy': (string);
}
