import { requirePrincipal } from '@client-portal/kit';
import type { HandlersOf, NotificationPreferencesView } from '@client-portal/contracts';
import type { NotificationPreferenceService, PreferencesView } from '../application/preference.service.js';

function toView(view: PreferencesView): NotificationPreferencesView {
  return {
    settings: view.settings.map((setting) => ({
      kind: setting.kind,
      inApp: setting.inApp,
      email: setting.email,
      sms: setting.sms,
      essential: setting.essential,
      customised: setting.customised,
    })),
    smsOffered: view.smsOffered,
    version: view.version,
  };
}

export function preferenceHandlers(
  service: NotificationPreferenceService,
): HandlersOf<'notificationPreferences'> {
  return {
    GetMyNotificationPreferences: async (_request, call) =>
      toView(await service.mine(requirePrincipal(call.metadata))),
    UpdateMyNotificationPreferences: async (request, call) =>
      toView(
        await service.updateMine(
          requirePrincipal(call.metadata),
          request.preferences.map((item) => ({
            kind: item.kind,
            inApp: item.inApp,
            email: item.email,
            sms: item.sms,
          })),
          request.expectedVersion,
        ),
      ),
    ResetMyNotificationPreferences: async (request, call) =>
      toView(await service.resetMine(requirePrincipal(call.metadata), request.expectedVersion)),
    GetNotificationChannels: async (_request, call) => service.channels(requirePrincipal(call.metadata)),
    UpdateNotificationChannels: async (request, call) =>
      service.updateChannels(requirePrincipal(call.metadata), request.smsEnabled, request.expectedVersion),
    // Public: the signed token is the authority (whoever holds the e-mail may stop it).
    DescribeUnsubscribe: (request) =>
      Promise.resolve({ target: service.describeUnsubscribe(request.token).target }),
    Unsubscribe: async (request) => ({ target: (await service.unsubscribe(request.token)).target }),
  };
}
