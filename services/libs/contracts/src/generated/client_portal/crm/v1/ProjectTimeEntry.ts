// Original file: proto/crm/v1/projects.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Internal: one person's time on the project.
 */
export interface ProjectTimeEntry {
  'id'?: (string);
  /**
   * The staff member who logged it.
   */
  'staffId'?: (string);
  'staffName'?: (string);
  /**
   * YYYY-MM-DD.
   */
  'date'?: (string);
  'minutes'?: (number);
  'note'?: (string);
  /**
   * Cost of one hour of this person's time, in the project's currency's minor units; 0 = no rate.
   * Only for callers with metrics.view (0 otherwise).
   */
  'hourlyRateMinor'?: (number | string | Long);
  'createdAt'?: (string);
}

/**
 * Internal: one person's time on the project.
 */
export interface ProjectTimeEntry__Output {
  'id': (string);
  /**
   * The staff member who logged it.
   */
  'staffId': (string);
  'staffName': (string);
  /**
   * YYYY-MM-DD.
   */
  'date': (string);
  'minutes': (number);
  'note': (string);
  /**
   * Cost of one hour of this person's time, in the project's currency's minor units; 0 = no rate.
   * Only for callers with metrics.view (0 otherwise).
   */
  'hourlyRateMinor': (string);
  'createdAt': (string);
}
