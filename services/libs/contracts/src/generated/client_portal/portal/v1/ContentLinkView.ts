// Original file: proto/portal/v1/content.proto


export interface ContentLinkView {
  'id'?: (string);
  'workspaceId'?: (string);
  'title'?: (string);
  'url'?: (string);
  'description'?: (string);
  'position'?: (number);
  'version'?: (number);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface ContentLinkView__Output {
  'id': (string);
  'workspaceId': (string);
  'title': (string);
  'url': (string);
  'description': (string);
  'position': (number);
  'version': (number);
  'createdAt': (string);
  'updatedAt': (string);
}
