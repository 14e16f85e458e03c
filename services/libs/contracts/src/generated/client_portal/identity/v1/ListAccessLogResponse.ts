// Original file: proto/identity/v1/revocation.proto

import type { AccessLogEntry as _client_portal_identity_v1_AccessLogEntry, AccessLogEntry__Output as _client_portal_identity_v1_AccessLogEntry__Output } from '../../../client_portal/identity/v1/AccessLogEntry.js';

export interface ListAccessLogResponse {
  'entries'?: (_client_portal_identity_v1_AccessLogEntry)[];
}

export interface ListAccessLogResponse__Output {
  'entries': (_client_portal_identity_v1_AccessLogEntry__Output)[];
}
