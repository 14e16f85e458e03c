// Original file: proto/identity/v1/revocation.proto


export interface ListClientPortalAccessRequest {
  'clientId'?: (string);
}

export interface ListClientPortalAccessRequest__Output {
  'clientId': (string);
}
