import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { DomainError } from '@client-portal/kit';
import { binary, defineRoute, named } from '../../http/route.js';

const EMAIL_TIMINGS = ['now', 'hourly', 'daily', 'off'] as const;

const kindSettingSchema = named(
  'NotificationKindSetting',
  z.object({
    kind: z
      .string()
      .meta({ description: 'new-message, mention, invoice-issued, … (the notification kinds)' }),
    inApp: z.boolean(),
    email: z
      .enum(EMAIL_TIMINGS)
      .meta({ description: 'At once, in an hourly or daily digest, or not at all' }),
    sms: z.boolean(),
    essential: z.boolean().meta({ description: 'Access to the account: the e-mail cannot be switched off' }),
    customised: z.boolean().meta({ description: 'False while the kind follows the defaults of the role' }),
  }),
);

const preferencesSchema = named(
  'NotificationPreferences',
  z.object({
    settings: z.array(kindSettingSchema),
    smsOffered: z.boolean().meta({ description: 'The organisation offers text messages' }),
    version: z.number().int(),
  }),
);

const channelsSchema = named(
  'NotificationChannels',
  z.object({
    smsAvailable: z.boolean().meta({ description: 'This installation has an SMS provider' }),
    smsEnabled: z.boolean(),
    version: z.number().int(),
  }),
);

const tokenParams = z.object({ token: z.string().min(1).max(4000) });

type Language = 'en' | 'fr' | 'es' | 'pt';
const PAGE_TEXTS: Record<
  Language,
  { title: string; ask: string; button: string; done: string; doneDetail: string; invalid: string }
> = {
  en: {
    title: 'Unsubscribe',
    ask: 'Stop receiving these e-mails? You can switch them back on at any time in your notification preferences.',
    button: 'Unsubscribe',
    done: 'You are unsubscribed',
    doneDetail:
      'You will no longer receive these e-mails. Your notification preferences can switch them back on.',
    invalid: 'This unsubscribe link is not valid.',
  },
  fr: {
    title: 'Se désabonner',
    ask: 'Ne plus recevoir ces e-mails ? Vous pourrez les réactiver à tout moment dans vos préférences de notification.',
    button: 'Se désabonner',
    done: 'Vous êtes désabonné',
    doneDetail:
      'Vous ne recevrez plus ces e-mails. Vos préférences de notification permettent de les réactiver.',
    invalid: 'Ce lien de désabonnement n’est pas valide.',
  },
  es: {
    title: 'Darse de baja',
    ask: '¿Dejar de recibir estos correos? Puedes volver a activarlos cuando quieras en tus preferencias de notificación.',
    button: 'Darse de baja',
    done: 'Te has dado de baja',
    doneDetail:
      'Ya no recibirás estos correos. Puedes volver a activarlos en tus preferencias de notificación.',
    invalid: 'Este enlace para darse de baja no es válido.',
  },
  pt: {
    title: 'Cancelar subscrição',
    ask: 'Deixar de receber estes e-mails? Pode voltar a ativá-los a qualquer momento nas suas preferências de notificação.',
    button: 'Cancelar subscrição',
    done: 'Subscrição cancelada',
    doneDetail:
      'Deixará de receber estes e-mails. Pode voltar a ativá-los nas suas preferências de notificação.',
    invalid: 'Esta ligação de cancelamento não é válida.',
  },
};

/** The first of fr/es/pt/en the browser accepts (Accept-Language), else English. */
function languageOf(acceptLanguage: string | undefined): Language {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (code === 'fr' || code === 'es' || code === 'pt' || code === 'en') return code;
  }
  return 'en';
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** A small self-contained page (no script: the form works in any browser and mail client's viewer). */
function page(language: Language, heading: string, body: string, form = ''): Uint8Array {
  const texts = PAGE_TEXTS[language];
  return Buffer.from(
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(texts.title)}</title>` +
      '<style>body{font-family:system-ui,Arial,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2933;line-height:1.5}' +
      'button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:6px;background:#2563eb;color:#fff;cursor:pointer}</style></head>' +
      `<body><main data-testid="unsubscribe-page"><h1>${escapeHtml(heading)}</h1><p>${escapeHtml(body)}</p>${form}</main></body></html>`,
  );
}

/** Unsubscribe pages answer 200 with a page even for a forged link: the page says so (no JSON error to a person). */
async function unsubscribePage(
  language: Language,
  work: () => Promise<unknown>,
  render: () => Uint8Array,
): Promise<Uint8Array> {
  try {
    await work();
    return render();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'INVALID_ARGUMENT')
      return page(language, PAGE_TEXTS[language].title, PAGE_TEXTS[language].invalid);
    throw error;
  }
}

/** Notification preferences (issue 12 §4): one's own, the tenant's channels, one-click unsubscribe. */
export const notificationPrefsRoutes = [
  defineRoute({
    method: 'get',
    path: '/notification-preferences',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'My notification preferences: channels and e-mail timing per kind',
    tags: ['notifications'],
    response: preferencesSchema,
    handler: ({ onBehalf }, { backends }) =>
      backends.notificationPreferences.getMyNotificationPreferences({}, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/notification-preferences',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'Change my notification preferences for the kinds listed',
    description:
      'Refused naming the field (preferences[i].kind|email|sms) for an unknown kind, an essential e-mail switched off or SMS the organisation does not offer; 412-like FAILED_PRECONDITION when changed meanwhile.',
    tags: ['notifications'],
    body: named(
      'UpdateNotificationPreferences',
      z.object({
        preferences: z
          .array(
            z.object({
              kind: z.string(),
              inApp: z.boolean(),
              email: z.string().max(FIELD_LIMITS.common.code),
              sms: z.boolean(),
            }),
          )
          .max(50),
        expectedVersion: z.number().int().min(0),
      }),
    ),
    response: preferencesSchema,
    handler: ({ body, onBehalf }, { backends }) =>
      backends.notificationPreferences.updateMyNotificationPreferences(body, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/notification-preferences/reset',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'Back to the defaults of my role',
    tags: ['notifications'],
    body: z.object({ expectedVersion: z.number().int().min(0) }),
    response: preferencesSchema,
    handler: ({ body, onBehalf }, { backends }) =>
      backends.notificationPreferences.resetMyNotificationPreferences(body, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/notification-channels',
    access: { staff: 'member' },
    summary: "The organisation's notification channels (SMS)",
    tags: ['notifications'],
    response: channelsSchema,
    handler: ({ onBehalf }, { backends }) =>
      backends.notificationPreferences.getNotificationChannels({}, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/notification-channels',
    access: { permission: 'portal.configure' },
    summary: "Switch the organisation's text messages on or off",
    description: 'On only when the installation has an SMS provider (refused naming smsEnabled otherwise).',
    tags: ['notifications'],
    body: named(
      'UpdateNotificationChannels',
      z.object({ smsEnabled: z.boolean(), expectedVersion: z.number().int().min(0) }),
    ),
    response: channelsSchema,
    handler: ({ body, onBehalf }, { backends }) =>
      backends.notificationPreferences.updateNotificationChannels(body, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/public/unsubscribe/:token',
    access: 'anonymous',
    summary: 'Public: the confirmation page of an unsubscribe link (changes nothing)',
    description:
      'What a person sees when they open the List-Unsubscribe link; its button POSTs to the same address. Link checkers that open it change nothing.',
    tags: ['notifications'],
    params: tokenParams,
    response: binary('text/html', 'A confirmation page with an Unsubscribe button'),
    handler: async ({ params, request }, { backends }) => {
      const language = languageOf(request.header('accept-language'));
      const texts = PAGE_TEXTS[language];
      const action = `/api/public/unsubscribe/${encodeURIComponent(params.token)}`;
      const bytes = await unsubscribePage(
        language,
        () => backends.notificationPreferences.describeUnsubscribe({ token: params.token }),
        () =>
          page(
            language,
            texts.title,
            texts.ask,
            `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit" data-testid="unsubscribe-confirm">${escapeHtml(texts.button)}</button></form>`,
          ),
      );
      return { bytes, filename: 'unsubscribe.html', inline: true };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/public/unsubscribe/:token',
    access: 'anonymous',
    summary: 'Public: one-click unsubscribe (RFC 8058)',
    description:
      "Mail providers POST `List-Unsubscribe=One-Click` here; the confirmation page's button too. Switches that kind's e-mails off for that person (idempotent).",
    tags: ['notifications'],
    params: tokenParams,
    // What RFC 8058 says the provider sends; nothing in it is needed (the signed token says it all).
    body: z.object({ 'List-Unsubscribe': z.string().optional() }),
    bodyContentType: 'application/x-www-form-urlencoded',
    response: binary('text/html', 'A page saying the e-mails are switched off'),
    handler: async ({ params, request }, { backends }) => {
      const language = languageOf(request.header('accept-language'));
      const texts = PAGE_TEXTS[language];
      const bytes = await unsubscribePage(
        language,
        () => backends.notificationPreferences.unsubscribe({ token: params.token }),
        () => page(language, texts.done, texts.doneDetail),
      );
      return { bytes, filename: 'unsubscribed.html', inline: true };
    },
  }),
];
