// Original file: proto/crm/v1/activity.proto


export interface DeleteNoteResponse {
}

export interface DeleteNoteResponse__Output {
}
