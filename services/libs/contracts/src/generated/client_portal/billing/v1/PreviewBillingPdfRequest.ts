// Original file: proto/billing/v1/profile.proto


export interface PreviewBillingPdfRequest {
  /**
   * en, fr, es or pt; en when empty.
   */
  'language'?: (string);
  /**
   * quote, proforma, invoice, credit_note or delivery_note; invoice when empty.
   */
  'kind'?: (string);
  /**
   * The agency's name, used where the profile has no trading name.
   */
  'tenantName'?: (string);
}

export interface PreviewBillingPdfRequest__Output {
  /**
   * en, fr, es or pt; en when empty.
   */
  'language': (string);
  /**
   * quote, proforma, invoice, credit_note or delivery_note; invoice when empty.
   */
  'kind': (string);
  /**
   * The agency's name, used where the profile has no trading name.
   */
  'tenantName': (string);
}
