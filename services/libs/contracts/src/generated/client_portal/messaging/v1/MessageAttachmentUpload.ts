// Original file: proto/messaging/v1/message_actions.proto

import type { MessageAttachment as _client_portal_messaging_v1_MessageAttachment, MessageAttachment__Output as _client_portal_messaging_v1_MessageAttachment__Output } from '../../../client_portal/messaging/v1/MessageAttachment.js';

export interface MessageAttachmentUpload {
  'attachment'?: (_client_portal_messaging_v1_MessageAttachment | null);
  'uploadUrl'?: (string);
  'expiresAt'?: (string);
  'maxBytes'?: (number);
}

export interface MessageAttachmentUpload__Output {
  'attachment': (_client_portal_messaging_v1_MessageAttachment__Output | null);
  'uploadUrl': (string);
  'expiresAt': (string);
  'maxBytes': (number);
}
