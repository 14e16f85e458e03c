import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';
import type { ActivityServiceClient as _client_portal_crm_v1_ActivityServiceClient, ActivityServiceDefinition as _client_portal_crm_v1_ActivityServiceDefinition } from './client_portal/crm/v1/ActivityService.js';
import type { AddNoteRequest as _client_portal_crm_v1_AddNoteRequest, AddNoteRequest__Output as _client_portal_crm_v1_AddNoteRequest__Output } from './client_portal/crm/v1/AddNoteRequest.js';
import type { CalendarItem as _client_portal_crm_v1_CalendarItem, CalendarItem__Output as _client_portal_crm_v1_CalendarItem__Output } from './client_portal/crm/v1/CalendarItem.js';
import type { ClientMetrics as _client_portal_crm_v1_ClientMetrics, ClientMetrics__Output as _client_portal_crm_v1_ClientMetrics__Output } from './client_portal/crm/v1/ClientMetrics.js';
import type { CurrencyAmounts as _client_portal_crm_v1_CurrencyAmounts, CurrencyAmounts__Output as _client_portal_crm_v1_CurrencyAmounts__Output } from './client_portal/crm/v1/CurrencyAmounts.js';
import type { Dashboard as _client_portal_crm_v1_Dashboard, Dashboard__Output as _client_portal_crm_v1_Dashboard__Output } from './client_portal/crm/v1/Dashboard.js';
import type { DashboardMilestone as _client_portal_crm_v1_DashboardMilestone, DashboardMilestone__Output as _client_portal_crm_v1_DashboardMilestone__Output } from './client_portal/crm/v1/DashboardMilestone.js';
import type { DashboardProject as _client_portal_crm_v1_DashboardProject, DashboardProject__Output as _client_portal_crm_v1_DashboardProject__Output } from './client_portal/crm/v1/DashboardProject.js';
import type { DeleteNoteRequest as _client_portal_crm_v1_DeleteNoteRequest, DeleteNoteRequest__Output as _client_portal_crm_v1_DeleteNoteRequest__Output } from './client_portal/crm/v1/DeleteNoteRequest.js';
import type { DeleteNoteResponse as _client_portal_crm_v1_DeleteNoteResponse, DeleteNoteResponse__Output as _client_portal_crm_v1_DeleteNoteResponse__Output } from './client_portal/crm/v1/DeleteNoteResponse.js';
import type { EditNoteRequest as _client_portal_crm_v1_EditNoteRequest, EditNoteRequest__Output as _client_portal_crm_v1_EditNoteRequest__Output } from './client_portal/crm/v1/EditNoteRequest.js';
import type { GetClientMetricsRequest as _client_portal_crm_v1_GetClientMetricsRequest, GetClientMetricsRequest__Output as _client_portal_crm_v1_GetClientMetricsRequest__Output } from './client_portal/crm/v1/GetClientMetricsRequest.js';
import type { GetDashboardRequest as _client_portal_crm_v1_GetDashboardRequest, GetDashboardRequest__Output as _client_portal_crm_v1_GetDashboardRequest__Output } from './client_portal/crm/v1/GetDashboardRequest.js';
import type { ListTimelineRequest as _client_portal_crm_v1_ListTimelineRequest, ListTimelineRequest__Output as _client_portal_crm_v1_ListTimelineRequest__Output } from './client_portal/crm/v1/ListTimelineRequest.js';
import type { ListTimelineResponse as _client_portal_crm_v1_ListTimelineResponse, ListTimelineResponse__Output as _client_portal_crm_v1_ListTimelineResponse__Output } from './client_portal/crm/v1/ListTimelineResponse.js';
import type { PendingRequest as _client_portal_crm_v1_PendingRequest, PendingRequest__Output as _client_portal_crm_v1_PendingRequest__Output } from './client_portal/crm/v1/PendingRequest.js';
import type { PipelineClient as _client_portal_crm_v1_PipelineClient, PipelineClient__Output as _client_portal_crm_v1_PipelineClient__Output } from './client_portal/crm/v1/PipelineClient.js';
import type { RevenuePoint as _client_portal_crm_v1_RevenuePoint, RevenuePoint__Output as _client_portal_crm_v1_RevenuePoint__Output } from './client_portal/crm/v1/RevenuePoint.js';
import type { TimelineEntry as _client_portal_crm_v1_TimelineEntry, TimelineEntry__Output as _client_portal_crm_v1_TimelineEntry__Output } from './client_portal/crm/v1/TimelineEntry.js';
import type { TimelineParam as _client_portal_crm_v1_TimelineParam, TimelineParam__Output as _client_portal_crm_v1_TimelineParam__Output } from './client_portal/crm/v1/TimelineParam.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    common: {
      v1: {
        Money: MessageTypeDefinition<_client_portal_common_v1_Money, _client_portal_common_v1_Money__Output>
        PageInfo: MessageTypeDefinition<_client_portal_common_v1_PageInfo, _client_portal_common_v1_PageInfo__Output>
        PageRequest: MessageTypeDefinition<_client_portal_common_v1_PageRequest, _client_portal_common_v1_PageRequest__Output>
        Principal: MessageTypeDefinition<_client_portal_common_v1_Principal, _client_portal_common_v1_Principal__Output>
        WorkspaceAccess: MessageTypeDefinition<_client_portal_common_v1_WorkspaceAccess, _client_portal_common_v1_WorkspaceAccess__Output>
      }
    }
    crm: {
      v1: {
        ActivityService: SubtypeConstructor<typeof grpc.Client, _client_portal_crm_v1_ActivityServiceClient> & { service: _client_portal_crm_v1_ActivityServiceDefinition }
        AddNoteRequest: MessageTypeDefinition<_client_portal_crm_v1_AddNoteRequest, _client_portal_crm_v1_AddNoteRequest__Output>
        CalendarItem: MessageTypeDefinition<_client_portal_crm_v1_CalendarItem, _client_portal_crm_v1_CalendarItem__Output>
        ClientMetrics: MessageTypeDefinition<_client_portal_crm_v1_ClientMetrics, _client_portal_crm_v1_ClientMetrics__Output>
        CurrencyAmounts: MessageTypeDefinition<_client_portal_crm_v1_CurrencyAmounts, _client_portal_crm_v1_CurrencyAmounts__Output>
        Dashboard: MessageTypeDefinition<_client_portal_crm_v1_Dashboard, _client_portal_crm_v1_Dashboard__Output>
        DashboardMilestone: MessageTypeDefinition<_client_portal_crm_v1_DashboardMilestone, _client_portal_crm_v1_DashboardMilestone__Output>
        DashboardProject: MessageTypeDefinition<_client_portal_crm_v1_DashboardProject, _client_portal_crm_v1_DashboardProject__Output>
        DeleteNoteRequest: MessageTypeDefinition<_client_portal_crm_v1_DeleteNoteRequest, _client_portal_crm_v1_DeleteNoteRequest__Output>
        DeleteNoteResponse: MessageTypeDefinition<_client_portal_crm_v1_DeleteNoteResponse, _client_portal_crm_v1_DeleteNoteResponse__Output>
        EditNoteRequest: MessageTypeDefinition<_client_portal_crm_v1_EditNoteRequest, _client_portal_crm_v1_EditNoteRequest__Output>
        GetClientMetricsRequest: MessageTypeDefinition<_client_portal_crm_v1_GetClientMetricsRequest, _client_portal_crm_v1_GetClientMetricsRequest__Output>
        GetDashboardRequest: MessageTypeDefinition<_client_portal_crm_v1_GetDashboardRequest, _client_portal_crm_v1_GetDashboardRequest__Output>
        ListTimelineRequest: MessageTypeDefinition<_client_portal_crm_v1_ListTimelineRequest, _client_portal_crm_v1_ListTimelineRequest__Output>
        ListTimelineResponse: MessageTypeDefinition<_client_portal_crm_v1_ListTimelineResponse, _client_portal_crm_v1_ListTimelineResponse__Output>
        PendingRequest: MessageTypeDefinition<_client_portal_crm_v1_PendingRequest, _client_portal_crm_v1_PendingRequest__Output>
        PipelineClient: MessageTypeDefinition<_client_portal_crm_v1_PipelineClient, _client_portal_crm_v1_PipelineClient__Output>
        RevenuePoint: MessageTypeDefinition<_client_portal_crm_v1_RevenuePoint, _client_portal_crm_v1_RevenuePoint__Output>
        TimelineEntry: MessageTypeDefinition<_client_portal_crm_v1_TimelineEntry, _client_portal_crm_v1_TimelineEntry__Output>
        TimelineParam: MessageTypeDefinition<_client_portal_crm_v1_TimelineParam, _client_portal_crm_v1_TimelineParam__Output>
      }
    }
  }
}

