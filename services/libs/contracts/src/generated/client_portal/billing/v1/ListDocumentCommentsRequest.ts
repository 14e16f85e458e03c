// Original file: proto/billing/v1/comments.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListDocumentCommentsRequest {
  'documentId'?: (string);
  'page'?: (_client_portal_common_v1_PageRequest | null);
}

export interface ListDocumentCommentsRequest__Output {
  'documentId': (string);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
}
