// Original file: /work/main/proto/billing/v1/billing.proto

import type { InvoiceLineInput as _client_portal_billing_v1_InvoiceLineInput, InvoiceLineInput__Output as _client_portal_billing_v1_InvoiceLineInput__Output } from '../../../client_portal/billing/v1/InvoiceLineInput.js';

export interface IssueInvoiceRequest {
  'clientId'?: (string);
  'clientName'?: (string);
  'currency'?: (string);
  'lines'?: (_client_portal_billing_v1_InvoiceLineInput)[];
  /**
   * YYYY-MM-DD; defaults to 30 days after issue.
   */
  'dueDate'?: (string);
  'tenantName'?: (string);
}

export interface IssueInvoiceRequest__Output {
  'clientId': (string);
  'clientName': (string);
  'currency': (string);
  'lines': (_client_portal_billing_v1_InvoiceLineInput__Output)[];
  /**
   * YYYY-MM-DD; defaults to 30 days after issue.
   */
  'dueDate': (string);
  'tenantName': (string);
}
