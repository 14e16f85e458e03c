// Original file: proto/crm/v1/activity.proto


export interface AddNoteRequest {
  'clientId'?: (string);
  'body'?: (string);
}

export interface AddNoteRequest__Output {
  'clientId': (string);
  'body': (string);
}
