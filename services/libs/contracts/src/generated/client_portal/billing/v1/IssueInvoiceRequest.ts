// Original file: proto/billing/v1/billing.proto

import type { InvoiceLineInput as _client_portal_billing_v1_InvoiceLineInput, InvoiceLineInput__Output as _client_portal_billing_v1_InvoiceLineInput__Output } from '../../../client_portal/billing/v1/InvoiceLineInput.js';

export interface IssueInvoiceRequest {
  'clientId'?: (string);
  /**
   * Printed on the invoice and carried by billing.invoice.issued; required.
   */
  'clientName'?: (string);
  /**
   * ISO 4217, e.g. EUR (the default).
   */
  'currency'?: (string);
  'lines'?: (_client_portal_billing_v1_InvoiceLineInput)[];
  /**
   * YYYY-MM-DD; defaults to 30 days after issue.
   */
  'dueDate'?: (string);
  /**
   * The agency's name as printed on the invoice.
   */
  'tenantName'?: (string);
}

export interface IssueInvoiceRequest__Output {
  'clientId': (string);
  /**
   * Printed on the invoice and carried by billing.invoice.issued; required.
   */
  'clientName': (string);
  /**
   * ISO 4217, e.g. EUR (the default).
   */
  'currency': (string);
  'lines': (_client_portal_billing_v1_InvoiceLineInput__Output)[];
  /**
   * YYYY-MM-DD; defaults to 30 days after issue.
   */
  'dueDate': (string);
  /**
   * The agency's name as printed on the invoice.
   */
  'tenantName': (string);
}
