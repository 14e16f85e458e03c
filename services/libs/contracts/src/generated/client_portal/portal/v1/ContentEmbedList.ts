// Original file: proto/portal/v1/content.proto

import type { ContentEmbedView as _client_portal_portal_v1_ContentEmbedView, ContentEmbedView__Output as _client_portal_portal_v1_ContentEmbedView__Output } from '../../../client_portal/portal/v1/ContentEmbedView.js';

export interface ContentEmbedList {
  'embeds'?: (_client_portal_portal_v1_ContentEmbedView)[];
}

export interface ContentEmbedList__Output {
  'embeds': (_client_portal_portal_v1_ContentEmbedView__Output)[];
}
