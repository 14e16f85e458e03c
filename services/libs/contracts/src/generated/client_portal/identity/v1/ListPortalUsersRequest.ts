// Original file: proto/identity/v1/view_as.proto


export interface ListPortalUsersRequest {
  'clientId'?: (string);
}

export interface ListPortalUsersRequest__Output {
  'clientId': (string);
}
