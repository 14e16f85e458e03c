// Original file: proto/crm/v1/projects.proto

import type { Long } from '@grpc/proto-loader';

export interface UpdateProjectRequest {
  'projectId'?: (string);
  'expectedVersion'?: (number);
  /**
   * Which of the fields below to change: name, status, progress, start_date, due_date,
   * contract_value_minor, currency, estimated_cost_minor, default_hourly_rate_minor.
   */
  'fields'?: (string)[];
  'name'?: (string);
  'status'?: (string);
  'progress'?: (number);
  'startDate'?: (string);
  'dueDate'?: (string);
  'contractValueMinor'?: (number | string | Long);
  'currency'?: (string);
  'estimatedCostMinor'?: (number | string | Long);
  'defaultHourlyRateMinor'?: (number | string | Long);
}

export interface UpdateProjectRequest__Output {
  'projectId': (string);
  'expectedVersion': (number);
  /**
   * Which of the fields below to change: name, status, progress, start_date, due_date,
   * contract_value_minor, currency, estimated_cost_minor, default_hourly_rate_minor.
   */
  'fields': (string)[];
  'name': (string);
  'status': (string);
  'progress': (number);
  'startDate': (string);
  'dueDate': (string);
  'contractValueMinor': (string);
  'currency': (string);
  'estimatedCostMinor': (string);
  'defaultHourlyRateMinor': (string);
}
