import { requirePrincipal } from '@client-portal/kit';
import type { HandlersOf, SecuritySettingsView } from '@client-portal/contracts';
import type { SecuritySettingsService } from '../application/security-settings.service.js';
import type { SecuritySettings } from '../domain/security-settings.js';

function toView(settings: SecuritySettings): SecuritySettingsView {
  return {
    tenantId: settings.tenantId,
    stepUpMaxAgeSeconds: settings.stepUpMaxAgeSeconds,
    version: settings.version,
    updatedAt: settings.updatedAt?.toISOString() ?? '',
    updatedBy: settings.updatedBy,
  };
}

export function securitySettingsHandlers(service: SecuritySettingsService): HandlersOf<'securitySettings'> {
  return {
    GetSecuritySettings: async (_request, call) => toView(await service.get(requirePrincipal(call.metadata))),
    UpdateSecuritySettings: async (request, call) =>
      toView(
        await service.update(
          requirePrincipal(call.metadata),
          { stepUpMaxAgeSeconds: request.stepUpMaxAgeSeconds },
          request.expectedVersion,
        ),
      ),
  };
}
