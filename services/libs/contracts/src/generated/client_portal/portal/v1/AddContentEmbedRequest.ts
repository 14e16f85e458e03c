// Original file: proto/portal/v1/content.proto


export interface AddContentEmbedRequest {
  'workspaceId'?: (string);
  'title'?: (string);
  'url'?: (string);
}

export interface AddContentEmbedRequest__Output {
  'workspaceId': (string);
  'title': (string);
  'url': (string);
}
