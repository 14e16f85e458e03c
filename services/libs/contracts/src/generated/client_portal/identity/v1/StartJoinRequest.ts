// Original file: proto/identity/v1/join_links.proto


export interface StartJoinRequest {
  'token'?: (string);
  'displayName'?: (string);
  'email'?: (string);
  'password'?: (string);
  'ipAddress'?: (string);
  'userAgent'?: (string);
}

export interface StartJoinRequest__Output {
  'token': (string);
  'displayName': (string);
  'email': (string);
  'password': (string);
  'ipAddress': (string);
  'userAgent': (string);
}
