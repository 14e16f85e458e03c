import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';
import type { AddMilestoneRequest as _client_portal_crm_v1_AddMilestoneRequest, AddMilestoneRequest__Output as _client_portal_crm_v1_AddMilestoneRequest__Output } from './client_portal/crm/v1/AddMilestoneRequest.js';
import type { CreateProjectRequest as _client_portal_crm_v1_CreateProjectRequest, CreateProjectRequest__Output as _client_portal_crm_v1_CreateProjectRequest__Output } from './client_portal/crm/v1/CreateProjectRequest.js';
import type { DeleteProjectRequest as _client_portal_crm_v1_DeleteProjectRequest, DeleteProjectRequest__Output as _client_portal_crm_v1_DeleteProjectRequest__Output } from './client_portal/crm/v1/DeleteProjectRequest.js';
import type { DeleteProjectResponse as _client_portal_crm_v1_DeleteProjectResponse, DeleteProjectResponse__Output as _client_portal_crm_v1_DeleteProjectResponse__Output } from './client_portal/crm/v1/DeleteProjectResponse.js';
import type { GetProjectRequest as _client_portal_crm_v1_GetProjectRequest, GetProjectRequest__Output as _client_portal_crm_v1_GetProjectRequest__Output } from './client_portal/crm/v1/GetProjectRequest.js';
import type { ListProjectsRequest as _client_portal_crm_v1_ListProjectsRequest, ListProjectsRequest__Output as _client_portal_crm_v1_ListProjectsRequest__Output } from './client_portal/crm/v1/ListProjectsRequest.js';
import type { ListProjectsResponse as _client_portal_crm_v1_ListProjectsResponse, ListProjectsResponse__Output as _client_portal_crm_v1_ListProjectsResponse__Output } from './client_portal/crm/v1/ListProjectsResponse.js';
import type { LogTimeRequest as _client_portal_crm_v1_LogTimeRequest, LogTimeRequest__Output as _client_portal_crm_v1_LogTimeRequest__Output } from './client_portal/crm/v1/LogTimeRequest.js';
import type { Project as _client_portal_crm_v1_Project, Project__Output as _client_portal_crm_v1_Project__Output } from './client_portal/crm/v1/Project.js';
import type { ProjectCosts as _client_portal_crm_v1_ProjectCosts, ProjectCosts__Output as _client_portal_crm_v1_ProjectCosts__Output } from './client_portal/crm/v1/ProjectCosts.js';
import type { ProjectMilestone as _client_portal_crm_v1_ProjectMilestone, ProjectMilestone__Output as _client_portal_crm_v1_ProjectMilestone__Output } from './client_portal/crm/v1/ProjectMilestone.js';
import type { ProjectMilestoneInput as _client_portal_crm_v1_ProjectMilestoneInput, ProjectMilestoneInput__Output as _client_portal_crm_v1_ProjectMilestoneInput__Output } from './client_portal/crm/v1/ProjectMilestoneInput.js';
import type { ProjectRating as _client_portal_crm_v1_ProjectRating, ProjectRating__Output as _client_portal_crm_v1_ProjectRating__Output } from './client_portal/crm/v1/ProjectRating.js';
import type { ProjectServiceClient as _client_portal_crm_v1_ProjectServiceClient, ProjectServiceDefinition as _client_portal_crm_v1_ProjectServiceDefinition } from './client_portal/crm/v1/ProjectService.js';
import type { ProjectTime as _client_portal_crm_v1_ProjectTime, ProjectTime__Output as _client_portal_crm_v1_ProjectTime__Output } from './client_portal/crm/v1/ProjectTime.js';
import type { ProjectTimeEntry as _client_portal_crm_v1_ProjectTimeEntry, ProjectTimeEntry__Output as _client_portal_crm_v1_ProjectTimeEntry__Output } from './client_portal/crm/v1/ProjectTimeEntry.js';
import type { RateProjectRequest as _client_portal_crm_v1_RateProjectRequest, RateProjectRequest__Output as _client_portal_crm_v1_RateProjectRequest__Output } from './client_portal/crm/v1/RateProjectRequest.js';
import type { RemoveMilestoneRequest as _client_portal_crm_v1_RemoveMilestoneRequest, RemoveMilestoneRequest__Output as _client_portal_crm_v1_RemoveMilestoneRequest__Output } from './client_portal/crm/v1/RemoveMilestoneRequest.js';
import type { RemoveTimeEntryRequest as _client_portal_crm_v1_RemoveTimeEntryRequest, RemoveTimeEntryRequest__Output as _client_portal_crm_v1_RemoveTimeEntryRequest__Output } from './client_portal/crm/v1/RemoveTimeEntryRequest.js';
import type { UpdateMilestoneRequest as _client_portal_crm_v1_UpdateMilestoneRequest, UpdateMilestoneRequest__Output as _client_portal_crm_v1_UpdateMilestoneRequest__Output } from './client_portal/crm/v1/UpdateMilestoneRequest.js';
import type { UpdateProjectRequest as _client_portal_crm_v1_UpdateProjectRequest, UpdateProjectRequest__Output as _client_portal_crm_v1_UpdateProjectRequest__Output } from './client_portal/crm/v1/UpdateProjectRequest.js';
import type { GetProjectRequest as _client_portal_partner_v1_GetProjectRequest, GetProjectRequest__Output as _client_portal_partner_v1_GetProjectRequest__Output } from './client_portal/partner/v1/GetProjectRequest.js';
import type { ListOptions as _client_portal_partner_v1_ListOptions, ListOptions__Output as _client_portal_partner_v1_ListOptions__Output } from './client_portal/partner/v1/ListOptions.js';
import type { ListProjectsRequest as _client_portal_partner_v1_ListProjectsRequest, ListProjectsRequest__Output as _client_portal_partner_v1_ListProjectsRequest__Output } from './client_portal/partner/v1/ListProjectsRequest.js';
import type { ListProjectsResponse as _client_portal_partner_v1_ListProjectsResponse, ListProjectsResponse__Output as _client_portal_partner_v1_ListProjectsResponse__Output } from './client_portal/partner/v1/ListProjectsResponse.js';
import type { Milestone as _client_portal_partner_v1_Milestone, Milestone__Output as _client_portal_partner_v1_Milestone__Output } from './client_portal/partner/v1/Milestone.js';
import type { Money as _client_portal_partner_v1_Money, Money__Output as _client_portal_partner_v1_Money__Output } from './client_portal/partner/v1/Money.js';
import type { Project as _client_portal_partner_v1_Project, Project__Output as _client_portal_partner_v1_Project__Output } from './client_portal/partner/v1/Project.js';
import type { ProjectServiceClient as _client_portal_partner_v1_ProjectServiceClient, ProjectServiceDefinition as _client_portal_partner_v1_ProjectServiceDefinition } from './client_portal/partner/v1/ProjectService.js';

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
        AddMilestoneRequest: MessageTypeDefinition<_client_portal_crm_v1_AddMilestoneRequest, _client_portal_crm_v1_AddMilestoneRequest__Output>
        CreateProjectRequest: MessageTypeDefinition<_client_portal_crm_v1_CreateProjectRequest, _client_portal_crm_v1_CreateProjectRequest__Output>
        DeleteProjectRequest: MessageTypeDefinition<_client_portal_crm_v1_DeleteProjectRequest, _client_portal_crm_v1_DeleteProjectRequest__Output>
        DeleteProjectResponse: MessageTypeDefinition<_client_portal_crm_v1_DeleteProjectResponse, _client_portal_crm_v1_DeleteProjectResponse__Output>
        GetProjectRequest: MessageTypeDefinition<_client_portal_crm_v1_GetProjectRequest, _client_portal_crm_v1_GetProjectRequest__Output>
        ListProjectsRequest: MessageTypeDefinition<_client_portal_crm_v1_ListProjectsRequest, _client_portal_crm_v1_ListProjectsRequest__Output>
        ListProjectsResponse: MessageTypeDefinition<_client_portal_crm_v1_ListProjectsResponse, _client_portal_crm_v1_ListProjectsResponse__Output>
        LogTimeRequest: MessageTypeDefinition<_client_portal_crm_v1_LogTimeRequest, _client_portal_crm_v1_LogTimeRequest__Output>
        Project: MessageTypeDefinition<_client_portal_crm_v1_Project, _client_portal_crm_v1_Project__Output>
        ProjectCosts: MessageTypeDefinition<_client_portal_crm_v1_ProjectCosts, _client_portal_crm_v1_ProjectCosts__Output>
        ProjectMilestone: MessageTypeDefinition<_client_portal_crm_v1_ProjectMilestone, _client_portal_crm_v1_ProjectMilestone__Output>
        ProjectMilestoneInput: MessageTypeDefinition<_client_portal_crm_v1_ProjectMilestoneInput, _client_portal_crm_v1_ProjectMilestoneInput__Output>
        ProjectRating: MessageTypeDefinition<_client_portal_crm_v1_ProjectRating, _client_portal_crm_v1_ProjectRating__Output>
        ProjectService: SubtypeConstructor<typeof grpc.Client, _client_portal_crm_v1_ProjectServiceClient> & { service: _client_portal_crm_v1_ProjectServiceDefinition }
        ProjectTime: MessageTypeDefinition<_client_portal_crm_v1_ProjectTime, _client_portal_crm_v1_ProjectTime__Output>
        ProjectTimeEntry: MessageTypeDefinition<_client_portal_crm_v1_ProjectTimeEntry, _client_portal_crm_v1_ProjectTimeEntry__Output>
        RateProjectRequest: MessageTypeDefinition<_client_portal_crm_v1_RateProjectRequest, _client_portal_crm_v1_RateProjectRequest__Output>
        RemoveMilestoneRequest: MessageTypeDefinition<_client_portal_crm_v1_RemoveMilestoneRequest, _client_portal_crm_v1_RemoveMilestoneRequest__Output>
        RemoveTimeEntryRequest: MessageTypeDefinition<_client_portal_crm_v1_RemoveTimeEntryRequest, _client_portal_crm_v1_RemoveTimeEntryRequest__Output>
        UpdateMilestoneRequest: MessageTypeDefinition<_client_portal_crm_v1_UpdateMilestoneRequest, _client_portal_crm_v1_UpdateMilestoneRequest__Output>
        UpdateProjectRequest: MessageTypeDefinition<_client_portal_crm_v1_UpdateProjectRequest, _client_portal_crm_v1_UpdateProjectRequest__Output>
      }
    }
    partner: {
      v1: {
        GetProjectRequest: MessageTypeDefinition<_client_portal_partner_v1_GetProjectRequest, _client_portal_partner_v1_GetProjectRequest__Output>
        ListOptions: MessageTypeDefinition<_client_portal_partner_v1_ListOptions, _client_portal_partner_v1_ListOptions__Output>
        ListProjectsRequest: MessageTypeDefinition<_client_portal_partner_v1_ListProjectsRequest, _client_portal_partner_v1_ListProjectsRequest__Output>
        ListProjectsResponse: MessageTypeDefinition<_client_portal_partner_v1_ListProjectsResponse, _client_portal_partner_v1_ListProjectsResponse__Output>
        Milestone: MessageTypeDefinition<_client_portal_partner_v1_Milestone, _client_portal_partner_v1_Milestone__Output>
        Money: MessageTypeDefinition<_client_portal_partner_v1_Money, _client_portal_partner_v1_Money__Output>
        Project: MessageTypeDefinition<_client_portal_partner_v1_Project, _client_portal_partner_v1_Project__Output>
        /**
         * The tenant's projects (what it delivers to a client), read-only. Internal figures (costs, margins,
         * time entries, internal notes) are never part of this API.
         */
        ProjectService: SubtypeConstructor<typeof grpc.Client, _client_portal_partner_v1_ProjectServiceClient> & { service: _client_portal_partner_v1_ProjectServiceDefinition }
      }
    }
  }
}

