/**
 * The tenant's portal settings (issue 10): the call-to-action buttons on the client home, the hosts
 * embeds may come from, and the file rules. Staff configuration: never sent to a client user as such
 * (the client home receives the buttons only).
 */
export const CALL_TO_ACTION_KINDS = ['payments', 'documents', 'contact', 'booking', 'link'] as const;
export type CallToActionKind = (typeof CALL_TO_ACTION_KINDS)[number];

export interface CallToAction {
  id: string;
  kind: CallToActionKind;
  /** Empty: the web app's translated label for the kind. */
  label: string;
  /** https URL for `booking` and `link`; empty for the kinds that lead inside the portal. */
  url: string;
}

export interface PortalSettings {
  tenantId: string;
  callsToAction: CallToAction[];
  /** Host names (e.g. `www.youtube.com`, `*.figma.com`) an embed URL must match; empty: no embeds. */
  embedAllowList: string[];
  /** Largest file a workspace accepts, in bytes. */
  maxFileBytes: number;
  /** Sniffed content types refused on upload (e.g. `application/x-msdownload`). */
  blockedFileTypes: string[];
  version: number;
  updatedAt: Date | null;
}

export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;

/** What a tenant that never saved its settings gets. */
export function defaultPortalSettings(tenantId: string): PortalSettings {
  return {
    tenantId,
    callsToAction: [
      { id: 'payments', kind: 'payments', label: '', url: '' },
      { id: 'documents', kind: 'documents', label: '', url: '' },
      { id: 'contact', kind: 'contact', label: '', url: '' },
    ],
    embedAllowList: [],
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    blockedFileTypes: ['application/x-msdownload', 'application/x-executable', 'application/x-sh'],
    version: 0,
    updatedAt: null,
  };
}
