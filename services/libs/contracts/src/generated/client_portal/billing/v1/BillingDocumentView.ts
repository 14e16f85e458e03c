// Original file: proto/billing/v1/documents.proto

import type { DocumentParty as _client_portal_billing_v1_DocumentParty, DocumentParty__Output as _client_portal_billing_v1_DocumentParty__Output } from '../../../client_portal/billing/v1/DocumentParty.js';
import type { DocumentLineView as _client_portal_billing_v1_DocumentLineView, DocumentLineView__Output as _client_portal_billing_v1_DocumentLineView__Output } from '../../../client_portal/billing/v1/DocumentLineView.js';
import type { DocumentSource as _client_portal_billing_v1_DocumentSource, DocumentSource__Output as _client_portal_billing_v1_DocumentSource__Output } from '../../../client_portal/billing/v1/DocumentSource.js';
import type { Long } from '@grpc/proto-loader';

export interface BillingDocumentView {
  'id'?: (string);
  'tenantId'?: (string);
  /**
   * quote, proforma, invoice, credit_note, delivery_note.
   */
  'kind'?: (string);
  /**
   * Stored: draft, issued, accepted, rejected, paid, void.
   */
  'status'?: (string);
  /**
   * What a user sees: draft, issued, sent, viewed, accepted, rejected, partially_paid, paid, overdue, void.
   */
  'displayStatus'?: (string);
  /**
   * Empty while a draft.
   */
  'number'?: (string);
  'version'?: (number);
  'revision'?: (number);
  'clientId'?: (string);
  'clientName'?: (string);
  'seller'?: (_client_portal_billing_v1_DocumentParty | null);
  'buyer'?: (_client_portal_billing_v1_DocumentParty | null);
  'language'?: (string);
  'currency'?: (string);
  'lines'?: (_client_portal_billing_v1_DocumentLineView)[];
  'subtotalMinor'?: (number | string | Long);
  'taxMinor'?: (number | string | Long);
  'totalMinor'?: (number | string | Long);
  'paidMinor'?: (number | string | Long);
  'creditedMinor'?: (number | string | Long);
  'amountDueMinor'?: (number | string | Long);
  'issueDate'?: (string);
  'dueDate'?: (string);
  'notes'?: (string);
  'terms'?: (string);
  'source'?: (_client_portal_billing_v1_DocumentSource | null);
  'depositBasisPoints'?: (number);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  'issuedAt'?: (string);
  'sentAt'?: (string);
  'viewedAt'?: (string);
  'voidedAt'?: (string);
  'voidReason'?: (string);
  /**
   * Internal: empty for a client user.
   */
  'createdBy'?: (string);
  'paidAt'?: (string);
}

export interface BillingDocumentView__Output {
  'id': (string);
  'tenantId': (string);
  /**
   * quote, proforma, invoice, credit_note, delivery_note.
   */
  'kind': (string);
  /**
   * Stored: draft, issued, accepted, rejected, paid, void.
   */
  'status': (string);
  /**
   * What a user sees: draft, issued, sent, viewed, accepted, rejected, partially_paid, paid, overdue, void.
   */
  'displayStatus': (string);
  /**
   * Empty while a draft.
   */
  'number': (string);
  'version': (number);
  'revision': (number);
  'clientId': (string);
  'clientName': (string);
  'seller': (_client_portal_billing_v1_DocumentParty__Output | null);
  'buyer': (_client_portal_billing_v1_DocumentParty__Output | null);
  'language': (string);
  'currency': (string);
  'lines': (_client_portal_billing_v1_DocumentLineView__Output)[];
  'subtotalMinor': (string);
  'taxMinor': (string);
  'totalMinor': (string);
  'paidMinor': (string);
  'creditedMinor': (string);
  'amountDueMinor': (string);
  'issueDate': (string);
  'dueDate': (string);
  'notes': (string);
  'terms': (string);
  'source': (_client_portal_billing_v1_DocumentSource__Output | null);
  'depositBasisPoints': (number);
  'createdAt': (string);
  'updatedAt': (string);
  'issuedAt': (string);
  'sentAt': (string);
  'viewedAt': (string);
  'voidedAt': (string);
  'voidReason': (string);
  /**
   * Internal: empty for a client user.
   */
  'createdBy': (string);
  'paidAt': (string);
}
