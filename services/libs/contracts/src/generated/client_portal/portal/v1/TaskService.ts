// Original file: proto/portal/v1/tasks.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListMyTasksRequest as _client_portal_portal_v1_ListMyTasksRequest, ListMyTasksRequest__Output as _client_portal_portal_v1_ListMyTasksRequest__Output } from '../../../client_portal/portal/v1/ListMyTasksRequest.js';
import type { ListUpcomingMilestonesRequest as _client_portal_portal_v1_ListUpcomingMilestonesRequest, ListUpcomingMilestonesRequest__Output as _client_portal_portal_v1_ListUpcomingMilestonesRequest__Output } from '../../../client_portal/portal/v1/ListUpcomingMilestonesRequest.js';
import type { MilestoneSummaryList as _client_portal_portal_v1_MilestoneSummaryList, MilestoneSummaryList__Output as _client_portal_portal_v1_MilestoneSummaryList__Output } from '../../../client_portal/portal/v1/MilestoneSummaryList.js';
import type { TaskSummaryList as _client_portal_portal_v1_TaskSummaryList, TaskSummaryList__Output as _client_portal_portal_v1_TaskSummaryList__Output } from '../../../client_portal/portal/v1/TaskSummaryList.js';

export interface TaskServiceClient extends grpc.Client {
  /**
   * The caller's open tasks across the workspaces they may see: for a client user, client-visible tasks
   * assigned to their contact; for staff, tasks assigned to them. Soonest due first (no due date last).
   * Feeds the client home's action inbox.
   */
  ListMyTasks(argument: _client_portal_portal_v1_ListMyTasksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskSummaryList__Output>): grpc.ClientUnaryCall;
  ListMyTasks(argument: _client_portal_portal_v1_ListMyTasksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_TaskSummaryList__Output>): grpc.ClientUnaryCall;
  ListMyTasks(argument: _client_portal_portal_v1_ListMyTasksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskSummaryList__Output>): grpc.ClientUnaryCall;
  ListMyTasks(argument: _client_portal_portal_v1_ListMyTasksRequest, callback: grpc.requestCallback<_client_portal_portal_v1_TaskSummaryList__Output>): grpc.ClientUnaryCall;
  /**
   * The caller's open tasks across the workspaces they may see: for a client user, client-visible tasks
   * assigned to their contact; for staff, tasks assigned to them. Soonest due first (no due date last).
   * Feeds the client home's action inbox.
   */
  listMyTasks(argument: _client_portal_portal_v1_ListMyTasksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskSummaryList__Output>): grpc.ClientUnaryCall;
  listMyTasks(argument: _client_portal_portal_v1_ListMyTasksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_TaskSummaryList__Output>): grpc.ClientUnaryCall;
  listMyTasks(argument: _client_portal_portal_v1_ListMyTasksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskSummaryList__Output>): grpc.ClientUnaryCall;
  listMyTasks(argument: _client_portal_portal_v1_ListMyTasksRequest, callback: grpc.requestCallback<_client_portal_portal_v1_TaskSummaryList__Output>): grpc.ClientUnaryCall;
  
  /**
   * Milestones not done yet, of the projects linked to the workspaces the caller may see, soonest first.
   */
  ListUpcomingMilestones(argument: _client_portal_portal_v1_ListUpcomingMilestonesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_MilestoneSummaryList__Output>): grpc.ClientUnaryCall;
  ListUpcomingMilestones(argument: _client_portal_portal_v1_ListUpcomingMilestonesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_MilestoneSummaryList__Output>): grpc.ClientUnaryCall;
  ListUpcomingMilestones(argument: _client_portal_portal_v1_ListUpcomingMilestonesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_MilestoneSummaryList__Output>): grpc.ClientUnaryCall;
  ListUpcomingMilestones(argument: _client_portal_portal_v1_ListUpcomingMilestonesRequest, callback: grpc.requestCallback<_client_portal_portal_v1_MilestoneSummaryList__Output>): grpc.ClientUnaryCall;
  /**
   * Milestones not done yet, of the projects linked to the workspaces the caller may see, soonest first.
   */
  listUpcomingMilestones(argument: _client_portal_portal_v1_ListUpcomingMilestonesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_MilestoneSummaryList__Output>): grpc.ClientUnaryCall;
  listUpcomingMilestones(argument: _client_portal_portal_v1_ListUpcomingMilestonesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_MilestoneSummaryList__Output>): grpc.ClientUnaryCall;
  listUpcomingMilestones(argument: _client_portal_portal_v1_ListUpcomingMilestonesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_MilestoneSummaryList__Output>): grpc.ClientUnaryCall;
  listUpcomingMilestones(argument: _client_portal_portal_v1_ListUpcomingMilestonesRequest, callback: grpc.requestCallback<_client_portal_portal_v1_MilestoneSummaryList__Output>): grpc.ClientUnaryCall;
  
}

export interface TaskServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * The caller's open tasks across the workspaces they may see: for a client user, client-visible tasks
   * assigned to their contact; for staff, tasks assigned to them. Soonest due first (no due date last).
   * Feeds the client home's action inbox.
   */
  ListMyTasks: grpc.handleUnaryCall<_client_portal_portal_v1_ListMyTasksRequest__Output, _client_portal_portal_v1_TaskSummaryList>;
  
  /**
   * Milestones not done yet, of the projects linked to the workspaces the caller may see, soonest first.
   */
  ListUpcomingMilestones: grpc.handleUnaryCall<_client_portal_portal_v1_ListUpcomingMilestonesRequest__Output, _client_portal_portal_v1_MilestoneSummaryList>;
  
}

export interface TaskServiceDefinition extends grpc.ServiceDefinition {
  ListMyTasks: MethodDefinition<_client_portal_portal_v1_ListMyTasksRequest, _client_portal_portal_v1_TaskSummaryList, _client_portal_portal_v1_ListMyTasksRequest__Output, _client_portal_portal_v1_TaskSummaryList__Output>
  ListUpcomingMilestones: MethodDefinition<_client_portal_portal_v1_ListUpcomingMilestonesRequest, _client_portal_portal_v1_MilestoneSummaryList, _client_portal_portal_v1_ListUpcomingMilestonesRequest__Output, _client_portal_portal_v1_MilestoneSummaryList__Output>
}
