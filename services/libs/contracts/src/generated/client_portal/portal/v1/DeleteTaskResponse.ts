// Original file: proto/portal/v1/tasks.proto


export interface DeleteTaskResponse {
  'taskId'?: (string);
}

export interface DeleteTaskResponse__Output {
  'taskId': (string);
}
