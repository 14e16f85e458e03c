// Original file: proto/portal/v1/tasks.proto


export interface DeleteTaskRequest {
  'taskId'?: (string);
  'expectedVersion'?: (number);
}

export interface DeleteTaskRequest__Output {
  'taskId': (string);
  'expectedVersion': (number);
}
