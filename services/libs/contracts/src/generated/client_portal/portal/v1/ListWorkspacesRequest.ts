// Original file: proto/portal/v1/portal.proto


export interface ListWorkspacesRequest {
  'clientId'?: (string);
}

export interface ListWorkspacesRequest__Output {
  'clientId': (string);
}
