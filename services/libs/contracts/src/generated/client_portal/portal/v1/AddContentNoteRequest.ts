// Original file: proto/portal/v1/content.proto


export interface AddContentNoteRequest {
  'workspaceId'?: (string);
  'title'?: (string);
  'body'?: (string);
  'clientVisible'?: (boolean);
}

export interface AddContentNoteRequest__Output {
  'workspaceId': (string);
  'title': (string);
  'body': (string);
  'clientVisible': (boolean);
}
