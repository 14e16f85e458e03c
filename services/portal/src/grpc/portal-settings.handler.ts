import { requirePrincipal } from '@client-portal/kit';
import type { CallToActionView, HandlersOf, PortalSettingsView } from '@client-portal/contracts';
import type { PortalSettingsService } from '../application/portal-settings.service.js';
import type { CallToAction, PortalSettings } from '../domain/portal-settings.js';

function toCallToActionView(action: CallToAction): CallToActionView {
  return { id: action.id, kind: action.kind, label: action.label, url: action.url };
}

function toSettingsView(settings: PortalSettings): PortalSettingsView {
  return {
    callsToAction: settings.callsToAction.map(toCallToActionView),
    embedAllowList: settings.embedAllowList,
    maxFileBytes: String(settings.maxFileBytes),
    blockedFileTypes: settings.blockedFileTypes,
    version: settings.version,
    updatedAt: settings.updatedAt?.toISOString() ?? '',
  };
}

export function portalSettingsHandlers(service: PortalSettingsService): HandlersOf<'portalSettings'> {
  return {
    GetPortalSettings: async (_request, call) =>
      toSettingsView(await service.get(requirePrincipal(call.metadata))),
    UpdatePortalSettings: async (request, call) => {
      const fields = request.settings;
      return toSettingsView(
        await service.update(
          requirePrincipal(call.metadata),
          {
            callsToAction: (fields?.callsToAction ?? []).map((action) => ({
              id: action.id,
              kind: action.kind,
              label: action.label,
              url: action.url,
            })),
            embedAllowList: fields?.embedAllowList ?? [],
            maxFileBytes: Number(fields?.maxFileBytes ?? 0),
            blockedFileTypes: fields?.blockedFileTypes ?? [],
          },
          request.expectedVersion,
        ),
      );
    },
    ListCallsToAction: async (_request, call) => ({
      callsToAction: (await service.callsToAction(requirePrincipal(call.metadata))).map(toCallToActionView),
    }),
    RecordViewAsClient: async (request, call) => ({
      recorded: await service.recordViewAsClient(requirePrincipal(call.metadata), request),
    }),
  };
}
