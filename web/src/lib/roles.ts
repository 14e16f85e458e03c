import type { ContactRole } from '../api/crm';

/** i18n keys of contact roles (message keys avoid the hyphen of `decision-maker`). */
export const ROLE_MESSAGE_KEYS: Record<ContactRole, string> = {
  'decision-maker': 'roles.decisionMaker',
  technical: 'roles.technical',
  billing: 'roles.billing',
  observer: 'roles.observer',
};

export function roleMessageKey(role: string): string | undefined {
  return (ROLE_MESSAGE_KEYS as Record<string, string>)[role];
}
