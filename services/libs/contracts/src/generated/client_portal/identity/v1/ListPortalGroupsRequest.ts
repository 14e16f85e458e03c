// Original file: proto/identity/v1/roles.proto


export interface ListPortalGroupsRequest {
}

export interface ListPortalGroupsRequest__Output {
}
