// Original file: proto/portal/v1/content.proto


export interface WorkspaceTimelineEntry {
  'id'?: (string);
  /**
   * The catalogue event type, e.g. portal.note.created, billing.invoice.paid.
   */
  'type'?: (string);
  /**
   * The task, file, link, note, document, payment or message id.
   */
  'subjectId'?: (string);
  'title'?: (string);
  'actorName'?: (string);
  'occurredAt'?: (string);
  /**
   * Staff only; always true in a client user's answer.
   */
  'clientVisible'?: (boolean);
}

export interface WorkspaceTimelineEntry__Output {
  'id': (string);
  /**
   * The catalogue event type, e.g. portal.note.created, billing.invoice.paid.
   */
  'type': (string);
  /**
   * The task, file, link, note, document, payment or message id.
   */
  'subjectId': (string);
  'title': (string);
  'actorName': (string);
  'occurredAt': (string);
  /**
   * Staff only; always true in a client user's answer.
   */
  'clientVisible': (boolean);
}
