// Original file: proto/portal/v1/content.proto


export interface UpdateContentLinkRequest {
  'workspaceId'?: (string);
  'linkId'?: (string);
  'expectedVersion'?: (number);
  'title'?: (string);
  'url'?: (string);
  'description'?: (string);
}

export interface UpdateContentLinkRequest__Output {
  'workspaceId': (string);
  'linkId': (string);
  'expectedVersion': (number);
  'title': (string);
  'url': (string);
  'description': (string);
}
