// Original file: proto/crm/v1/crm.proto


export interface ListStaffDirectoryRequest {
}

export interface ListStaffDirectoryRequest__Output {
}
