// Original file: proto/portal/v1/files.proto


export interface DeleteFolderResponse {
}

export interface DeleteFolderResponse__Output {
}
