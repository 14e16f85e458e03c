import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { json, serveGateway } from '../../../test-support/gateway';
import GroupPicker from './GroupPicker.vue';
import RoleSelect from './RoleSelect.vue';

const role = (id: string, name: string, builtIn: boolean) => ({
  id,
  name,
  rights: ['view'],
  builtIn,
  version: builtIn ? 0 : 1,
  userCount: 0,
});

describe('RoleSelect and GroupPicker', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'fr';
  });

  it('offers the built-in roles in the reader’s language then the tenant’s, from one shared load', async () => {
    const sent = serveGateway({
      'GET /api/portal-roles': () =>
        json({ roles: [role('decision-maker', 'Decision-maker', true), role('r-1', 'Comptabilité', false)] }),
      'GET /api/portal-groups': () =>
        json({ groups: [{ id: 'g-1', name: 'Finance Globex', members: [], version: 1 }] }),
    });
    const select = mount(RoleSelect, {
      props: { modelValue: 'r-1', placeholder: 'Le rôle du contact' },
      global: { plugins: [i18n] },
    });
    const picker = mount(GroupPicker, { props: { modelValue: [] }, global: { plugins: [i18n] } });
    await flushPromises();
    expect(select.findAll('option').map((option) => option.text())).toEqual([
      'Le rôle du contact',
      'Décideur',
      'Comptabilité',
    ]);
    expect((select.element as HTMLSelectElement).value).toBe('r-1');
    await select.find('select').setValue('decision-maker');
    expect(select.emitted('update:modelValue')).toEqual([['decision-maker']]);

    await picker.find('[data-testid="group-picker-option"]').setValue(true);
    expect(picker.emitted('update:modelValue')).toEqual([[['g-1']]]);
    // Both components shared one request per list.
    expect(sent.filter((request) => request.url.pathname === '/api/portal-roles')).toHaveLength(1);
  });
});
