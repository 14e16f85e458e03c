// Original file: proto/crm/v1/projects.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Internal: costs and margins, for staff with metrics.view only.
 * labour cost      = sum over time entries of round(minutes x hourly rate / 60)
 * estimated margin = contract value - estimated cost
 * margin           = contract value - estimated cost - labour cost
 */
export interface ProjectCosts {
  'estimatedCostMinor'?: (number | string | Long);
  /**
   * Applied to time entries logged without a rate of their own.
   */
  'defaultHourlyRateMinor'?: (number | string | Long);
  'labourCostMinor'?: (number | string | Long);
  'estimatedMarginMinor'?: (number | string | Long);
  'marginMinor'?: (number | string | Long);
  /**
   * margin / contract value, in basis points (1/100 of a percent); 0 without a contract value.
   */
  'marginBasisPoints'?: (number);
  'loggedMinutes'?: (number);
}

/**
 * Internal: costs and margins, for staff with metrics.view only.
 * labour cost      = sum over time entries of round(minutes x hourly rate / 60)
 * estimated margin = contract value - estimated cost
 * margin           = contract value - estimated cost - labour cost
 */
export interface ProjectCosts__Output {
  'estimatedCostMinor': (string);
  /**
   * Applied to time entries logged without a rate of their own.
   */
  'defaultHourlyRateMinor': (string);
  'labourCostMinor': (string);
  'estimatedMarginMinor': (string);
  'marginMinor': (string);
  /**
   * margin / contract value, in basis points (1/100 of a percent); 0 without a contract value.
   */
  'marginBasisPoints': (number);
  'loggedMinutes': (number);
}
