// Original file: proto/partner/v1/workspaces.proto


export interface Workspace {
  'id'?: (string);
  'clientId'?: (string);
  'name'?: (string);
  /**
   * The project the workspace belongs to; empty when none.
   */
  'projectId'?: (string);
  /**
   * The portal modules shown in it (documents, files, messages, tasks, …).
   */
  'modules'?: (string)[];
  'archived'?: (boolean);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface Workspace__Output {
  'id': (string);
  'clientId': (string);
  'name': (string);
  /**
   * The project the workspace belongs to; empty when none.
   */
  'projectId': (string);
  /**
   * The portal modules shown in it (documents, files, messages, tasks, …).
   */
  'modules': (string)[];
  'archived': (boolean);
  'createdAt': (string);
  'updatedAt': (string);
}
