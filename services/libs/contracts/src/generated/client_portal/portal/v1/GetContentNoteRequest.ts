// Original file: proto/portal/v1/content.proto


export interface GetContentNoteRequest {
  'workspaceId'?: (string);
  'noteId'?: (string);
}

export interface GetContentNoteRequest__Output {
  'workspaceId': (string);
  'noteId': (string);
}
