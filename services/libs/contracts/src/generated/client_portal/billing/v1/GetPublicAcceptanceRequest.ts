// Original file: proto/billing/v1/acceptance.proto


export interface GetPublicAcceptanceRequest {
  'acceptanceId'?: (string);
}

export interface GetPublicAcceptanceRequest__Output {
  'acceptanceId': (string);
}
