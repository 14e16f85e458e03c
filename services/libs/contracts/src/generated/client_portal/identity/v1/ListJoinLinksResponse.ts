// Original file: proto/identity/v1/join_links.proto

import type { JoinLinkView as _client_portal_identity_v1_JoinLinkView, JoinLinkView__Output as _client_portal_identity_v1_JoinLinkView__Output } from '../../../client_portal/identity/v1/JoinLinkView.js';

export interface ListJoinLinksResponse {
  'links'?: (_client_portal_identity_v1_JoinLinkView)[];
}

export interface ListJoinLinksResponse__Output {
  'links': (_client_portal_identity_v1_JoinLinkView__Output)[];
}
