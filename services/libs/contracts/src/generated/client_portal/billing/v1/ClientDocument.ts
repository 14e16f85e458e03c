// Original file: proto/billing/v1/acceptance.proto

import type { ClientDocumentParty as _client_portal_billing_v1_ClientDocumentParty, ClientDocumentParty__Output as _client_portal_billing_v1_ClientDocumentParty__Output } from '../../../client_portal/billing/v1/ClientDocumentParty.js';
import type { ClientDocumentLine as _client_portal_billing_v1_ClientDocumentLine, ClientDocumentLine__Output as _client_portal_billing_v1_ClientDocumentLine__Output } from '../../../client_portal/billing/v1/ClientDocumentLine.js';
import type { QuoteAnswerView as _client_portal_billing_v1_QuoteAnswerView, QuoteAnswerView__Output as _client_portal_billing_v1_QuoteAnswerView__Output } from '../../../client_portal/billing/v1/QuoteAnswerView.js';
import type { Long } from '@grpc/proto-loader';

export interface ClientDocument {
  'id'?: (string);
  'kind'?: (string);
  'number'?: (string);
  /**
   * The stored status (issued, accepted, rejected, paid, void; draft for staff after a revision).
   */
  'status'?: (string);
  /**
   * What the user sees (sent, viewed, overdue...).
   */
  'displayStatus'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  'issueDate'?: (string);
  'dueDate'?: (string);
  'currency'?: (string);
  'seller'?: (_client_portal_billing_v1_ClientDocumentParty | null);
  'buyer'?: (_client_portal_billing_v1_ClientDocumentParty | null);
  'lines'?: (_client_portal_billing_v1_ClientDocumentLine)[];
  'subtotalMinor'?: (number | string | Long);
  'taxMinor'?: (number | string | Long);
  'totalMinor'?: (number | string | Long);
  'paidMinor'?: (number | string | Long);
  'amountDueMinor'?: (number | string | Long);
  'notes'?: (string);
  'terms'?: (string);
  'answer'?: (_client_portal_billing_v1_QuoteAnswerView | null);
  'revision'?: (number);
  'version'?: (number);
  /**
   * A quote a client may still answer today.
   */
  'answerable'?: (boolean);
}

export interface ClientDocument__Output {
  'id': (string);
  'kind': (string);
  'number': (string);
  /**
   * The stored status (issued, accepted, rejected, paid, void; draft for staff after a revision).
   */
  'status': (string);
  /**
   * What the user sees (sent, viewed, overdue...).
   */
  'displayStatus': (string);
  'clientId': (string);
  'clientName': (string);
  'issueDate': (string);
  'dueDate': (string);
  'currency': (string);
  'seller': (_client_portal_billing_v1_ClientDocumentParty__Output | null);
  'buyer': (_client_portal_billing_v1_ClientDocumentParty__Output | null);
  'lines': (_client_portal_billing_v1_ClientDocumentLine__Output)[];
  'subtotalMinor': (string);
  'taxMinor': (string);
  'totalMinor': (string);
  'paidMinor': (string);
  'amountDueMinor': (string);
  'notes': (string);
  'terms': (string);
  'answer': (_client_portal_billing_v1_QuoteAnswerView__Output | null);
  'revision': (number);
  'version': (number);
  /**
   * A quote a client may still answer today.
   */
  'answerable': (boolean);
}
