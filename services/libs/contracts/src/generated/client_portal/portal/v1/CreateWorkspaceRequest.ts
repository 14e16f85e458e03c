// Original file: proto/portal/v1/portal.proto


export interface CreateWorkspaceRequest {
  'clientId'?: (string);
  'clientName'?: (string);
  /**
   * Defaults to the project's name, else the client's.
   */
  'name'?: (string);
  'projectId'?: (string);
  'projectName'?: (string);
}

export interface CreateWorkspaceRequest__Output {
  'clientId': (string);
  'clientName': (string);
  /**
   * Defaults to the project's name, else the client's.
   */
  'name': (string);
  'projectId': (string);
  'projectName': (string);
}
