// Original file: proto/portal/v1/content.proto


export interface AddContentLinkRequest {
  'workspaceId'?: (string);
  'title'?: (string);
  'url'?: (string);
  'description'?: (string);
}

export interface AddContentLinkRequest__Output {
  'workspaceId': (string);
  'title': (string);
  'url': (string);
  'description': (string);
}
