// Original file: proto/billing/v1/payments.proto

import type { Long } from '@grpc/proto-loader';

export interface InvoiceBalance {
  'id'?: (string);
  'number'?: (string);
  'currency'?: (string);
  'totalMinor'?: (number | string | Long);
  'paidMinor'?: (number | string | Long);
  'dueMinor'?: (number | string | Long);
  'issueDate'?: (string);
  'dueDate'?: (string);
  /**
   * What a user sees: issued, sent, viewed, partially_paid, paid, overdue…
   */
  'status'?: (string);
  /**
   * A deposit invoice: the share of its quote, in basis points; 0 otherwise.
   */
  'depositBasisPoints'?: (number);
}

export interface InvoiceBalance__Output {
  'id': (string);
  'number': (string);
  'currency': (string);
  'totalMinor': (string);
  'paidMinor': (string);
  'dueMinor': (string);
  'issueDate': (string);
  'dueDate': (string);
  /**
   * What a user sees: issued, sent, viewed, partially_paid, paid, overdue…
   */
  'status': (string);
  /**
   * A deposit invoice: the share of its quote, in basis points; 0 otherwise.
   */
  'depositBasisPoints': (number);
}
