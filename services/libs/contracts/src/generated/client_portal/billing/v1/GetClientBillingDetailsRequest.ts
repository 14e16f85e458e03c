// Original file: proto/billing/v1/profile.proto


export interface GetClientBillingDetailsRequest {
  'clientId'?: (string);
}

export interface GetClientBillingDetailsRequest__Output {
  'clientId': (string);
}
