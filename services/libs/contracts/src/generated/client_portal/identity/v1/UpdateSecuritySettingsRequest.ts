// Original file: proto/identity/v1/security.proto


export interface UpdateSecuritySettingsRequest {
  'stepUpMaxAgeSeconds'?: (number);
  'expectedVersion'?: (number);
}

export interface UpdateSecuritySettingsRequest__Output {
  'stepUpMaxAgeSeconds': (number);
  'expectedVersion': (number);
}
