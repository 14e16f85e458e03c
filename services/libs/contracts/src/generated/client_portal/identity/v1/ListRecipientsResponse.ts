// Original file: proto/identity/v1/directory.proto

import type { Recipient as _client_portal_identity_v1_Recipient, Recipient__Output as _client_portal_identity_v1_Recipient__Output } from '../../../client_portal/identity/v1/Recipient.js';

export interface ListRecipientsResponse {
  'recipients'?: (_client_portal_identity_v1_Recipient)[];
}

export interface ListRecipientsResponse__Output {
  'recipients': (_client_portal_identity_v1_Recipient__Output)[];
}
