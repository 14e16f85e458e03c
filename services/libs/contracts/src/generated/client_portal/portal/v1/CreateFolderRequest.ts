// Original file: proto/portal/v1/files.proto


export interface CreateFolderRequest {
  'workspaceId'?: (string);
  'parentId'?: (string);
  'name'?: (string);
  'clientVisible'?: (boolean);
}

export interface CreateFolderRequest__Output {
  'workspaceId': (string);
  'parentId': (string);
  'name': (string);
  'clientVisible': (boolean);
}
