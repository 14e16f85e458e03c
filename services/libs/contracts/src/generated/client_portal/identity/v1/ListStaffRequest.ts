// Original file: proto/identity/v1/identity.proto


export interface ListStaffRequest {
  /**
   * Only with a service principal; staff always list their own tenant.
   */
  'tenantId'?: (string);
  /**
   * Also the invited (pending) and deactivated members: the team page. Needs team.manage.
   */
  'includeInactive'?: (boolean);
}

export interface ListStaffRequest__Output {
  /**
   * Only with a service principal; staff always list their own tenant.
   */
  'tenantId': (string);
  /**
   * Also the invited (pending) and deactivated members: the team page. Needs team.manage.
   */
  'includeInactive': (boolean);
}
