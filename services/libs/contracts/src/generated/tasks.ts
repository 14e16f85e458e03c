import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddTaskCommentRequest as _client_portal_portal_v1_AddTaskCommentRequest, AddTaskCommentRequest__Output as _client_portal_portal_v1_AddTaskCommentRequest__Output } from './client_portal/portal/v1/AddTaskCommentRequest.js';
import type { CreateTaskRequest as _client_portal_portal_v1_CreateTaskRequest, CreateTaskRequest__Output as _client_portal_portal_v1_CreateTaskRequest__Output } from './client_portal/portal/v1/CreateTaskRequest.js';
import type { DeleteTaskRequest as _client_portal_portal_v1_DeleteTaskRequest, DeleteTaskRequest__Output as _client_portal_portal_v1_DeleteTaskRequest__Output } from './client_portal/portal/v1/DeleteTaskRequest.js';
import type { DeleteTaskResponse as _client_portal_portal_v1_DeleteTaskResponse, DeleteTaskResponse__Output as _client_portal_portal_v1_DeleteTaskResponse__Output } from './client_portal/portal/v1/DeleteTaskResponse.js';
import type { GetTaskRequest as _client_portal_portal_v1_GetTaskRequest, GetTaskRequest__Output as _client_portal_portal_v1_GetTaskRequest__Output } from './client_portal/portal/v1/GetTaskRequest.js';
import type { ListMyTasksRequest as _client_portal_portal_v1_ListMyTasksRequest, ListMyTasksRequest__Output as _client_portal_portal_v1_ListMyTasksRequest__Output } from './client_portal/portal/v1/ListMyTasksRequest.js';
import type { ListTasksRequest as _client_portal_portal_v1_ListTasksRequest, ListTasksRequest__Output as _client_portal_portal_v1_ListTasksRequest__Output } from './client_portal/portal/v1/ListTasksRequest.js';
import type { ListUpcomingMilestonesRequest as _client_portal_portal_v1_ListUpcomingMilestonesRequest, ListUpcomingMilestonesRequest__Output as _client_portal_portal_v1_ListUpcomingMilestonesRequest__Output } from './client_portal/portal/v1/ListUpcomingMilestonesRequest.js';
import type { MilestoneSummary as _client_portal_portal_v1_MilestoneSummary, MilestoneSummary__Output as _client_portal_portal_v1_MilestoneSummary__Output } from './client_portal/portal/v1/MilestoneSummary.js';
import type { MilestoneSummaryList as _client_portal_portal_v1_MilestoneSummaryList, MilestoneSummaryList__Output as _client_portal_portal_v1_MilestoneSummaryList__Output } from './client_portal/portal/v1/MilestoneSummaryList.js';
import type { MoveTaskRequest as _client_portal_portal_v1_MoveTaskRequest, MoveTaskRequest__Output as _client_portal_portal_v1_MoveTaskRequest__Output } from './client_portal/portal/v1/MoveTaskRequest.js';
import type { TaskAssignee as _client_portal_portal_v1_TaskAssignee, TaskAssignee__Output as _client_portal_portal_v1_TaskAssignee__Output } from './client_portal/portal/v1/TaskAssignee.js';
import type { TaskAssigneeInput as _client_portal_portal_v1_TaskAssigneeInput, TaskAssigneeInput__Output as _client_portal_portal_v1_TaskAssigneeInput__Output } from './client_portal/portal/v1/TaskAssigneeInput.js';
import type { TaskBoard as _client_portal_portal_v1_TaskBoard, TaskBoard__Output as _client_portal_portal_v1_TaskBoard__Output } from './client_portal/portal/v1/TaskBoard.js';
import type { TaskCommentView as _client_portal_portal_v1_TaskCommentView, TaskCommentView__Output as _client_portal_portal_v1_TaskCommentView__Output } from './client_portal/portal/v1/TaskCommentView.js';
import type { TaskDetail as _client_portal_portal_v1_TaskDetail, TaskDetail__Output as _client_portal_portal_v1_TaskDetail__Output } from './client_portal/portal/v1/TaskDetail.js';
import type { TaskMilestone as _client_portal_portal_v1_TaskMilestone, TaskMilestone__Output as _client_portal_portal_v1_TaskMilestone__Output } from './client_portal/portal/v1/TaskMilestone.js';
import type { TaskProgress as _client_portal_portal_v1_TaskProgress, TaskProgress__Output as _client_portal_portal_v1_TaskProgress__Output } from './client_portal/portal/v1/TaskProgress.js';
import type { TaskServiceClient as _client_portal_portal_v1_TaskServiceClient, TaskServiceDefinition as _client_portal_portal_v1_TaskServiceDefinition } from './client_portal/portal/v1/TaskService.js';
import type { TaskSummary as _client_portal_portal_v1_TaskSummary, TaskSummary__Output as _client_portal_portal_v1_TaskSummary__Output } from './client_portal/portal/v1/TaskSummary.js';
import type { TaskSummaryList as _client_portal_portal_v1_TaskSummaryList, TaskSummaryList__Output as _client_portal_portal_v1_TaskSummaryList__Output } from './client_portal/portal/v1/TaskSummaryList.js';
import type { TaskView as _client_portal_portal_v1_TaskView, TaskView__Output as _client_portal_portal_v1_TaskView__Output } from './client_portal/portal/v1/TaskView.js';
import type { UpdateTaskRequest as _client_portal_portal_v1_UpdateTaskRequest, UpdateTaskRequest__Output as _client_portal_portal_v1_UpdateTaskRequest__Output } from './client_portal/portal/v1/UpdateTaskRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    portal: {
      v1: {
        AddTaskCommentRequest: MessageTypeDefinition<_client_portal_portal_v1_AddTaskCommentRequest, _client_portal_portal_v1_AddTaskCommentRequest__Output>
        CreateTaskRequest: MessageTypeDefinition<_client_portal_portal_v1_CreateTaskRequest, _client_portal_portal_v1_CreateTaskRequest__Output>
        DeleteTaskRequest: MessageTypeDefinition<_client_portal_portal_v1_DeleteTaskRequest, _client_portal_portal_v1_DeleteTaskRequest__Output>
        DeleteTaskResponse: MessageTypeDefinition<_client_portal_portal_v1_DeleteTaskResponse, _client_portal_portal_v1_DeleteTaskResponse__Output>
        GetTaskRequest: MessageTypeDefinition<_client_portal_portal_v1_GetTaskRequest, _client_portal_portal_v1_GetTaskRequest__Output>
        ListMyTasksRequest: MessageTypeDefinition<_client_portal_portal_v1_ListMyTasksRequest, _client_portal_portal_v1_ListMyTasksRequest__Output>
        ListTasksRequest: MessageTypeDefinition<_client_portal_portal_v1_ListTasksRequest, _client_portal_portal_v1_ListTasksRequest__Output>
        ListUpcomingMilestonesRequest: MessageTypeDefinition<_client_portal_portal_v1_ListUpcomingMilestonesRequest, _client_portal_portal_v1_ListUpcomingMilestonesRequest__Output>
        MilestoneSummary: MessageTypeDefinition<_client_portal_portal_v1_MilestoneSummary, _client_portal_portal_v1_MilestoneSummary__Output>
        MilestoneSummaryList: MessageTypeDefinition<_client_portal_portal_v1_MilestoneSummaryList, _client_portal_portal_v1_MilestoneSummaryList__Output>
        MoveTaskRequest: MessageTypeDefinition<_client_portal_portal_v1_MoveTaskRequest, _client_portal_portal_v1_MoveTaskRequest__Output>
        TaskAssignee: MessageTypeDefinition<_client_portal_portal_v1_TaskAssignee, _client_portal_portal_v1_TaskAssignee__Output>
        TaskAssigneeInput: MessageTypeDefinition<_client_portal_portal_v1_TaskAssigneeInput, _client_portal_portal_v1_TaskAssigneeInput__Output>
        TaskBoard: MessageTypeDefinition<_client_portal_portal_v1_TaskBoard, _client_portal_portal_v1_TaskBoard__Output>
        TaskCommentView: MessageTypeDefinition<_client_portal_portal_v1_TaskCommentView, _client_portal_portal_v1_TaskCommentView__Output>
        TaskDetail: MessageTypeDefinition<_client_portal_portal_v1_TaskDetail, _client_portal_portal_v1_TaskDetail__Output>
        TaskMilestone: MessageTypeDefinition<_client_portal_portal_v1_TaskMilestone, _client_portal_portal_v1_TaskMilestone__Output>
        TaskProgress: MessageTypeDefinition<_client_portal_portal_v1_TaskProgress, _client_portal_portal_v1_TaskProgress__Output>
        TaskService: SubtypeConstructor<typeof grpc.Client, _client_portal_portal_v1_TaskServiceClient> & { service: _client_portal_portal_v1_TaskServiceDefinition }
        TaskSummary: MessageTypeDefinition<_client_portal_portal_v1_TaskSummary, _client_portal_portal_v1_TaskSummary__Output>
        TaskSummaryList: MessageTypeDefinition<_client_portal_portal_v1_TaskSummaryList, _client_portal_portal_v1_TaskSummaryList__Output>
        TaskView: MessageTypeDefinition<_client_portal_portal_v1_TaskView, _client_portal_portal_v1_TaskView__Output>
        UpdateTaskRequest: MessageTypeDefinition<_client_portal_portal_v1_UpdateTaskRequest, _client_portal_portal_v1_UpdateTaskRequest__Output>
      }
    }
  }
}

