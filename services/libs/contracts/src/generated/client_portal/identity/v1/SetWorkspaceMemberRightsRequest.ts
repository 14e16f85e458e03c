// Original file: proto/identity/v1/access.proto


export interface SetWorkspaceMemberRightsRequest {
  'workspaceId'?: (string);
  'externalUserId'?: (string);
  'rights'?: (string)[];
}

export interface SetWorkspaceMemberRightsRequest__Output {
  'workspaceId': (string);
  'externalUserId': (string);
  'rights': (string)[];
}
