// Original file: proto/portal/v1/content.proto


export interface ReorderContentLinksRequest {
  'workspaceId'?: (string);
  'linkIds'?: (string)[];
}

export interface ReorderContentLinksRequest__Output {
  'workspaceId': (string);
  'linkIds': (string)[];
}
