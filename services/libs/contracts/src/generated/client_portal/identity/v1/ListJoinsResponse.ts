// Original file: proto/identity/v1/join_links.proto

import type { JoinView as _client_portal_identity_v1_JoinView, JoinView__Output as _client_portal_identity_v1_JoinView__Output } from '../../../client_portal/identity/v1/JoinView.js';

export interface ListJoinsResponse {
  'joins'?: (_client_portal_identity_v1_JoinView)[];
}

export interface ListJoinsResponse__Output {
  'joins': (_client_portal_identity_v1_JoinView__Output)[];
}
