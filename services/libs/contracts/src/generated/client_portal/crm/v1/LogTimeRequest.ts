// Original file: proto/crm/v1/projects.proto

import type { Long } from '@grpc/proto-loader';

export interface LogTimeRequest {
  'projectId'?: (string);
  /**
   * YYYY-MM-DD.
   */
  'date'?: (string);
  'minutes'?: (number);
  'note'?: (string);
  /**
   * Only callers with metrics.view may set it; 0 = the project's default hourly rate.
   */
  'hourlyRateMinor'?: (number | string | Long);
}

export interface LogTimeRequest__Output {
  'projectId': (string);
  /**
   * YYYY-MM-DD.
   */
  'date': (string);
  'minutes': (number);
  'note': (string);
  /**
   * Only callers with metrics.view may set it; 0 = the project's default hourly rate.
   */
  'hourlyRateMinor': (string);
}
