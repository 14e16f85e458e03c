// Original file: proto/identity/v1/roles.proto


export interface UpdatePortalAccessSettingsRequest {
  'membersMayInvite'?: (boolean);
  'expectedVersion'?: (number);
}

export interface UpdatePortalAccessSettingsRequest__Output {
  'membersMayInvite': (boolean);
  'expectedVersion': (number);
}
