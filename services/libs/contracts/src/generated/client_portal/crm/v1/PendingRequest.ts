// Original file: proto/crm/v1/activity.proto


export interface PendingRequest {
  'workspaceId'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  'authorName'?: (string);
  'lastMessageAt'?: (string);
}

export interface PendingRequest__Output {
  'workspaceId': (string);
  'clientId': (string);
  'clientName': (string);
  'authorName': (string);
  'lastMessageAt': (string);
}
