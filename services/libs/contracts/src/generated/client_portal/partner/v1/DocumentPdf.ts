// Original file: proto/partner/v1/documents.proto


export interface DocumentPdf {
  'fileName'?: (string);
  /**
   * application/pdf.
   */
  'contentType'?: (string);
  'content'?: (Buffer | Uint8Array | string);
  /**
   * SHA-256 of content, hex.
   */
  'sha256'?: (string);
}

export interface DocumentPdf__Output {
  'fileName': (string);
  /**
   * application/pdf.
   */
  'contentType': (string);
  'content': (Buffer);
  /**
   * SHA-256 of content, hex.
   */
  'sha256': (string);
}
