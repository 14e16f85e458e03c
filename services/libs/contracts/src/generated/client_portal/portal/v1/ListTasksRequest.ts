// Original file: proto/portal/v1/tasks.proto


export interface ListTasksRequest {
  'workspaceId'?: (string);
}

export interface ListTasksRequest__Output {
  'workspaceId': (string);
}
