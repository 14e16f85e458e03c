// Original file: proto/identity/v1/partner_apps.proto


export interface ReleaseIdempotencyKeyRequest {
  'applicationId'?: (string);
  'key'?: (string);
}

export interface ReleaseIdempotencyKeyRequest__Output {
  'applicationId': (string);
  'key': (string);
}
