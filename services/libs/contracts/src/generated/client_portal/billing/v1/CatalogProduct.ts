// Original file: proto/billing/v1/catalog.proto

import type { Long } from '@grpc/proto-loader';

export interface CatalogProduct {
  'id'?: (string);
  'tenantId'?: (string);
  'name'?: (string);
  'description'?: (string);
  /**
   * product or service.
   */
  'kind'?: (string);
  /**
   * h, day, unit, month…; empty for none.
   */
  'unit'?: (string);
  'unitPriceMinor'?: (number | string | Long);
  'currency'?: (string);
  /**
   * Basis points: 2000 = 20 %.
   */
  'taxRateBasisPoints'?: (number);
  /**
   * SKU / reference, unique in the tenant.
   */
  'reference'?: (string);
  /**
   * active or archived.
   */
  'status'?: (string);
  'version'?: (number);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  /**
   * Internal: the staff member who created it.
   */
  'createdBy'?: (string);
}

export interface CatalogProduct__Output {
  'id': (string);
  'tenantId': (string);
  'name': (string);
  'description': (string);
  /**
   * product or service.
   */
  'kind': (string);
  /**
   * h, day, unit, month…; empty for none.
   */
  'unit': (string);
  'unitPriceMinor': (string);
  'currency': (string);
  /**
   * Basis points: 2000 = 20 %.
   */
  'taxRateBasisPoints': (number);
  /**
   * SKU / reference, unique in the tenant.
   */
  'reference': (string);
  /**
   * active or archived.
   */
  'status': (string);
  'version': (number);
  'createdAt': (string);
  'updatedAt': (string);
  /**
   * Internal: the staff member who created it.
   */
  'createdBy': (string);
}
