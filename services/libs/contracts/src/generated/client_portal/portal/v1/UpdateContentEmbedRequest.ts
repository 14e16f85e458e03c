// Original file: proto/portal/v1/content.proto


export interface UpdateContentEmbedRequest {
  'workspaceId'?: (string);
  'embedId'?: (string);
  'expectedVersion'?: (number);
  'title'?: (string);
  'url'?: (string);
}

export interface UpdateContentEmbedRequest__Output {
  'workspaceId': (string);
  'embedId': (string);
  'expectedVersion': (number);
  'title': (string);
  'url': (string);
}
