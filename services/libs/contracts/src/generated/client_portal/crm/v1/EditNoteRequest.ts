// Original file: proto/crm/v1/activity.proto


export interface EditNoteRequest {
  'clientId'?: (string);
  'noteId'?: (string);
  'body'?: (string);
  /**
   * The note's edited_at (or occurred_at if never edited) as read: a newer edit wins nothing silently.
   */
  'expectedVersion'?: (string);
}

export interface EditNoteRequest__Output {
  'clientId': (string);
  'noteId': (string);
  'body': (string);
  /**
   * The note's edited_at (or occurred_at if never edited) as read: a newer edit wins nothing silently.
   */
  'expectedVersion': (string);
}
