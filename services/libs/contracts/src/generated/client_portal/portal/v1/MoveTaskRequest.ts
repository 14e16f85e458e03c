// Original file: proto/portal/v1/tasks.proto


export interface MoveTaskRequest {
  'taskId'?: (string);
  'expectedVersion'?: (number);
  'status'?: (string);
  /**
   * The new place in the column (positions are always > 0); 0: the end of the column.
   */
  'position'?: (number | string);
}

export interface MoveTaskRequest__Output {
  'taskId': (string);
  'expectedVersion': (number);
  'status': (string);
  /**
   * The new place in the column (positions are always > 0); 0: the end of the column.
   */
  'position': (number);
}
