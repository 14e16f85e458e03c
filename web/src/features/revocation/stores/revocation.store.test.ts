import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accessRevokedOf } from '../../../api/events';
import { useRevocationStore } from './revocation.store';

describe('the revocation store', () => {
  const assign = vi.fn();
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.stubGlobal('location', { assign, pathname: '/portal' });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    assign.mockReset();
  });

  it('marks the page revoked when the whole portal is taken away', () => {
    const store = useRevocationStore();
    store.onRevoked({ scope: 'portal', workspaceId: '' });
    expect(store.revoked).toBe(true);
    expect(store.converted).toBe(false);
    expect(assign).not.toHaveBeenCalled();
  });

  it('tells a person who became a team member so', () => {
    const store = useRevocationStore();
    store.onRevoked({ scope: 'converted', workspaceId: '' });
    expect(store.revoked).toBe(true);
    expect(store.converted).toBe(true);
  });

  it('leaves a page of the lost workspace for the portal home, and stays on other pages', () => {
    const store = useRevocationStore();
    store.onRevoked({ scope: 'workspace', workspaceId: 'w-2' }, '/portal/workspaces/w-1');
    expect(assign).not.toHaveBeenCalled();
    store.onRevoked({ scope: 'workspace', workspaceId: 'w-2' }, '/portal/workspaces/w-2/files');
    expect(assign).toHaveBeenCalledWith('/portal');
    expect(store.revoked).toBe(false);
  });

  it("reads the gateway's last frame, and nothing else", () => {
    expect(
      accessRevokedOf({ type: 'access.revoked', data: '{"scope":"workspace","workspaceId":"w"}', id: '' }),
    ).toEqual({ scope: 'workspace', workspaceId: 'w' });
    expect(accessRevokedOf({ type: 'access.revoked', data: 'not json', id: '' })).toEqual({
      scope: 'portal',
      workspaceId: '',
    });
    expect(accessRevokedOf({ type: 'message.posted', data: '{}', id: '' })).toBeUndefined();
  });
});
