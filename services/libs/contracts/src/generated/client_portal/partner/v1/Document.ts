// Original file: proto/partner/v1/documents.proto

import type { DocumentLine as _client_portal_partner_v1_DocumentLine, DocumentLine__Output as _client_portal_partner_v1_DocumentLine__Output } from '../../../client_portal/partner/v1/DocumentLine.js';
import type { Money as _client_portal_partner_v1_Money, Money__Output as _client_portal_partner_v1_Money__Output } from '../../../client_portal/partner/v1/Money.js';

export interface Document {
  'id'?: (string);
  /**
   * quote, proforma, invoice, credit_note or delivery_note.
   */
  'kind'?: (string);
  /**
   * draft, issued, sent, viewed, accepted, rejected, partially_paid, paid, overdue or void.
   */
  'status'?: (string);
  /**
   * Empty for drafts.
   */
  'number'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  'currency'?: (string);
  'lines'?: (_client_portal_partner_v1_DocumentLine)[];
  'subtotal'?: (_client_portal_partner_v1_Money | null);
  'tax'?: (_client_portal_partner_v1_Money | null);
  'total'?: (_client_portal_partner_v1_Money | null);
  'paid'?: (_client_portal_partner_v1_Money | null);
  'amountDue'?: (_client_portal_partner_v1_Money | null);
  /**
   * YYYY-MM-DD.
   */
  'issueDate'?: (string);
  'dueDate'?: (string);
  'notes'?: (string);
  'terms'?: (string);
  /**
   * fr, en, es or pt.
   */
  'language'?: (string);
  'issuedAt'?: (string);
  'paidAt'?: (string);
  'voidedAt'?: (string);
  'createdAt'?: (string);
  /**
   * Moves on every change: edit, issue, send, first view by the client, payment, refund, credit note,
   * the client's answer to a quote, void. (`overdue` is read from the due date: it changes nothing.)
   */
  'updatedAt'?: (string);
}

export interface Document__Output {
  'id': (string);
  /**
   * quote, proforma, invoice, credit_note or delivery_note.
   */
  'kind': (string);
  /**
   * draft, issued, sent, viewed, accepted, rejected, partially_paid, paid, overdue or void.
   */
  'status': (string);
  /**
   * Empty for drafts.
   */
  'number': (string);
  'clientId': (string);
  'clientName': (string);
  'currency': (string);
  'lines': (_client_portal_partner_v1_DocumentLine__Output)[];
  'subtotal': (_client_portal_partner_v1_Money__Output | null);
  'tax': (_client_portal_partner_v1_Money__Output | null);
  'total': (_client_portal_partner_v1_Money__Output | null);
  'paid': (_client_portal_partner_v1_Money__Output | null);
  'amountDue': (_client_portal_partner_v1_Money__Output | null);
  /**
   * YYYY-MM-DD.
   */
  'issueDate': (string);
  'dueDate': (string);
  'notes': (string);
  'terms': (string);
  /**
   * fr, en, es or pt.
   */
  'language': (string);
  'issuedAt': (string);
  'paidAt': (string);
  'voidedAt': (string);
  'createdAt': (string);
  /**
   * Moves on every change: edit, issue, send, first view by the client, payment, refund, credit note,
   * the client's answer to a quote, void. (`overdue` is read from the due date: it changes nothing.)
   */
  'updatedAt': (string);
}
