// Original file: proto/portal/v1/deliverables.proto


export interface ListDeliverablesRequest {
  'workspaceId'?: (string);
}

export interface ListDeliverablesRequest__Output {
  'workspaceId': (string);
}
