// Original file: proto/billing/v1/acceptance.proto


export interface VerifyAcceptancePdfRequest {
  'acceptanceId'?: (string);
  'pdf'?: (Buffer | Uint8Array | string);
}

export interface VerifyAcceptancePdfRequest__Output {
  'acceptanceId': (string);
  'pdf': (Buffer);
}
