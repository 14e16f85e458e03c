// Original file: proto/portal/v1/settings.proto

import type { PortalSettingsFields as _client_portal_portal_v1_PortalSettingsFields, PortalSettingsFields__Output as _client_portal_portal_v1_PortalSettingsFields__Output } from '../../../client_portal/portal/v1/PortalSettingsFields.js';

export interface UpdatePortalSettingsRequest {
  'settings'?: (_client_portal_portal_v1_PortalSettingsFields | null);
  /**
   * The version the caller read (0 when never saved).
   */
  'expectedVersion'?: (number);
}

export interface UpdatePortalSettingsRequest__Output {
  'settings': (_client_portal_portal_v1_PortalSettingsFields__Output | null);
  /**
   * The version the caller read (0 when never saved).
   */
  'expectedVersion': (number);
}
