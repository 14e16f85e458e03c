// Original file: proto/partner/v1/messages.proto

import type { Message as _client_portal_partner_v1_Message, Message__Output as _client_portal_partner_v1_Message__Output } from '../../../client_portal/partner/v1/Message.js';

export interface ListMessagesResponse {
  'messages'?: (_client_portal_partner_v1_Message)[];
  'nextPageToken'?: (string);
}

export interface ListMessagesResponse__Output {
  'messages': (_client_portal_partner_v1_Message__Output)[];
  'nextPageToken': (string);
}
