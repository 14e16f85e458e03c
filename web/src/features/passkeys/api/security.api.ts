import { getJson, request } from '../../../api/http';
import type { Schemas } from '../../../api/schema';

export type SecuritySettings = Schemas['SecuritySettings'];

export function getSecuritySettings(signal?: AbortSignal): Promise<SecuritySettings> {
  return getJson<SecuritySettings>('/api/security-settings', signal ? { signal } : {});
}

export function saveSecuritySettings(
  stepUpMaxAgeSeconds: number,
  expectedVersion: number,
): Promise<SecuritySettings> {
  return request<SecuritySettings>('/api/security-settings', {
    method: 'PUT',
    body: { stepUpMaxAgeSeconds, expectedVersion },
  });
}
