import { getJson, request } from '../../../api/http';
import type { Schemas } from '../../../api/schema';

export type NotificationPreferences = Schemas['NotificationPreferences'];
export type NotificationKindSetting = Schemas['NotificationKindSetting'];
export type NotificationChannels = Schemas['NotificationChannels'];
export type EmailTiming = NotificationKindSetting['email'];
export type PreferenceChange = Pick<NotificationKindSetting, 'kind' | 'inApp' | 'email' | 'sms'>;

export function getMyPreferences(): Promise<NotificationPreferences> {
  return getJson<NotificationPreferences>('/api/notification-preferences');
}

export function saveMyPreferences(
  preferences: PreferenceChange[],
  expectedVersion: number,
): Promise<NotificationPreferences> {
  return request<NotificationPreferences>('/api/notification-preferences', {
    method: 'PUT',
    body: { preferences, expectedVersion },
  });
}

export function resetMyPreferences(expectedVersion: number): Promise<NotificationPreferences> {
  return request<NotificationPreferences>('/api/notification-preferences/reset', {
    method: 'POST',
    body: { expectedVersion },
  });
}

export function getChannels(): Promise<NotificationChannels> {
  return getJson<NotificationChannels>('/api/notification-channels');
}

export function saveChannels(smsEnabled: boolean, expectedVersion: number): Promise<NotificationChannels> {
  return request<NotificationChannels>('/api/notification-channels', {
    method: 'PUT',
    body: { smsEnabled, expectedVersion },
  });
}
