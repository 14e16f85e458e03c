import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, serveGateway } from '../../../test-support/gateway';
import { useWorkspacesStore } from './workspaces.store';

function workspace(id: string, name: string, clientId = 'c1') {
  return { id, tenantId: 't1', clientId, clientName: name, name, createdAt: '2026-11-29T09:00:00Z' };
}

describe('useWorkspacesStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('lists workspaces by name and narrows them to a client', async () => {
    serveGateway({
      'GET /api/workspaces': () =>
        json({
          workspaces: [workspace('w2', 'Zeta', 'c2'), workspace('w1', 'Globex'), workspace('w3', 'Acme')],
        }),
    });
    const store = useWorkspacesStore();
    await store.list.load();
    expect(store.list.items.map((entry) => entry.name)).toEqual(['Acme', 'Globex', 'Zeta']);
    expect(store.forClient('c2').map((entry) => entry.id)).toEqual(['w2']);
  });

  it('adds the workspace the portal was enabled with', async () => {
    serveGateway({
      'GET /api/workspaces': () => json({ workspaces: [workspace('w3', 'Acme', 'c3')] }),
      'POST /api/clients/c1/portal': () =>
        json({
          workspace: workspace('w1', 'Globex'),
          invitation: { id: 'i1', email: 'g@globex.test', status: 'pending', workspaceId: 'w1' },
        }),
    });
    const store = useWorkspacesStore();
    await store.list.load();
    const result = await store.enablePortal('c1');
    expect(result.invitation.email).toBe('g@globex.test');
    expect(store.list.items.map((entry) => entry.id)).toEqual(['w3', 'w1']);
  });

  it('reloads the list when a workspace it does not show is created', async () => {
    let calls = 0;
    serveGateway({
      'GET /api/workspaces': () => {
        calls += 1;
        return json({ workspaces: calls === 1 ? [] : [workspace('w1', 'Globex')] });
      },
    });
    const store = useWorkspacesStore();
    const created = { workspaceId: 'w1', clientId: 'c1', clientName: 'Globex', name: 'Globex' };
    store.onWorkspaceCreated(created); // list never loaded: nothing to refresh
    expect(calls).toBe(0);
    await store.list.load();
    store.onWorkspaceCreated(created);
    await expect.poll(() => store.list.items.length).toBe(1);
  });
});
