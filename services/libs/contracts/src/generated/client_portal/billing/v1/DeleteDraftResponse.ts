// Original file: proto/billing/v1/documents.proto


export interface DeleteDraftResponse {
}

export interface DeleteDraftResponse__Output {
}
