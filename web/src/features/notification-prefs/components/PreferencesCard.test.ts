import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { json, problem, serveGateway } from '../../../test-support/gateway';
import PreferencesCard from './PreferencesCard.vue';

const setting = (kind: string, email: string, essential = false) => ({
  kind,
  inApp: true,
  email,
  sms: false,
  essential,
  customised: false,
});
const preferences = {
  settings: [setting('new-message', 'now'), setting('task-due', 'now'), setting('login-code', 'now', true)],
  smsOffered: false,
  version: 3,
};

describe('PreferencesCard', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'fr';
  });

  it('sends only the rows changed, keeps them on a refusal and shows it on the row', async () => {
    const sent = serveGateway({
      'GET /api/notification-preferences': () => json(preferences),
      'PUT /api/notification-preferences': () =>
        problem(400, {
          code: 'INVALID_ARGUMENT',
          title: 'Invalid request',
          detail: 'Some notification preferences cannot be saved',
          violations: [{ field: 'preferences[0].email', message: 'no', code: 'essential' }],
        }),
    });
    const card = mount(PreferencesCard, { global: { plugins: [i18n] } });
    await flushPromises();
    const rows = card.findAll('[data-testid="preference-row"]');
    expect(rows.map((row) => row.attributes('data-kind'))).toEqual(['new-message', 'task-due', 'login-code']);
    expect(rows[0]?.text()).toContain('Nouveaux messages');
    expect(rows[2]?.find('select').attributes('disabled')).toBeDefined();
    expect(card.find('[data-testid="preference-sms"]').exists()).toBe(false);

    await rows[1]?.find('select').setValue('daily');
    await card.find('form').trigger('submit');
    await flushPromises();
    const put = sent.find((request) => request.method === 'PUT');
    expect(put?.body).toEqual({
      preferences: [{ kind: 'task-due', inApp: true, email: 'daily', sms: false }],
      expectedVersion: 3,
    });
    // The refusal is shown on the row it names, and the choice stays.
    expect(card.find('[data-kind="task-due"] [data-testid="preference-error"]').text()).toContain(
      'accès à votre compte',
    );
    expect((rows[1]?.find('select').element as HTMLSelectElement).value).toBe('daily');
  });
});
