// Original file: proto/crm/v1/projects.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddMilestoneRequest as _client_portal_crm_v1_AddMilestoneRequest, AddMilestoneRequest__Output as _client_portal_crm_v1_AddMilestoneRequest__Output } from '../../../client_portal/crm/v1/AddMilestoneRequest.js';
import type { CreateProjectRequest as _client_portal_crm_v1_CreateProjectRequest, CreateProjectRequest__Output as _client_portal_crm_v1_CreateProjectRequest__Output } from '../../../client_portal/crm/v1/CreateProjectRequest.js';
import type { DeleteProjectRequest as _client_portal_crm_v1_DeleteProjectRequest, DeleteProjectRequest__Output as _client_portal_crm_v1_DeleteProjectRequest__Output } from '../../../client_portal/crm/v1/DeleteProjectRequest.js';
import type { DeleteProjectResponse as _client_portal_crm_v1_DeleteProjectResponse, DeleteProjectResponse__Output as _client_portal_crm_v1_DeleteProjectResponse__Output } from '../../../client_portal/crm/v1/DeleteProjectResponse.js';
import type { GetProjectRequest as _client_portal_crm_v1_GetProjectRequest, GetProjectRequest__Output as _client_portal_crm_v1_GetProjectRequest__Output } from '../../../client_portal/crm/v1/GetProjectRequest.js';
import type { ListProjectsRequest as _client_portal_crm_v1_ListProjectsRequest, ListProjectsRequest__Output as _client_portal_crm_v1_ListProjectsRequest__Output } from '../../../client_portal/crm/v1/ListProjectsRequest.js';
import type { ListProjectsResponse as _client_portal_crm_v1_ListProjectsResponse, ListProjectsResponse__Output as _client_portal_crm_v1_ListProjectsResponse__Output } from '../../../client_portal/crm/v1/ListProjectsResponse.js';
import type { LogTimeRequest as _client_portal_crm_v1_LogTimeRequest, LogTimeRequest__Output as _client_portal_crm_v1_LogTimeRequest__Output } from '../../../client_portal/crm/v1/LogTimeRequest.js';
import type { Project as _client_portal_crm_v1_Project, Project__Output as _client_portal_crm_v1_Project__Output } from '../../../client_portal/crm/v1/Project.js';
import type { RateProjectRequest as _client_portal_crm_v1_RateProjectRequest, RateProjectRequest__Output as _client_portal_crm_v1_RateProjectRequest__Output } from '../../../client_portal/crm/v1/RateProjectRequest.js';
import type { RemoveMilestoneRequest as _client_portal_crm_v1_RemoveMilestoneRequest, RemoveMilestoneRequest__Output as _client_portal_crm_v1_RemoveMilestoneRequest__Output } from '../../../client_portal/crm/v1/RemoveMilestoneRequest.js';
import type { RemoveTimeEntryRequest as _client_portal_crm_v1_RemoveTimeEntryRequest, RemoveTimeEntryRequest__Output as _client_portal_crm_v1_RemoveTimeEntryRequest__Output } from '../../../client_portal/crm/v1/RemoveTimeEntryRequest.js';
import type { UpdateMilestoneRequest as _client_portal_crm_v1_UpdateMilestoneRequest, UpdateMilestoneRequest__Output as _client_portal_crm_v1_UpdateMilestoneRequest__Output } from '../../../client_portal/crm/v1/UpdateMilestoneRequest.js';
import type { UpdateProjectRequest as _client_portal_crm_v1_UpdateProjectRequest, UpdateProjectRequest__Output as _client_portal_crm_v1_UpdateProjectRequest__Output } from '../../../client_portal/crm/v1/UpdateProjectRequest.js';

export interface ProjectServiceClient extends grpc.Client {
  AddMilestone(argument: _client_portal_crm_v1_AddMilestoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  AddMilestone(argument: _client_portal_crm_v1_AddMilestoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  AddMilestone(argument: _client_portal_crm_v1_AddMilestoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  AddMilestone(argument: _client_portal_crm_v1_AddMilestoneRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  addMilestone(argument: _client_portal_crm_v1_AddMilestoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  addMilestone(argument: _client_portal_crm_v1_AddMilestoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  addMilestone(argument: _client_portal_crm_v1_AddMilestoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  addMilestone(argument: _client_portal_crm_v1_AddMilestoneRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with projects.edit: a new project of one of the tenant's clients.
   */
  CreateProject(argument: _client_portal_crm_v1_CreateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _client_portal_crm_v1_CreateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _client_portal_crm_v1_CreateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  CreateProject(argument: _client_portal_crm_v1_CreateProjectRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with projects.edit: a new project of one of the tenant's clients.
   */
  createProject(argument: _client_portal_crm_v1_CreateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  createProject(argument: _client_portal_crm_v1_CreateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  createProject(argument: _client_portal_crm_v1_CreateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  createProject(argument: _client_portal_crm_v1_CreateProjectRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with clients.delete.
   */
  DeleteProject(argument: _client_portal_crm_v1_DeleteProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  DeleteProject(argument: _client_portal_crm_v1_DeleteProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  DeleteProject(argument: _client_portal_crm_v1_DeleteProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  DeleteProject(argument: _client_portal_crm_v1_DeleteProjectRequest, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with clients.delete.
   */
  deleteProject(argument: _client_portal_crm_v1_DeleteProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  deleteProject(argument: _client_portal_crm_v1_DeleteProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  deleteProject(argument: _client_portal_crm_v1_DeleteProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  deleteProject(argument: _client_portal_crm_v1_DeleteProjectRequest, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteProjectResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff: any project of the tenant; a client user: a project of their own client (else NOT_FOUND).
   */
  GetProject(argument: _client_portal_crm_v1_GetProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _client_portal_crm_v1_GetProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _client_portal_crm_v1_GetProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _client_portal_crm_v1_GetProjectRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * Staff: any project of the tenant; a client user: a project of their own client (else NOT_FOUND).
   */
  getProject(argument: _client_portal_crm_v1_GetProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _client_portal_crm_v1_GetProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _client_portal_crm_v1_GetProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _client_portal_crm_v1_GetProjectRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff: the tenant's projects, or one client's; a client user: their own client's, whatever is asked.
   */
  ListProjects(argument: _client_portal_crm_v1_ListProjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _client_portal_crm_v1_ListProjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _client_portal_crm_v1_ListProjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _client_portal_crm_v1_ListProjectsRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff: the tenant's projects, or one client's; a client user: their own client's, whatever is asked.
   */
  listProjects(argument: _client_portal_crm_v1_ListProjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _client_portal_crm_v1_ListProjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _client_portal_crm_v1_ListProjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _client_portal_crm_v1_ListProjectsRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with time.log: a time entry in the caller's name.
   */
  LogTime(argument: _client_portal_crm_v1_LogTimeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  LogTime(argument: _client_portal_crm_v1_LogTimeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  LogTime(argument: _client_portal_crm_v1_LogTimeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  LogTime(argument: _client_portal_crm_v1_LogTimeRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with time.log: a time entry in the caller's name.
   */
  logTime(argument: _client_portal_crm_v1_LogTimeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  logTime(argument: _client_portal_crm_v1_LogTimeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  logTime(argument: _client_portal_crm_v1_LogTimeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  logTime(argument: _client_portal_crm_v1_LogTimeRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  
  /**
   * A client user: rates a completed project of their client 1-5 with a comment (again to change it).
   */
  RateProject(argument: _client_portal_crm_v1_RateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  RateProject(argument: _client_portal_crm_v1_RateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  RateProject(argument: _client_portal_crm_v1_RateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  RateProject(argument: _client_portal_crm_v1_RateProjectRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * A client user: rates a completed project of their client 1-5 with a comment (again to change it).
   */
  rateProject(argument: _client_portal_crm_v1_RateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  rateProject(argument: _client_portal_crm_v1_RateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  rateProject(argument: _client_portal_crm_v1_RateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  rateProject(argument: _client_portal_crm_v1_RateProjectRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  
  RemoveMilestone(argument: _client_portal_crm_v1_RemoveMilestoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  RemoveMilestone(argument: _client_portal_crm_v1_RemoveMilestoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  RemoveMilestone(argument: _client_portal_crm_v1_RemoveMilestoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  RemoveMilestone(argument: _client_portal_crm_v1_RemoveMilestoneRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  removeMilestone(argument: _client_portal_crm_v1_RemoveMilestoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  removeMilestone(argument: _client_portal_crm_v1_RemoveMilestoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  removeMilestone(argument: _client_portal_crm_v1_RemoveMilestoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  removeMilestone(argument: _client_portal_crm_v1_RemoveMilestoneRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  
  /**
   * The caller's own time entry.
   */
  RemoveTimeEntry(argument: _client_portal_crm_v1_RemoveTimeEntryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  RemoveTimeEntry(argument: _client_portal_crm_v1_RemoveTimeEntryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  RemoveTimeEntry(argument: _client_portal_crm_v1_RemoveTimeEntryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  RemoveTimeEntry(argument: _client_portal_crm_v1_RemoveTimeEntryRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * The caller's own time entry.
   */
  removeTimeEntry(argument: _client_portal_crm_v1_RemoveTimeEntryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  removeTimeEntry(argument: _client_portal_crm_v1_RemoveTimeEntryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  removeTimeEntry(argument: _client_portal_crm_v1_RemoveTimeEntryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  removeTimeEntry(argument: _client_portal_crm_v1_RemoveTimeEntryRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  
  /**
   * Renames, re-dates or ticks a milestone: only the fields named in `fields` change.
   */
  UpdateMilestone(argument: _client_portal_crm_v1_UpdateMilestoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateMilestone(argument: _client_portal_crm_v1_UpdateMilestoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateMilestone(argument: _client_portal_crm_v1_UpdateMilestoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateMilestone(argument: _client_portal_crm_v1_UpdateMilestoneRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * Renames, re-dates or ticks a milestone: only the fields named in `fields` change.
   */
  updateMilestone(argument: _client_portal_crm_v1_UpdateMilestoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  updateMilestone(argument: _client_portal_crm_v1_UpdateMilestoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  updateMilestone(argument: _client_portal_crm_v1_UpdateMilestoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  updateMilestone(argument: _client_portal_crm_v1_UpdateMilestoneRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with projects.edit (estimated cost and hourly rate: metrics.view too). Only the fields named
   * in `fields` change; `expected_version` must be the version read (else FAILED_PRECONDITION).
   */
  UpdateProject(argument: _client_portal_crm_v1_UpdateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateProject(argument: _client_portal_crm_v1_UpdateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateProject(argument: _client_portal_crm_v1_UpdateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  UpdateProject(argument: _client_portal_crm_v1_UpdateProjectRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with projects.edit (estimated cost and hourly rate: metrics.view too). Only the fields named
   * in `fields` change; `expected_version` must be the version read (else FAILED_PRECONDITION).
   */
  updateProject(argument: _client_portal_crm_v1_UpdateProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  updateProject(argument: _client_portal_crm_v1_UpdateProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  updateProject(argument: _client_portal_crm_v1_UpdateProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  updateProject(argument: _client_portal_crm_v1_UpdateProjectRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Project__Output>): grpc.ClientUnaryCall;
  
}

export interface ProjectServiceHandlers extends grpc.UntypedServiceImplementation {
  AddMilestone: grpc.handleUnaryCall<_client_portal_crm_v1_AddMilestoneRequest__Output, _client_portal_crm_v1_Project>;
  
  /**
   * Staff with projects.edit: a new project of one of the tenant's clients.
   */
  CreateProject: grpc.handleUnaryCall<_client_portal_crm_v1_CreateProjectRequest__Output, _client_portal_crm_v1_Project>;
  
  /**
   * Staff with clients.delete.
   */
  DeleteProject: grpc.handleUnaryCall<_client_portal_crm_v1_DeleteProjectRequest__Output, _client_portal_crm_v1_DeleteProjectResponse>;
  
  /**
   * Staff: any project of the tenant; a client user: a project of their own client (else NOT_FOUND).
   */
  GetProject: grpc.handleUnaryCall<_client_portal_crm_v1_GetProjectRequest__Output, _client_portal_crm_v1_Project>;
  
  /**
   * Staff: the tenant's projects, or one client's; a client user: their own client's, whatever is asked.
   */
  ListProjects: grpc.handleUnaryCall<_client_portal_crm_v1_ListProjectsRequest__Output, _client_portal_crm_v1_ListProjectsResponse>;
  
  /**
   * Staff with time.log: a time entry in the caller's name.
   */
  LogTime: grpc.handleUnaryCall<_client_portal_crm_v1_LogTimeRequest__Output, _client_portal_crm_v1_Project>;
  
  /**
   * A client user: rates a completed project of their client 1-5 with a comment (again to change it).
   */
  RateProject: grpc.handleUnaryCall<_client_portal_crm_v1_RateProjectRequest__Output, _client_portal_crm_v1_Project>;
  
  RemoveMilestone: grpc.handleUnaryCall<_client_portal_crm_v1_RemoveMilestoneRequest__Output, _client_portal_crm_v1_Project>;
  
  /**
   * The caller's own time entry.
   */
  RemoveTimeEntry: grpc.handleUnaryCall<_client_portal_crm_v1_RemoveTimeEntryRequest__Output, _client_portal_crm_v1_Project>;
  
  /**
   * Renames, re-dates or ticks a milestone: only the fields named in `fields` change.
   */
  UpdateMilestone: grpc.handleUnaryCall<_client_portal_crm_v1_UpdateMilestoneRequest__Output, _client_portal_crm_v1_Project>;
  
  /**
   * Staff with projects.edit (estimated cost and hourly rate: metrics.view too). Only the fields named
   * in `fields` change; `expected_version` must be the version read (else FAILED_PRECONDITION).
   */
  UpdateProject: grpc.handleUnaryCall<_client_portal_crm_v1_UpdateProjectRequest__Output, _client_portal_crm_v1_Project>;
  
}

export interface ProjectServiceDefinition extends grpc.ServiceDefinition {
  AddMilestone: MethodDefinition<_client_portal_crm_v1_AddMilestoneRequest, _client_portal_crm_v1_Project, _client_portal_crm_v1_AddMilestoneRequest__Output, _client_portal_crm_v1_Project__Output>
  CreateProject: MethodDefinition<_client_portal_crm_v1_CreateProjectRequest, _client_portal_crm_v1_Project, _client_portal_crm_v1_CreateProjectRequest__Output, _client_portal_crm_v1_Project__Output>
  DeleteProject: MethodDefinition<_client_portal_crm_v1_DeleteProjectRequest, _client_portal_crm_v1_DeleteProjectResponse, _client_portal_crm_v1_DeleteProjectRequest__Output, _client_portal_crm_v1_DeleteProjectResponse__Output>
  GetProject: MethodDefinition<_client_portal_crm_v1_GetProjectRequest, _client_portal_crm_v1_Project, _client_portal_crm_v1_GetProjectRequest__Output, _client_portal_crm_v1_Project__Output>
  ListProjects: MethodDefinition<_client_portal_crm_v1_ListProjectsRequest, _client_portal_crm_v1_ListProjectsResponse, _client_portal_crm_v1_ListProjectsRequest__Output, _client_portal_crm_v1_ListProjectsResponse__Output>
  LogTime: MethodDefinition<_client_portal_crm_v1_LogTimeRequest, _client_portal_crm_v1_Project, _client_portal_crm_v1_LogTimeRequest__Output, _client_portal_crm_v1_Project__Output>
  RateProject: MethodDefinition<_client_portal_crm_v1_RateProjectRequest, _client_portal_crm_v1_Project, _client_portal_crm_v1_RateProjectRequest__Output, _client_portal_crm_v1_Project__Output>
  RemoveMilestone: MethodDefinition<_client_portal_crm_v1_RemoveMilestoneRequest, _client_portal_crm_v1_Project, _client_portal_crm_v1_RemoveMilestoneRequest__Output, _client_portal_crm_v1_Project__Output>
  RemoveTimeEntry: MethodDefinition<_client_portal_crm_v1_RemoveTimeEntryRequest, _client_portal_crm_v1_Project, _client_portal_crm_v1_RemoveTimeEntryRequest__Output, _client_portal_crm_v1_Project__Output>
  UpdateMilestone: MethodDefinition<_client_portal_crm_v1_UpdateMilestoneRequest, _client_portal_crm_v1_Project, _client_portal_crm_v1_UpdateMilestoneRequest__Output, _client_portal_crm_v1_Project__Output>
  UpdateProject: MethodDefinition<_client_portal_crm_v1_UpdateProjectRequest, _client_portal_crm_v1_Project, _client_portal_crm_v1_UpdateProjectRequest__Output, _client_portal_crm_v1_Project__Output>
}
