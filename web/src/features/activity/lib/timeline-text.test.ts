import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import type { TimelineEntry } from '../../../api/activity';
import { SUPPORTED_LOCALES, type SupportedLocale } from '../../../i18n';
import en from '../../../i18n/locales/en';
import es from '../../../i18n/locales/es';
import fr from '../../../i18n/locales/fr';
import pt from '../../../i18n/locales/pt';
import { entryTitle, kindKey } from './timeline-text';

function translator(locale: SupportedLocale) {
  // No fallback locale: a sentence missing in one language must show here.
  const i18n = createI18n({ legacy: false, locale, messages: { en, fr, es, pt }, missingWarn: false });
  return {
    t: (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {}),
    te: (key: string) => i18n.global.te(key, locale),
  };
}

const entry = (kind: string, params: Record<string, string>): TimelineEntry => ({
  id: 'e1',
  clientId: 'c1',
  clientName: '',
  kind,
  category: 'project',
  params: Object.entries(params).map(([name, value]) => ({ name, value })),
  actorId: '',
  actorName: '',
  occurredAt: '2026-11-30T10:00:00.000Z',
  linkType: '',
  linkId: '',
  body: '',
  editedAt: '',
  own: false,
});

// Every kind the crm service writes (services/crm/src/events/activity.consumer.ts, domain/activity.ts).
const KINDS = [
  'client.created',
  'client.updated',
  'client.status_changed',
  'contact.added',
  'contact.updated',
  'contact.removed',
  'project.created',
  'project.status_changed',
  'project.completed',
  'project.rated',
  'project.deleted',
  'milestone.done',
  'invoice.issued',
  'message.from_client',
  'message.from_staff',
  'portal.enabled',
  'invitation.sent',
  'user.activated',
  'note',
];

describe('timeline entry titles', () => {
  it('names the message key of each kind', () => {
    expect(kindKey('project.status_changed')).toBe('projectStatusChanged');
    expect(kindKey('message.from_client')).toBe('messageFromClient');
  });

  it('has a sentence for every kind in every language', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const { te } = translator(locale);
      for (const kind of KINDS)
        expect([locale, kind, te(`activity.kinds.${kindKey(kind)}`)]).toEqual([locale, kind, true]);
    }
  });

  it('translates statuses and formats amounts in the viewer’s locale', () => {
    const french = translator('fr');
    expect(
      entryTitle(
        entry('project.status_changed', { name: 'Site', from: 'planned', to: 'in-progress' }),
        french.t,
        french.te,
        'fr',
      ),
    ).toBe('Projet Site : Planifié → En cours');
    expect(
      entryTitle(
        entry('client.status_changed', { from: 'prospect', to: 'active' }),
        french.t,
        french.te,
        'fr',
      ),
    ).toBe('Statut passé de Prospect à Actif');
    const english = translator('en');
    expect(
      entryTitle(
        entry('invoice.issued', { number: 'INV-1', totalMinor: '123456', currency: 'EUR' }),
        english.t,
        english.te,
        'en-GB',
      ),
    ).toBe('Invoice INV-1 issued: €1,234.56');
    // Without the amount (a member's dashboard), the sentence leaves it out.
    expect(entryTitle(entry('invoice.issued', { number: 'INV-1' }), english.t, english.te, 'en')).toBe(
      'Invoice INV-1 issued',
    );
    expect(entryTitle(entry('something.new', {}), english.t, english.te, 'en')).toBe('Activity');
  });
});
