// Original file: proto/crm/v1/activity.proto


export interface DeleteNoteRequest {
  'clientId'?: (string);
  'noteId'?: (string);
}

export interface DeleteNoteRequest__Output {
  'clientId': (string);
  'noteId': (string);
}
