// Original file: proto/identity/v1/roles.proto


export interface UpdatePortalRoleRequest {
  'roleId'?: (string);
  'name'?: (string);
  'rights'?: (string)[];
  /**
   * The version read (0: do not check).
   */
  'expectedVersion'?: (number);
}

export interface UpdatePortalRoleRequest__Output {
  'roleId': (string);
  'name': (string);
  'rights': (string)[];
  /**
   * The version read (0: do not check).
   */
  'expectedVersion': (number);
}
