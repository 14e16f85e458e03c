// Original file: proto/identity/v1/roles.proto


export interface JoinPortalGroupsResponse {
}

export interface JoinPortalGroupsResponse__Output {
}
