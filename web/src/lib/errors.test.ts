import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { ApiError, type FieldViolation } from '../api/http';
import en from '../i18n/locales/en';
import es from '../i18n/locales/es';
import fr from '../i18n/locales/fr';
import pt from '../i18n/locales/pt';
import { SUPPORTED_LOCALES, type SupportedLocale } from '../i18n';
import {
  errorMessage,
  VIOLATION_CODES,
  violationMessage,
  violationsByField,
  type Translator,
} from './errors';

const ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_ARGUMENT',
  'FAILED_PRECONDITION',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'UNAUTHENTICATED',
  'UNAVAILABLE',
  'DEADLINE_EXCEEDED',
  'INTERNAL',
];

function translator(locale: SupportedLocale): Translator {
  // No fallback locale: a key missing in one language must show here, not hide behind English.
  const i18n = createI18n({ legacy: false, locale, messages: { en, fr, es, pt }, missingWarn: false });
  return { t: (key, named) => i18n.global.t(key, named ?? {}), te: (key) => i18n.global.te(key, locale) };
}

/** What the gateway sends (problem+json with codes), as http.ts turns it into an ApiError. */
function apiError(fields: {
  status: number;
  code: string;
  detail?: string;
  reason?: string;
  violations?: FieldViolation[];
}) {
  const error = new ApiError({
    title: 'Bad',
    detail: fields.detail ?? 'An English sentence from the server',
    ...fields,
  });
  return fields.reason ? Object.assign(error, { reason: fields.reason }) : error;
}

describe('server errors in the viewer’s language', () => {
  it.each(SUPPORTED_LOCALES)('every error code, reason and violation code has a %s sentence', (locale) => {
    const { te } = translator(locale);
    for (const code of ERROR_CODES) expect(te(`errors.codes.${code}`), code).toBe(true);
    for (const code of VIOLATION_CODES) expect(te(`errors.violations.${code}`), code).toBe(true);
    for (const [context, reasons] of Object.entries(en.errors.reasons))
      for (const reason of Object.keys(reasons))
        expect(te(`errors.reasons.${context}.${reason}`), `${context}.${reason}`).toBe(true);
  });

  it('prefers the specific reason, then the code, and never shows the server’s English detail', () => {
    const fr = translator('fr');
    const missingContact = apiError({
      status: 400,
      code: 'FAILED_PRECONDITION',
      reason: 'client.primary_contact_missing',
      detail: 'Globex has no primary contact to invite: add one first',
    });
    expect(errorMessage(missingContact, fr)).toBe(
      'Ce client n’a pas de contact principal à inviter : ajoutez-en un d’abord.',
    );
    const unknownReason = apiError({
      status: 400,
      code: 'FAILED_PRECONDITION',
      reason: 'client.something_new',
    });
    expect(errorMessage(unknownReason, fr)).toBe('Cette action est impossible dans l’état actuel.');
    const unknownCode = apiError({ status: 404, code: 'HTTP_404' });
    expect(errorMessage(unknownCode, fr)).toBe('Cet élément est introuvable.');
    const teapot = apiError({ status: 418, code: 'HTTP_418' });
    expect(errorMessage(teapot, fr)).toBe(fr.t('errors.generic'));
    expect(errorMessage(new Error('boom'), fr)).toBe(fr.t('errors.generic'));
  });

  it('names a network failure as such', () => {
    const es = translator('es');
    expect(errorMessage(apiError({ status: 0, code: 'NETWORK' }), es)).toBe(es.t('errors.network'));
  });

  it('translates field violations by code, falling back to "not valid"', () => {
    const pt = translator('pt');
    const violations = [
      { field: 'primaryContact.email', message: 'must be an e-mail address', code: 'invalid_format' },
      { field: 'name', message: 'is required', code: 'required' },
      { field: 'name', message: 'second complaint', code: 'too_long' },
      { field: 'notes', message: 'no code from an older gateway' },
    ];
    const error = apiError({ status: 400, code: 'INVALID_ARGUMENT', violations });
    expect(violationsByField(error, pt)).toEqual({
      'primaryContact.email': 'O formato não é válido.',
      name: 'Este campo é obrigatório.',
      notes: 'Este valor não é válido.',
    });
    expect(violationMessage({ field: 'x', message: 'x', code: 'NOT-A-KEY' }, pt)).toBe(
      'Este valor não é válido.',
    );
  });
});
