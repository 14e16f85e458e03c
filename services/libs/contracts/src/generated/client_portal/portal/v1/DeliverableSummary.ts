// Original file: proto/portal/v1/deliverables.proto


export interface DeliverableSummary {
  'id'?: (string);
  'workspaceId'?: (string);
  'workspaceName'?: (string);
  'title'?: (string);
  /**
   * The version awaiting the decision (1, 2, …).
   */
  'version'?: (number);
  'submittedAt'?: (string);
}

export interface DeliverableSummary__Output {
  'id': (string);
  'workspaceId': (string);
  'workspaceName': (string);
  'title': (string);
  /**
   * The version awaiting the decision (1, 2, …).
   */
  'version': (number);
  'submittedAt': (string);
}
