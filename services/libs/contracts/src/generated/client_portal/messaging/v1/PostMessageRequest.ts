// Original file: proto/messaging/v1/messaging.proto


export interface PostMessageRequest {
  'workspaceId'?: (string);
  'body'?: (string);
  /**
   * The author's name as the gateway resolved it.
   */
  'authorDisplayName'?: (string);
}

export interface PostMessageRequest__Output {
  'workspaceId': (string);
  'body': (string);
  /**
   * The author's name as the gateway resolved it.
   */
  'authorDisplayName': (string);
}
