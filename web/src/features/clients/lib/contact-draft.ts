import type { ContactRole } from '../../../api/crm';
import type { Translator } from '../../../lib/errors';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A contact as its form holds it (the new client's primary contact, or one added on the record). */
export interface ContactDraft {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  mobile: string;
  role: ContactRole;
}

export function emptyContactDraft(): ContactDraft {
  return { firstName: '', lastName: '', email: '', phone: '', mobile: '', role: 'decision-maker' };
}

/** The checks made before sending, keyed by the server's field paths under `prefix` (e.g. `contact`). */
export function contactDraftErrors(draft: ContactDraft, prefix: string, { t }: Pick<Translator, 't'>) {
  const found: Record<string, string> = {};
  if (!draft.firstName.trim()) found[`${prefix}.firstName`] = t('clientForm.firstNameRequired');
  if (!draft.lastName.trim()) found[`${prefix}.lastName`] = t('clientForm.lastNameRequired');
  if (!EMAIL.test(draft.email.trim())) found[`${prefix}.email`] = t('clientForm.emailInvalid');
  return found;
}

/** What the API receives: the text fields trimmed. */
export function contactFromDraft(draft: ContactDraft): ContactDraft {
  return {
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    email: draft.email.trim(),
    phone: draft.phone.trim(),
    mobile: draft.mobile.trim(),
    role: draft.role,
  };
}
