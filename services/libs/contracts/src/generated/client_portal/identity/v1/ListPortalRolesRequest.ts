// Original file: proto/identity/v1/roles.proto


export interface ListPortalRolesRequest {
}

export interface ListPortalRolesRequest__Output {
}
