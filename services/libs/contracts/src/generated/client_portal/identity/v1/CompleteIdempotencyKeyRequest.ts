// Original file: proto/identity/v1/partner_apps.proto


export interface CompleteIdempotencyKeyRequest {
  'applicationId'?: (string);
  'key'?: (string);
  'responseJson'?: (string);
}

export interface CompleteIdempotencyKeyRequest__Output {
  'applicationId': (string);
  'key': (string);
  'responseJson': (string);
}
