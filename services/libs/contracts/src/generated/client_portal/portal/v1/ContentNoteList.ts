// Original file: proto/portal/v1/content.proto

import type { ContentNoteView as _client_portal_portal_v1_ContentNoteView, ContentNoteView__Output as _client_portal_portal_v1_ContentNoteView__Output } from '../../../client_portal/portal/v1/ContentNoteView.js';

export interface ContentNoteList {
  'notes'?: (_client_portal_portal_v1_ContentNoteView)[];
}

export interface ContentNoteList__Output {
  'notes': (_client_portal_portal_v1_ContentNoteView__Output)[];
}
