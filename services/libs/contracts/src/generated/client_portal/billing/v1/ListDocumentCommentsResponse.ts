// Original file: proto/billing/v1/comments.proto

import type { DocumentComment as _client_portal_billing_v1_DocumentComment, DocumentComment__Output as _client_portal_billing_v1_DocumentComment__Output } from '../../../client_portal/billing/v1/DocumentComment.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListDocumentCommentsResponse {
  'comments'?: (_client_portal_billing_v1_DocumentComment)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListDocumentCommentsResponse__Output {
  'comments': (_client_portal_billing_v1_DocumentComment__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}
