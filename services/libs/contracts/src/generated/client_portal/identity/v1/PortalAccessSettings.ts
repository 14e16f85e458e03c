// Original file: proto/identity/v1/roles.proto


export interface PortalAccessSettings {
  /**
   * Staff members may invite people with an existing role (never choose rights).
   */
  'membersMayInvite'?: (boolean);
  'version'?: (number);
}

export interface PortalAccessSettings__Output {
  /**
   * Staff members may invite people with an existing role (never choose rights).
   */
  'membersMayInvite': (boolean);
  'version': (number);
}
