// Original file: proto/billing/v1/acceptance.proto


export interface ListQuoteAcceptancesRequest {
  'documentId'?: (string);
}

export interface ListQuoteAcceptancesRequest__Output {
  'documentId': (string);
}
