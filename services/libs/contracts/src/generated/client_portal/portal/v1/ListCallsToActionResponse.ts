// Original file: proto/portal/v1/settings.proto

import type { CallToActionView as _client_portal_portal_v1_CallToActionView, CallToActionView__Output as _client_portal_portal_v1_CallToActionView__Output } from '../../../client_portal/portal/v1/CallToActionView.js';

export interface ListCallsToActionResponse {
  'callsToAction'?: (_client_portal_portal_v1_CallToActionView)[];
}

export interface ListCallsToActionResponse__Output {
  'callsToAction': (_client_portal_portal_v1_CallToActionView__Output)[];
}
