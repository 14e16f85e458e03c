// Original file: proto/billing/v1/comments.proto


export interface DocumentCommentAuthor {
  /**
   * staff or client.
   */
  'kind'?: (string);
  /**
   * Empty for a client user reading a staff comment.
   */
  'userId'?: (string);
  'name'?: (string);
}

export interface DocumentCommentAuthor__Output {
  /**
   * staff or client.
   */
  'kind': (string);
  /**
   * Empty for a client user reading a staff comment.
   */
  'userId': (string);
  'name': (string);
}
