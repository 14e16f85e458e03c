// Original file: proto/identity/v1/roles.proto


export interface DeletePortalGroupResponse {
}

export interface DeletePortalGroupResponse__Output {
}
