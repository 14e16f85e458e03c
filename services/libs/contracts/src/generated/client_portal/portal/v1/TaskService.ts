// Original file: proto/portal/v1/tasks.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddTaskCommentRequest as _client_portal_portal_v1_AddTaskCommentRequest, AddTaskCommentRequest__Output as _client_portal_portal_v1_AddTaskCommentRequest__Output } from '../../../client_portal/portal/v1/AddTaskCommentRequest.js';
import type { CreateTaskRequest as _client_portal_portal_v1_CreateTaskRequest, CreateTaskRequest__Output as _client_portal_portal_v1_CreateTaskRequest__Output } from '../../../client_portal/portal/v1/CreateTaskRequest.js';
import type { DeleteTaskRequest as _client_portal_portal_v1_DeleteTaskRequest, DeleteTaskRequest__Output as _client_portal_portal_v1_DeleteTaskRequest__Output } from '../../../client_portal/portal/v1/DeleteTaskRequest.js';
import type { DeleteTaskResponse as _client_portal_portal_v1_DeleteTaskResponse, DeleteTaskResponse__Output as _client_portal_portal_v1_DeleteTaskResponse__Output } from '../../../client_portal/portal/v1/DeleteTaskResponse.js';
import type { GetTaskRequest as _client_portal_portal_v1_GetTaskRequest, GetTaskRequest__Output as _client_portal_portal_v1_GetTaskRequest__Output } from '../../../client_portal/portal/v1/GetTaskRequest.js';
import type { ListMyTasksRequest as _client_portal_portal_v1_ListMyTasksRequest, ListMyTasksRequest__Output as _client_portal_portal_v1_ListMyTasksRequest__Output } from '../../../client_portal/portal/v1/ListMyTasksRequest.js';
import type { ListTasksRequest as _client_portal_portal_v1_ListTasksRequest, ListTasksRequest__Output as _client_portal_portal_v1_ListTasksRequest__Output } from '../../../client_portal/portal/v1/ListTasksRequest.js';
import type { ListUpcomingMilestonesRequest as _client_portal_portal_v1_ListUpcomingMilestonesRequest, ListUpcomingMilestonesRequest__Output as _client_portal_portal_v1_ListUpcomingMilestonesRequest__Output } from '../../../client_portal/portal/v1/ListUpcomingMilestonesRequest.js';
import type { MilestoneSummaryList as _client_portal_portal_v1_MilestoneSummaryList, MilestoneSummaryList__Output as _client_portal_portal_v1_MilestoneSummaryList__Output } from '../../../client_portal/portal/v1/MilestoneSummaryList.js';
import type { MoveTaskRequest as _client_portal_portal_v1_MoveTaskRequest, MoveTaskRequest__Output as _client_portal_portal_v1_MoveTaskRequest__Output } from '../../../client_portal/portal/v1/MoveTaskRequest.js';
import type { TaskBoard as _client_portal_portal_v1_TaskBoard, TaskBoard__Output as _client_portal_portal_v1_TaskBoard__Output } from '../../../client_portal/portal/v1/TaskBoard.js';
import type { TaskCommentView as _client_portal_portal_v1_TaskCommentView, TaskCommentView__Output as _client_portal_portal_v1_TaskCommentView__Output } from '../../../client_portal/portal/v1/TaskCommentView.js';
import type { TaskDetail as _client_portal_portal_v1_TaskDetail, TaskDetail__Output as _client_portal_portal_v1_TaskDetail__Output } from '../../../client_portal/portal/v1/TaskDetail.js';
import type { TaskSummaryList as _client_portal_portal_v1_TaskSummaryList, TaskSummaryList__Output as _client_portal_portal_v1_TaskSummaryList__Output } from '../../../client_portal/portal/v1/TaskSummaryList.js';
import type { TaskView as _client_portal_portal_v1_TaskView, TaskView__Output as _client_portal_portal_v1_TaskView__Output } from '../../../client_portal/portal/v1/TaskView.js';
import type { UpdateTaskRequest as _client_portal_portal_v1_UpdateTaskRequest, UpdateTaskRequest__Output as _client_portal_portal_v1_UpdateTaskRequest__Output } from '../../../client_portal/portal/v1/UpdateTaskRequest.js';

export interface TaskServiceClient extends grpc.Client {
  AddTaskComment(argument: _client_portal_portal_v1_AddTaskCommentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskCommentView__Output>): grpc.ClientUnaryCall;
  AddTaskComment(argument: _client_portal_portal_v1_AddTaskCommentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_TaskCommentView__Output>): grpc.ClientUnaryCall;
  AddTaskComment(argument: _client_portal_portal_v1_AddTaskCommentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskCommentView__Output>): grpc.ClientUnaryCall;
  AddTaskComment(argument: _client_portal_portal_v1_AddTaskCommentRequest, callback: grpc.requestCallback<_client_portal_portal_v1_TaskCommentView__Output>): grpc.ClientUnaryCall;
  addTaskComment(argument: _client_portal_portal_v1_AddTaskCommentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskCommentView__Output>): grpc.ClientUnaryCall;
  addTaskComment(argument: _client_portal_portal_v1_AddTaskCommentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_TaskCommentView__Output>): grpc.ClientUnaryCall;
  addTaskComment(argument: _client_portal_portal_v1_AddTaskCommentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskCommentView__Output>): grpc.ClientUnaryCall;
  addTaskComment(argument: _client_portal_portal_v1_AddTaskCommentRequest, callback: grpc.requestCallback<_client_portal_portal_v1_TaskCommentView__Output>): grpc.ClientUnaryCall;
  
  CreateTask(argument: _client_portal_portal_v1_CreateTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  CreateTask(argument: _client_portal_portal_v1_CreateTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  CreateTask(argument: _client_portal_portal_v1_CreateTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  CreateTask(argument: _client_portal_portal_v1_CreateTaskRequest, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  createTask(argument: _client_portal_portal_v1_CreateTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  createTask(argument: _client_portal_portal_v1_CreateTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  createTask(argument: _client_portal_portal_v1_CreateTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  createTask(argument: _client_portal_portal_v1_CreateTaskRequest, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  
  DeleteTask(argument: _client_portal_portal_v1_DeleteTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  DeleteTask(argument: _client_portal_portal_v1_DeleteTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  DeleteTask(argument: _client_portal_portal_v1_DeleteTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  DeleteTask(argument: _client_portal_portal_v1_DeleteTaskRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  deleteTask(argument: _client_portal_portal_v1_DeleteTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  deleteTask(argument: _client_portal_portal_v1_DeleteTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  deleteTask(argument: _client_portal_portal_v1_DeleteTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  deleteTask(argument: _client_portal_portal_v1_DeleteTaskRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeleteTaskResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * One task with its comments (a client user: client-visible comments only).
   */
  GetTask(argument: _client_portal_portal_v1_GetTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskDetail__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _client_portal_portal_v1_GetTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_TaskDetail__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _client_portal_portal_v1_GetTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskDetail__Output>): grpc.ClientUnaryCall;
  GetTask(argument: _client_portal_portal_v1_GetTaskRequest, callback: grpc.requestCallback<_client_portal_portal_v1_TaskDetail__Output>): grpc.ClientUnaryCall;
  /**
   * One task with its comments (a client user: client-visible comments only).
   */
  getTask(argument: _client_portal_portal_v1_GetTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskDetail__Output>): grpc.ClientUnaryCall;
  getTask(argument: _client_portal_portal_v1_GetTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_TaskDetail__Output>): grpc.ClientUnaryCall;
  getTask(argument: _client_portal_portal_v1_GetTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskDetail__Output>): grpc.ClientUnaryCall;
  getTask(argument: _client_portal_portal_v1_GetTaskRequest, callback: grpc.requestCallback<_client_portal_portal_v1_TaskDetail__Output>): grpc.ClientUnaryCall;
  
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
   * The workspace's tasks in board order, its progress and its milestones.
   */
  ListTasks(argument: _client_portal_portal_v1_ListTasksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskBoard__Output>): grpc.ClientUnaryCall;
  ListTasks(argument: _client_portal_portal_v1_ListTasksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_TaskBoard__Output>): grpc.ClientUnaryCall;
  ListTasks(argument: _client_portal_portal_v1_ListTasksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskBoard__Output>): grpc.ClientUnaryCall;
  ListTasks(argument: _client_portal_portal_v1_ListTasksRequest, callback: grpc.requestCallback<_client_portal_portal_v1_TaskBoard__Output>): grpc.ClientUnaryCall;
  /**
   * The workspace's tasks in board order, its progress and its milestones.
   */
  listTasks(argument: _client_portal_portal_v1_ListTasksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskBoard__Output>): grpc.ClientUnaryCall;
  listTasks(argument: _client_portal_portal_v1_ListTasksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_TaskBoard__Output>): grpc.ClientUnaryCall;
  listTasks(argument: _client_portal_portal_v1_ListTasksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskBoard__Output>): grpc.ClientUnaryCall;
  listTasks(argument: _client_portal_portal_v1_ListTasksRequest, callback: grpc.requestCallback<_client_portal_portal_v1_TaskBoard__Output>): grpc.ClientUnaryCall;
  
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
  
  /**
   * A new status and/or place on the board.
   */
  MoveTask(argument: _client_portal_portal_v1_MoveTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  MoveTask(argument: _client_portal_portal_v1_MoveTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  MoveTask(argument: _client_portal_portal_v1_MoveTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  MoveTask(argument: _client_portal_portal_v1_MoveTaskRequest, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  /**
   * A new status and/or place on the board.
   */
  moveTask(argument: _client_portal_portal_v1_MoveTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  moveTask(argument: _client_portal_portal_v1_MoveTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  moveTask(argument: _client_portal_portal_v1_MoveTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  moveTask(argument: _client_portal_portal_v1_MoveTaskRequest, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes the fields named in `fields`; `expected_version` must be the version read (else
   * FAILED_PRECONDITION "changed meanwhile").
   */
  UpdateTask(argument: _client_portal_portal_v1_UpdateTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  UpdateTask(argument: _client_portal_portal_v1_UpdateTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  UpdateTask(argument: _client_portal_portal_v1_UpdateTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  UpdateTask(argument: _client_portal_portal_v1_UpdateTaskRequest, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  /**
   * Changes the fields named in `fields`; `expected_version` must be the version read (else
   * FAILED_PRECONDITION "changed meanwhile").
   */
  updateTask(argument: _client_portal_portal_v1_UpdateTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  updateTask(argument: _client_portal_portal_v1_UpdateTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  updateTask(argument: _client_portal_portal_v1_UpdateTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  updateTask(argument: _client_portal_portal_v1_UpdateTaskRequest, callback: grpc.requestCallback<_client_portal_portal_v1_TaskView__Output>): grpc.ClientUnaryCall;
  
}

export interface TaskServiceHandlers extends grpc.UntypedServiceImplementation {
  AddTaskComment: grpc.handleUnaryCall<_client_portal_portal_v1_AddTaskCommentRequest__Output, _client_portal_portal_v1_TaskCommentView>;
  
  CreateTask: grpc.handleUnaryCall<_client_portal_portal_v1_CreateTaskRequest__Output, _client_portal_portal_v1_TaskView>;
  
  DeleteTask: grpc.handleUnaryCall<_client_portal_portal_v1_DeleteTaskRequest__Output, _client_portal_portal_v1_DeleteTaskResponse>;
  
  /**
   * One task with its comments (a client user: client-visible comments only).
   */
  GetTask: grpc.handleUnaryCall<_client_portal_portal_v1_GetTaskRequest__Output, _client_portal_portal_v1_TaskDetail>;
  
  /**
   * The caller's open tasks across the workspaces they may see: for a client user, client-visible tasks
   * assigned to their contact; for staff, tasks assigned to them. Soonest due first (no due date last).
   * Feeds the client home's action inbox.
   */
  ListMyTasks: grpc.handleUnaryCall<_client_portal_portal_v1_ListMyTasksRequest__Output, _client_portal_portal_v1_TaskSummaryList>;
  
  /**
   * The workspace's tasks in board order, its progress and its milestones.
   */
  ListTasks: grpc.handleUnaryCall<_client_portal_portal_v1_ListTasksRequest__Output, _client_portal_portal_v1_TaskBoard>;
  
  /**
   * Milestones not done yet, of the projects linked to the workspaces the caller may see, soonest first.
   */
  ListUpcomingMilestones: grpc.handleUnaryCall<_client_portal_portal_v1_ListUpcomingMilestonesRequest__Output, _client_portal_portal_v1_MilestoneSummaryList>;
  
  /**
   * A new status and/or place on the board.
   */
  MoveTask: grpc.handleUnaryCall<_client_portal_portal_v1_MoveTaskRequest__Output, _client_portal_portal_v1_TaskView>;
  
  /**
   * Changes the fields named in `fields`; `expected_version` must be the version read (else
   * FAILED_PRECONDITION "changed meanwhile").
   */
  UpdateTask: grpc.handleUnaryCall<_client_portal_portal_v1_UpdateTaskRequest__Output, _client_portal_portal_v1_TaskView>;
  
}

export interface TaskServiceDefinition extends grpc.ServiceDefinition {
  AddTaskComment: MethodDefinition<_client_portal_portal_v1_AddTaskCommentRequest, _client_portal_portal_v1_TaskCommentView, _client_portal_portal_v1_AddTaskCommentRequest__Output, _client_portal_portal_v1_TaskCommentView__Output>
  CreateTask: MethodDefinition<_client_portal_portal_v1_CreateTaskRequest, _client_portal_portal_v1_TaskView, _client_portal_portal_v1_CreateTaskRequest__Output, _client_portal_portal_v1_TaskView__Output>
  DeleteTask: MethodDefinition<_client_portal_portal_v1_DeleteTaskRequest, _client_portal_portal_v1_DeleteTaskResponse, _client_portal_portal_v1_DeleteTaskRequest__Output, _client_portal_portal_v1_DeleteTaskResponse__Output>
  GetTask: MethodDefinition<_client_portal_portal_v1_GetTaskRequest, _client_portal_portal_v1_TaskDetail, _client_portal_portal_v1_GetTaskRequest__Output, _client_portal_portal_v1_TaskDetail__Output>
  ListMyTasks: MethodDefinition<_client_portal_portal_v1_ListMyTasksRequest, _client_portal_portal_v1_TaskSummaryList, _client_portal_portal_v1_ListMyTasksRequest__Output, _client_portal_portal_v1_TaskSummaryList__Output>
  ListTasks: MethodDefinition<_client_portal_portal_v1_ListTasksRequest, _client_portal_portal_v1_TaskBoard, _client_portal_portal_v1_ListTasksRequest__Output, _client_portal_portal_v1_TaskBoard__Output>
  ListUpcomingMilestones: MethodDefinition<_client_portal_portal_v1_ListUpcomingMilestonesRequest, _client_portal_portal_v1_MilestoneSummaryList, _client_portal_portal_v1_ListUpcomingMilestonesRequest__Output, _client_portal_portal_v1_MilestoneSummaryList__Output>
  MoveTask: MethodDefinition<_client_portal_portal_v1_MoveTaskRequest, _client_portal_portal_v1_TaskView, _client_portal_portal_v1_MoveTaskRequest__Output, _client_portal_portal_v1_TaskView__Output>
  UpdateTask: MethodDefinition<_client_portal_portal_v1_UpdateTaskRequest, _client_portal_portal_v1_TaskView, _client_portal_portal_v1_UpdateTaskRequest__Output, _client_portal_portal_v1_TaskView__Output>
}
