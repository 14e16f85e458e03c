// Original file: proto/billing/v1/billing.proto

import type { InvoiceLine as _client_portal_billing_v1_InvoiceLine, InvoiceLine__Output as _client_portal_billing_v1_InvoiceLine__Output } from '../../../client_portal/billing/v1/InvoiceLine.js';
import type { Long } from '@grpc/proto-loader';

export interface Invoice {
  'id'?: (string);
  'tenantId'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  'number'?: (string);
  'currency'?: (string);
  'lines'?: (_client_portal_billing_v1_InvoiceLine)[];
  'subtotalMinor'?: (number | string | Long);
  'taxMinor'?: (number | string | Long);
  'totalMinor'?: (number | string | Long);
  /**
   * issued, paid or void.
   */
  'status'?: (string);
  'issuedAt'?: (string);
  'dueDate'?: (string);
  'tenantName'?: (string);
}

export interface Invoice__Output {
  'id': (string);
  'tenantId': (string);
  'clientId': (string);
  'clientName': (string);
  'number': (string);
  'currency': (string);
  'lines': (_client_portal_billing_v1_InvoiceLine__Output)[];
  'subtotalMinor': (string);
  'taxMinor': (string);
  'totalMinor': (string);
  /**
   * issued, paid or void.
   */
  'status': (string);
  'issuedAt': (string);
  'dueDate': (string);
  'tenantName': (string);
}
