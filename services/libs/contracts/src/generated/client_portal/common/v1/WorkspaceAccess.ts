// Original file: proto/common/v1/common.proto


export interface WorkspaceAccess {
  'workspaceId'?: (string);
  'rights'?: (string)[];
}

export interface WorkspaceAccess__Output {
  'workspaceId': (string);
  'rights': (string)[];
}
