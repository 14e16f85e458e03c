// Original file: proto/messaging/v1/messaging.proto


export interface MarkReadRequest {
  'workspaceId'?: (string);
}

export interface MarkReadRequest__Output {
  'workspaceId': (string);
}
