// Original file: proto/billing/v1/catalog.proto

import type { CatalogOrderLine as _client_portal_billing_v1_CatalogOrderLine, CatalogOrderLine__Output as _client_portal_billing_v1_CatalogOrderLine__Output } from '../../../client_portal/billing/v1/CatalogOrderLine.js';
import type { Long } from '@grpc/proto-loader';

export interface CatalogOrder {
  'id'?: (string);
  'tenantId'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  /**
   * ORD-<year>-<sequence>, gap-free per tenant and year.
   */
  'number'?: (string);
  /**
   * new, converted or cancelled.
   */
  'status'?: (string);
  'currency'?: (string);
  'lines'?: (_client_portal_billing_v1_CatalogOrderLine)[];
  'subtotalMinor'?: (number | string | Long);
  'taxMinor'?: (number | string | Long);
  'totalMinor'?: (number | string | Long);
  'note'?: (string);
  'placedByName'?: (string);
  'placedAt'?: (string);
  /**
   * Once converted: the draft's kind (quote, invoice, delivery_note) and id.
   */
  'convertedKind'?: (string);
  'convertedDocumentId'?: (string);
  'convertedAt'?: (string);
  'cancelledAt'?: (string);
  'cancelReason'?: (string);
  'version'?: (number);
  'updatedAt'?: (string);
  /**
   * Internal: the client user who placed it.
   */
  'placedBy'?: (string);
}

export interface CatalogOrder__Output {
  'id': (string);
  'tenantId': (string);
  'clientId': (string);
  'clientName': (string);
  /**
   * ORD-<year>-<sequence>, gap-free per tenant and year.
   */
  'number': (string);
  /**
   * new, converted or cancelled.
   */
  'status': (string);
  'currency': (string);
  'lines': (_client_portal_billing_v1_CatalogOrderLine__Output)[];
  'subtotalMinor': (string);
  'taxMinor': (string);
  'totalMinor': (string);
  'note': (string);
  'placedByName': (string);
  'placedAt': (string);
  /**
   * Once converted: the draft's kind (quote, invoice, delivery_note) and id.
   */
  'convertedKind': (string);
  'convertedDocumentId': (string);
  'convertedAt': (string);
  'cancelledAt': (string);
  'cancelReason': (string);
  'version': (number);
  'updatedAt': (string);
  /**
   * Internal: the client user who placed it.
   */
  'placedBy': (string);
}
