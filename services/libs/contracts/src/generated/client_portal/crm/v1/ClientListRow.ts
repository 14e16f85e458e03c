// Original file: proto/crm/v1/crm.proto

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
   * Total contract value of the client's projects, in minor units.
   */
  'projectValueMinor'?: (number | string | Long);
  'invoicedMinor'?: (number | string | Long);
  /**
   * The latest of: created, project changed, invoice issued, message posted.
   */
  'lastActivityAt'?: (string);
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
   * Total contract value of the client's projects, in minor units.
   */
  'projectValueMinor': (string);
  'invoicedMinor': (string);
  /**
   * The latest of: created, project changed, invoice issued, message posted.
   */
  'lastActivityAt': (string);
}
