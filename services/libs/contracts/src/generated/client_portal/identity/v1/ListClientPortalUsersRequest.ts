// Original file: proto/identity/v1/roles.proto


export interface ListClientPortalUsersRequest {
  'clientId'?: (string);
}

export interface ListClientPortalUsersRequest__Output {
  'clientId': (string);
}
