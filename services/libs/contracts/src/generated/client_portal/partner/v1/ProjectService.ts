// Original file: proto/partner/v1/projects.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetProjectRequest as _client_portal_partner_v1_GetProjectRequest, GetProjectRequest__Output as _client_portal_partner_v1_GetProjectRequest__Output } from '../../../client_portal/partner/v1/GetProjectRequest.js';
import type { ListProjectsRequest as _client_portal_partner_v1_ListProjectsRequest, ListProjectsRequest__Output as _client_portal_partner_v1_ListProjectsRequest__Output } from '../../../client_portal/partner/v1/ListProjectsRequest.js';
import type { ListProjectsResponse as _client_portal_partner_v1_ListProjectsResponse, ListProjectsResponse__Output as _client_portal_partner_v1_ListProjectsResponse__Output } from '../../../client_portal/partner/v1/ListProjectsResponse.js';
import type { Project as _client_portal_partner_v1_Project, Project__Output as _client_portal_partner_v1_Project__Output } from '../../../client_portal/partner/v1/Project.js';

/**
 * The tenant's projects (what it delivers to a client), read-only. Internal figures (costs, margins,
 * time entries, internal notes) are never part of this API.
 */
export interface ProjectServiceClient extends grpc.Client {
  /**
   * Scope: `projects:read`. NOT_FOUND when there is no such project in this tenant.
   */
  GetProject(argument: _client_portal_partner_v1_GetProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _client_portal_partner_v1_GetProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _client_portal_partner_v1_GetProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Project__Output>): grpc.ClientUnaryCall;
  GetProject(argument: _client_portal_partner_v1_GetProjectRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Project__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `projects:read`. NOT_FOUND when there is no such project in this tenant.
   */
  getProject(argument: _client_portal_partner_v1_GetProjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _client_portal_partner_v1_GetProjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _client_portal_partner_v1_GetProjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Project__Output>): grpc.ClientUnaryCall;
  getProject(argument: _client_portal_partner_v1_GetProjectRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Project__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `projects:read`. Projects in order of their last change (any change of the project, its
   * milestones included, moves `updated_at` on).
   */
  ListProjects(argument: _client_portal_partner_v1_ListProjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _client_portal_partner_v1_ListProjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _client_portal_partner_v1_ListProjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  ListProjects(argument: _client_portal_partner_v1_ListProjectsRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `projects:read`. Projects in order of their last change (any change of the project, its
   * milestones included, moves `updated_at` on).
   */
  listProjects(argument: _client_portal_partner_v1_ListProjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _client_portal_partner_v1_ListProjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _client_portal_partner_v1_ListProjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  listProjects(argument: _client_portal_partner_v1_ListProjectsRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListProjectsResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * The tenant's projects (what it delivers to a client), read-only. Internal figures (costs, margins,
 * time entries, internal notes) are never part of this API.
 */
export interface ProjectServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Scope: `projects:read`. NOT_FOUND when there is no such project in this tenant.
   */
  GetProject: grpc.handleUnaryCall<_client_portal_partner_v1_GetProjectRequest__Output, _client_portal_partner_v1_Project>;
  
  /**
   * Scope: `projects:read`. Projects in order of their last change (any change of the project, its
   * milestones included, moves `updated_at` on).
   */
  ListProjects: grpc.handleUnaryCall<_client_portal_partner_v1_ListProjectsRequest__Output, _client_portal_partner_v1_ListProjectsResponse>;
  
}

export interface ProjectServiceDefinition extends grpc.ServiceDefinition {
  GetProject: MethodDefinition<_client_portal_partner_v1_GetProjectRequest, _client_portal_partner_v1_Project, _client_portal_partner_v1_GetProjectRequest__Output, _client_portal_partner_v1_Project__Output>
  ListProjects: MethodDefinition<_client_portal_partner_v1_ListProjectsRequest, _client_portal_partner_v1_ListProjectsResponse, _client_portal_partner_v1_ListProjectsRequest__Output, _client_portal_partner_v1_ListProjectsResponse__Output>
}
