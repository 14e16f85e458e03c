// Original file: proto/crm/v1/projects.proto


export interface DeleteProjectResponse {
}

export interface DeleteProjectResponse__Output {
}
