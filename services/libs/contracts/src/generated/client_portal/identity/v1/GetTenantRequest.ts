// Original file: proto/identity/v1/identity.proto


export interface GetTenantRequest {
  'tenantId'?: (string);
}

export interface GetTenantRequest__Output {
  'tenantId': (string);
}
