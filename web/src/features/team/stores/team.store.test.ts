import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { json, problem, serveGateway } from '../../../test-support/gateway';
import { teamErrorMessage } from '../team-errors';
import { useTeamStore } from './team.store';

function member(id: string, role: string, status: string) {
  return {
    id,
    email: `${id}@acme.test`,
    displayName: id,
    role,
    status,
    createdAt: '2026-01-01T00:00:00Z',
    invitedAt: status === 'invited' ? '2026-01-02T00:00:00Z' : '',
    invitedBy: '',
    deactivatedAt: '',
  };
}

describe('useTeamStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'en';
  });

  it('loads members and invitations, and reloads the team after each change', async () => {
    let invited = false;
    const sent = serveGateway({
      'GET /api/team': () =>
        json({
          members: [member('olivia', 'owner', 'active')],
          invitations: invited ? [member('max', 'manager', 'invited')] : [],
        }),
      'POST /api/team/invitations': () => {
        invited = true;
        return json(member('max', 'manager', 'invited'), 201);
      },
      'PATCH /api/team/olivia': () => json(member('olivia', 'admin', 'active')),
    });
    const store = useTeamStore();
    await store.team.load();
    expect(store.members.map((one) => one.id)).toEqual(['olivia']);
    expect(store.invitations).toEqual([]);

    await store.invite({ email: 'max@acme.test', displayName: 'Max', role: 'manager' });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({
      email: 'max@acme.test',
      displayName: 'Max',
      role: 'manager',
    });
    expect(store.invitations.map((one) => one.id)).toEqual(['max']);

    await store.changeRole('olivia', 'admin');
    expect(sent.find((request) => request.method === 'PATCH')?.body).toEqual({ role: 'admin' });
    expect(sent.filter((request) => request.method === 'GET')).toHaveLength(3);
  });

  it("words the team's rules in the reader's language, and other refusals as usual", async () => {
    serveGateway({
      'POST /api/team/olivia/deactivate': () =>
        problem(409, { code: 'FAILED_PRECONDITION', reason: 'team.last_owner', detail: 'x' }),
      'POST /api/team/max/deactivate': () => problem(403, { code: 'PERMISSION_DENIED', detail: 'x' }),
    });
    const store = useTeamStore();
    const translator = {
      t: (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {}),
      te: (key: string) => i18n.global.te(key),
    };
    const lastOwner = await store.deactivate('olivia').catch((error: unknown) => error);
    i18n.global.locale.value = 'fr';
    expect(teamErrorMessage(lastOwner, translator)).toBe(
      "L'agence doit garder au moins un propriétaire actif : nommez d'abord quelqu'un d'autre propriétaire.",
    );
    i18n.global.locale.value = 'en';
    const refused = await store.deactivate('max').catch((error: unknown) => error);
    expect(teamErrorMessage(refused, translator)).toBe(i18n.global.t('errors.codes.PERMISSION_DENIED'));
  });
});
