import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ListMyTasksRequest as _client_portal_portal_v1_ListMyTasksRequest, ListMyTasksRequest__Output as _client_portal_portal_v1_ListMyTasksRequest__Output } from './client_portal/portal/v1/ListMyTasksRequest.js';
import type { ListUpcomingMilestonesRequest as _client_portal_portal_v1_ListUpcomingMilestonesRequest, ListUpcomingMilestonesRequest__Output as _client_portal_portal_v1_ListUpcomingMilestonesRequest__Output } from './client_portal/portal/v1/ListUpcomingMilestonesRequest.js';
import type { MilestoneSummary as _client_portal_portal_v1_MilestoneSummary, MilestoneSummary__Output as _client_portal_portal_v1_MilestoneSummary__Output } from './client_portal/portal/v1/MilestoneSummary.js';
import type { MilestoneSummaryList as _client_portal_portal_v1_MilestoneSummaryList, MilestoneSummaryList__Output as _client_portal_portal_v1_MilestoneSummaryList__Output } from './client_portal/portal/v1/MilestoneSummaryList.js';
import type { TaskServiceClient as _client_portal_portal_v1_TaskServiceClient, TaskServiceDefinition as _client_portal_portal_v1_TaskServiceDefinition } from './client_portal/portal/v1/TaskService.js';
import type { TaskSummary as _client_portal_portal_v1_TaskSummary, TaskSummary__Output as _client_portal_portal_v1_TaskSummary__Output } from './client_portal/portal/v1/TaskSummary.js';
import type { TaskSummaryList as _client_portal_portal_v1_TaskSummaryList, TaskSummaryList__Output as _client_portal_portal_v1_TaskSummaryList__Output } from './client_portal/portal/v1/TaskSummaryList.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    portal: {
      v1: {
        ListMyTasksRequest: MessageTypeDefinition<_client_portal_portal_v1_ListMyTasksRequest, _client_portal_portal_v1_ListMyTasksRequest__Output>
        ListUpcomingMilestonesRequest: MessageTypeDefinition<_client_portal_portal_v1_ListUpcomingMilestonesRequest, _client_portal_portal_v1_ListUpcomingMilestonesRequest__Output>
        MilestoneSummary: MessageTypeDefinition<_client_portal_portal_v1_MilestoneSummary, _client_portal_portal_v1_MilestoneSummary__Output>
        MilestoneSummaryList: MessageTypeDefinition<_client_portal_portal_v1_MilestoneSummaryList, _client_portal_portal_v1_MilestoneSummaryList__Output>
        TaskService: SubtypeConstructor<typeof grpc.Client, _client_portal_portal_v1_TaskServiceClient> & { service: _client_portal_portal_v1_TaskServiceDefinition }
        TaskSummary: MessageTypeDefinition<_client_portal_portal_v1_TaskSummary, _client_portal_portal_v1_TaskSummary__Output>
        TaskSummaryList: MessageTypeDefinition<_client_portal_portal_v1_TaskSummaryList, _client_portal_portal_v1_TaskSummaryList__Output>
      }
    }
  }
}

