// Original file: proto/crm/v1/crm.proto

import type { Contact as _client_portal_crm_v1_Contact, Contact__Output as _client_portal_crm_v1_Contact__Output } from '../../../client_portal/crm/v1/Contact.js';
import type { Long } from '@grpc/proto-loader';

export interface Client {
  'id'?: (string);
  'tenantId'?: (string);
  'name'?: (string);
  'industry'?: (string);
  'phone'?: (string);
  /**
   * Internal: never sent to client users.
   */
  'notes'?: (string);
  /**
   * active, prospect, inactive or suspended.
   */
  'status'?: (string);
  'ownerUserId'?: (string);
  'contacts'?: (_client_portal_crm_v1_Contact)[];
  'createdAt'?: (string);
  'updatedAt'?: (string);
  /**
   * Sum of invoices issued to the client (from billing events), in the invoices' currency's minor units.
   */
  'invoicedMinor'?: (number | string | Long);
  'invoiceCount'?: (number);
  /**
   * Last invoice, message or other recorded interaction; empty when none yet.
   */
  'lastActivityAt'?: (string);
}

export interface Client__Output {
  'id': (string);
  'tenantId': (string);
  'name': (string);
  'industry': (string);
  'phone': (string);
  /**
   * Internal: never sent to client users.
   */
  'notes': (string);
  /**
   * active, prospect, inactive or suspended.
   */
  'status': (string);
  'ownerUserId': (string);
  'contacts': (_client_portal_crm_v1_Contact__Output)[];
  'createdAt': (string);
  'updatedAt': (string);
  /**
   * Sum of invoices issued to the client (from billing events), in the invoices' currency's minor units.
   */
  'invoicedMinor': (string);
  'invoiceCount': (number);
  /**
   * Last invoice, message or other recorded interaction; empty when none yet.
   */
  'lastActivityAt': (string);
}
