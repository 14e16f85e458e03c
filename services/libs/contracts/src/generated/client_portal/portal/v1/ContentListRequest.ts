// Original file: proto/portal/v1/content.proto


export interface ContentListRequest {
  'workspaceId'?: (string);
}

export interface ContentListRequest__Output {
  'workspaceId': (string);
}
