// Original file: proto/portal/v1/content.proto

import type { ContentLinkView as _client_portal_portal_v1_ContentLinkView, ContentLinkView__Output as _client_portal_portal_v1_ContentLinkView__Output } from '../../../client_portal/portal/v1/ContentLinkView.js';

export interface ContentLinkList {
  'links'?: (_client_portal_portal_v1_ContentLinkView)[];
}

export interface ContentLinkList__Output {
  'links': (_client_portal_portal_v1_ContentLinkView__Output)[];
}
