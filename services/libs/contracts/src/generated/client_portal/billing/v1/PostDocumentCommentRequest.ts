// Original file: proto/billing/v1/comments.proto


export interface PostDocumentCommentRequest {
  'documentId'?: (string);
  'body'?: (string);
  /**
   * The author's name as the gateway knows it.
   */
  'authorName'?: (string);
  /**
   * The agency's name, for the e-mail the other side receives.
   */
  'tenantName'?: (string);
}

export interface PostDocumentCommentRequest__Output {
  'documentId': (string);
  'body': (string);
  /**
   * The author's name as the gateway knows it.
   */
  'authorName': (string);
  /**
   * The agency's name, for the e-mail the other side receives.
   */
  'tenantName': (string);
}
