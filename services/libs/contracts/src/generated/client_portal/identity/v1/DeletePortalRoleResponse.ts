// Original file: proto/identity/v1/roles.proto


export interface DeletePortalRoleResponse {
}

export interface DeletePortalRoleResponse__Output {
}
