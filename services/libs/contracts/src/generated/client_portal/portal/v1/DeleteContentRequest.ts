// Original file: proto/portal/v1/content.proto


export interface DeleteContentRequest {
  'workspaceId'?: (string);
  /**
   * The link, embed or note.
   */
  'id'?: (string);
  'expectedVersion'?: (number);
}

export interface DeleteContentRequest__Output {
  'workspaceId': (string);
  /**
   * The link, embed or note.
   */
  'id': (string);
  'expectedVersion': (number);
}
