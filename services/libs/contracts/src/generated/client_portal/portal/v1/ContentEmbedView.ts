// Original file: proto/portal/v1/content.proto


export interface ContentEmbedView {
  'id'?: (string);
  'workspaceId'?: (string);
  'title'?: (string);
  'url'?: (string);
  'position'?: (number);
  'version'?: (number);
  /**
   * Staff only (always false for a client user, who never receives a blocked embed): the host is no
   * longer on the tenant's allow-list, so the embed is not rendered.
   */
  'blocked'?: (boolean);
  'host'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface ContentEmbedView__Output {
  'id': (string);
  'workspaceId': (string);
  'title': (string);
  'url': (string);
  'position': (number);
  'version': (number);
  /**
   * Staff only (always false for a client user, who never receives a blocked embed): the host is no
   * longer on the tenant's allow-list, so the embed is not rendered.
   */
  'blocked': (boolean);
  'host': (string);
  'createdAt': (string);
  'updatedAt': (string);
}
