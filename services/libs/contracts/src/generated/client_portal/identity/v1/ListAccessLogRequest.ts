// Original file: proto/identity/v1/revocation.proto


export interface ListAccessLogRequest {
  'clientId'?: (string);
}

export interface ListAccessLogRequest__Output {
  'clientId': (string);
}
