// Original file: proto/billing/v1/documents.proto


export interface ConvertQuoteRequest {
  'quoteId'?: (string);
  /**
   * full, deposit or balance.
   */
  'mode'?: (string);
  /**
   * deposit: the share of the quote, 1-9999 basis points (3000 = 30 %).
   */
  'depositBasisPoints'?: (number);
}

export interface ConvertQuoteRequest__Output {
  'quoteId': (string);
  /**
   * full, deposit or balance.
   */
  'mode': (string);
  /**
   * deposit: the share of the quote, 1-9999 basis points (3000 = 30 %).
   */
  'depositBasisPoints': (number);
}
