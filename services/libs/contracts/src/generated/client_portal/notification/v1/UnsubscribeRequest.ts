// Original file: proto/notification/v1/preferences.proto


export interface UnsubscribeRequest {
  'token'?: (string);
}

export interface UnsubscribeRequest__Output {
  'token': (string);
}
