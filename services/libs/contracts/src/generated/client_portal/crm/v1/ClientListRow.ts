// Original file: proto/crm/v1/crm.proto

import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from '../../../client_portal/common/v1/Money.js';
import type { Long } from '@grpc/proto-loader';

/**
 * One row of the staff client list: what the screen shows, from denormalised fields of the client.
 */
export interface ClientListRow {
  'clientId'?: (string);
  'name'?: (string);
  'status'?: (string);
  'industry'?: (string);
  'ownerUserId'?: (string);
  'archived'?: (boolean);
  /**
   * The primary contact; empty when the client has none.
   */
  'mainContactName'?: (string);
  'mainContactEmail'?: (string);
  'projectCount'?: (number);
  /**
   * Total contract value of the client's projects, in minor units, whatever their currency: the
   * list's sort key only. Show value_by_currency instead (amounts of two currencies are never added).
   */
  'projectValueMinor'?: (number | string | Long);
  /**
   * Issued invoices, whatever their currency (kept for the sort and the export); see invoiced_by_currency.
   */
  'invoicedMinor'?: (number | string | Long);
  /**
   * The latest of: created, project changed, invoice issued, message posted.
   */
  'lastActivityAt'?: (string);
  /**
   * Contract values of the projects that are not cancelled, one amount per currency.
   */
  'valueByCurrency'?: (_client_portal_common_v1_Money)[];
  /**
   * Issued invoices, one amount per currency.
   */
  'invoicedByCurrency'?: (_client_portal_common_v1_Money)[];
}

/**
 * One row of the staff client list: what the screen shows, from denormalised fields of the client.
 */
export interface ClientListRow__Output {
  'clientId': (string);
  'name': (string);
  'status': (string);
  'industry': (string);
  'ownerUserId': (string);
  'archived': (boolean);
  /**
   * The primary contact; empty when the client has none.
   */
  'mainContactName': (string);
  'mainContactEmail': (string);
  'projectCount': (number);
  /**
   * Total contract value of the client's projects, in minor units, whatever their currency: the
   * list's sort key only. Show value_by_currency instead (amounts of two currencies are never added).
   */
  'projectValueMinor': (string);
  /**
   * Issued invoices, whatever their currency (kept for the sort and the export); see invoiced_by_currency.
   */
  'invoicedMinor': (string);
  /**
   * The latest of: created, project changed, invoice issued, message posted.
   */
  'lastActivityAt': (string);
  /**
   * Contract values of the projects that are not cancelled, one amount per currency.
   */
  'valueByCurrency': (_client_portal_common_v1_Money__Output)[];
  /**
   * Issued invoices, one amount per currency.
   */
  'invoicedByCurrency': (_client_portal_common_v1_Money__Output)[];
}
