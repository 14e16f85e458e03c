// Original file: proto/portal/v1/files.proto


export interface FolderView {
  'id'?: (string);
  'workspaceId'?: (string);
  /**
   * Empty: at the top of the workspace.
   */
  'parentId'?: (string);
  'name'?: (string);
  /**
   * Staff only (false for client users, who see client-visible folders only).
   */
  'clientVisible'?: (boolean);
  'createdAt'?: (string);
}

export interface FolderView__Output {
  'id': (string);
  'workspaceId': (string);
  /**
   * Empty: at the top of the workspace.
   */
  'parentId': (string);
  'name': (string);
  /**
   * Staff only (false for client users, who see client-visible folders only).
   */
  'clientVisible': (boolean);
  'createdAt': (string);
}
