// Original file: proto/portal/v1/settings.proto

import type { CallToActionView as _client_portal_portal_v1_CallToActionView, CallToActionView__Output as _client_portal_portal_v1_CallToActionView__Output } from '../../../client_portal/portal/v1/CallToActionView.js';
import type { Long } from '@grpc/proto-loader';

export interface PortalSettingsView {
  'callsToAction'?: (_client_portal_portal_v1_CallToActionView)[];
  'embedAllowList'?: (string)[];
  'maxFileBytes'?: (number | string | Long);
  'blockedFileTypes'?: (string)[];
  'version'?: (number);
  /**
   * Empty when never saved.
   */
  'updatedAt'?: (string);
}

export interface PortalSettingsView__Output {
  'callsToAction': (_client_portal_portal_v1_CallToActionView__Output)[];
  'embedAllowList': (string)[];
  'maxFileBytes': (string);
  'blockedFileTypes': (string)[];
  'version': (number);
  /**
   * Empty when never saved.
   */
  'updatedAt': (string);
}
