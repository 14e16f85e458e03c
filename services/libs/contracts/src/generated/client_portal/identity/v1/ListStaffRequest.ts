// Original file: proto/identity/v1/identity.proto


export interface ListStaffRequest {
  /**
   * Only with a service principal; staff always list their own tenant.
   */
  'tenantId'?: (string);
}

export interface ListStaffRequest__Output {
  /**
   * Only with a service principal; staff always list their own tenant.
   */
  'tenantId': (string);
}
