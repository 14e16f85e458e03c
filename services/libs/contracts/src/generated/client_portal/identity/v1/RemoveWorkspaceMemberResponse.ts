// Original file: proto/identity/v1/access.proto


export interface RemoveWorkspaceMemberResponse {
}

export interface RemoveWorkspaceMemberResponse__Output {
}
