// Original file: proto/partner/v1/clients.proto


export interface GetClientRequest {
  'id'?: (string);
}

export interface GetClientRequest__Output {
  'id': (string);
}
