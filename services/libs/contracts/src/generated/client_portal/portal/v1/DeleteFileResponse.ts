// Original file: proto/portal/v1/files.proto


export interface DeleteFileResponse {
}

export interface DeleteFileResponse__Output {
}
