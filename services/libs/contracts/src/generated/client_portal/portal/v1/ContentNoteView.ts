// Original file: proto/portal/v1/content.proto


export interface ContentNoteView {
  'id'?: (string);
  'workspaceId'?: (string);
  'title'?: (string);
  /**
   * Plain text; line breaks kept.
   */
  'body'?: (string);
  'clientVisible'?: (boolean);
  'version'?: (number);
  'authorName'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface ContentNoteView__Output {
  'id': (string);
  'workspaceId': (string);
  'title': (string);
  /**
   * Plain text; line breaks kept.
   */
  'body': (string);
  'clientVisible': (boolean);
  'version': (number);
  'authorName': (string);
  'createdAt': (string);
  'updatedAt': (string);
}
