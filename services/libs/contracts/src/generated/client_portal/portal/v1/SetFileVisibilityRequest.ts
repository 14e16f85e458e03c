// Original file: proto/portal/v1/files.proto


export interface SetFileVisibilityRequest {
  'workspaceId'?: (string);
  'fileId'?: (string);
  'clientVisible'?: (boolean);
}

export interface SetFileVisibilityRequest__Output {
  'workspaceId': (string);
  'fileId': (string);
  'clientVisible': (boolean);
}
