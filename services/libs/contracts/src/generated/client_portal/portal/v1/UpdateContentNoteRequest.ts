// Original file: proto/portal/v1/content.proto


export interface UpdateContentNoteRequest {
  'workspaceId'?: (string);
  'noteId'?: (string);
  'expectedVersion'?: (number);
  'title'?: (string);
  'body'?: (string);
  'clientVisible'?: (boolean);
}

export interface UpdateContentNoteRequest__Output {
  'workspaceId': (string);
  'noteId': (string);
  'expectedVersion': (number);
  'title': (string);
  'body': (string);
  'clientVisible': (boolean);
}
