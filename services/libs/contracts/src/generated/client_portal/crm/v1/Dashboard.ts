// Original file: proto/crm/v1/activity.proto

import type { DashboardProject as _client_portal_crm_v1_DashboardProject, DashboardProject__Output as _client_portal_crm_v1_DashboardProject__Output } from '../../../client_portal/crm/v1/DashboardProject.js';
import type { DashboardMilestone as _client_portal_crm_v1_DashboardMilestone, DashboardMilestone__Output as _client_portal_crm_v1_DashboardMilestone__Output } from '../../../client_portal/crm/v1/DashboardMilestone.js';
import type { PendingRequest as _client_portal_crm_v1_PendingRequest, PendingRequest__Output as _client_portal_crm_v1_PendingRequest__Output } from '../../../client_portal/crm/v1/PendingRequest.js';
import type { PipelineClient as _client_portal_crm_v1_PipelineClient, PipelineClient__Output as _client_portal_crm_v1_PipelineClient__Output } from '../../../client_portal/crm/v1/PipelineClient.js';
import type { RevenuePoint as _client_portal_crm_v1_RevenuePoint, RevenuePoint__Output as _client_portal_crm_v1_RevenuePoint__Output } from '../../../client_portal/crm/v1/RevenuePoint.js';
import type { TimelineEntry as _client_portal_crm_v1_TimelineEntry, TimelineEntry__Output as _client_portal_crm_v1_TimelineEntry__Output } from '../../../client_portal/crm/v1/TimelineEntry.js';
import type { CalendarItem as _client_portal_crm_v1_CalendarItem, CalendarItem__Output as _client_portal_crm_v1_CalendarItem__Output } from '../../../client_portal/crm/v1/CalendarItem.js';

export interface Dashboard {
  /**
   * Whether money figures are included (the caller holds metrics.view).
   */
  'moneyVisible'?: (boolean);
  'currency'?: (string);
  'today'?: (string);
  'activeClients'?: (number);
  'prospectClients'?: (number);
  'projectsInProgress'?: (number);
  /**
   * Empty without metrics.view.
   */
  'totalValueMinor'?: (string);
  'lateProjects'?: (_client_portal_crm_v1_DashboardProject)[];
  'dueThisWeek'?: (_client_portal_crm_v1_DashboardMilestone)[];
  'pendingRequests'?: (_client_portal_crm_v1_PendingRequest)[];
  'pipeline'?: (_client_portal_crm_v1_PipelineClient)[];
  /**
   * Without metrics.view: empty.
   */
  'pipelineValueMinor'?: (string);
  'revenueByMonth'?: (_client_portal_crm_v1_RevenuePoint)[];
  'revenueByClient'?: (_client_portal_crm_v1_RevenuePoint)[];
  'recentActivity'?: (_client_portal_crm_v1_TimelineEntry)[];
  'calendarMonth'?: (string);
  'calendar'?: (_client_portal_crm_v1_CalendarItem)[];
}

export interface Dashboard__Output {
  /**
   * Whether money figures are included (the caller holds metrics.view).
   */
  'moneyVisible': (boolean);
  'currency': (string);
  'today': (string);
  'activeClients': (number);
  'prospectClients': (number);
  'projectsInProgress': (number);
  /**
   * Empty without metrics.view.
   */
  'totalValueMinor': (string);
  'lateProjects': (_client_portal_crm_v1_DashboardProject__Output)[];
  'dueThisWeek': (_client_portal_crm_v1_DashboardMilestone__Output)[];
  'pendingRequests': (_client_portal_crm_v1_PendingRequest__Output)[];
  'pipeline': (_client_portal_crm_v1_PipelineClient__Output)[];
  /**
   * Without metrics.view: empty.
   */
  'pipelineValueMinor': (string);
  'revenueByMonth': (_client_portal_crm_v1_RevenuePoint__Output)[];
  'revenueByClient': (_client_portal_crm_v1_RevenuePoint__Output)[];
  'recentActivity': (_client_portal_crm_v1_TimelineEntry__Output)[];
  'calendarMonth': (string);
  'calendar': (_client_portal_crm_v1_CalendarItem__Output)[];
}
