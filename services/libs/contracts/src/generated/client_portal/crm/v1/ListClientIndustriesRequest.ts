// Original file: proto/crm/v1/crm.proto


export interface ListClientIndustriesRequest {
}

export interface ListClientIndustriesRequest__Output {
}
