// Original file: proto/billing/v1/comments.proto

import type { DocumentCommentAuthor as _client_portal_billing_v1_DocumentCommentAuthor, DocumentCommentAuthor__Output as _client_portal_billing_v1_DocumentCommentAuthor__Output } from '../../../client_portal/billing/v1/DocumentCommentAuthor.js';

export interface DocumentComment {
  'id'?: (string);
  'documentId'?: (string);
  'author'?: (_client_portal_billing_v1_DocumentCommentAuthor | null);
  'body'?: (string);
  'postedAt'?: (string);
}

export interface DocumentComment__Output {
  'id': (string);
  'documentId': (string);
  'author': (_client_portal_billing_v1_DocumentCommentAuthor__Output | null);
  'body': (string);
  'postedAt': (string);
}
