// Original file: proto/crm/v1/crm.proto

import type { Contact as _client_portal_crm_v1_Contact, Contact__Output as _client_portal_crm_v1_Contact__Output } from '../../../client_portal/crm/v1/Contact.js';
import type { ClientAddress as _client_portal_crm_v1_ClientAddress, ClientAddress__Output as _client_portal_crm_v1_ClientAddress__Output } from '../../../client_portal/crm/v1/ClientAddress.js';
import type { ClientStatusChange as _client_portal_crm_v1_ClientStatusChange, ClientStatusChange__Output as _client_portal_crm_v1_ClientStatusChange__Output } from '../../../client_portal/crm/v1/ClientStatusChange.js';
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
  'website'?: (string);
  'address'?: (_client_portal_crm_v1_ClientAddress | null);
  /**
   * Optimistic concurrency: grows by one with every change of the record; writes send it back.
   */
  'version'?: (number);
  'archived'?: (boolean);
  /**
   * Empty unless archived.
   */
  'archivedAt'?: (string);
  /**
   * Internal: never sent to client users. Oldest first.
   */
  'statusHistory'?: (_client_portal_crm_v1_ClientStatusChange)[];
  /**
   * Internal: the client's portal workspaces, learnt from portal events; with one, the client may not be
   * deleted (only archived).
   */
  'workspaceCount'?: (number);
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
  'website': (string);
  'address': (_client_portal_crm_v1_ClientAddress__Output | null);
  /**
   * Optimistic concurrency: grows by one with every change of the record; writes send it back.
   */
  'version': (number);
  'archived': (boolean);
  /**
   * Empty unless archived.
   */
  'archivedAt': (string);
  /**
   * Internal: never sent to client users. Oldest first.
   */
  'statusHistory': (_client_portal_crm_v1_ClientStatusChange__Output)[];
  /**
   * Internal: the client's portal workspaces, learnt from portal events; with one, the client may not be
   * deleted (only archived).
   */
  'workspaceCount': (number);
}
