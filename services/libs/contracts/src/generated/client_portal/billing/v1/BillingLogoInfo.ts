// Original file: proto/billing/v1/profile.proto


export interface BillingLogoInfo {
  /**
   * image/png or image/jpeg.
   */
  'contentType'?: (string);
  'size'?: (number);
  'sha256'?: (string);
  'uploadedAt'?: (string);
}

export interface BillingLogoInfo__Output {
  /**
   * image/png or image/jpeg.
   */
  'contentType': (string);
  'size': (number);
  'sha256': (string);
  'uploadedAt': (string);
}
