import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../../../api/http';
import { json, problem, serveGateway } from '../../../test-support/gateway';
import { useSessionStore } from './session.store';

// keycloak-js needs a Keycloak server and page redirects: the session store's use of it is what is
// checked here (login required or not), with the rest of the boot against the gateway's answers.
const initAuth = vi.hoisted(() => vi.fn(() => Promise.resolve(true)));
vi.mock('../../../auth/keycloak', () => ({
  initAuth,
  isAuthInitialised: () => true,
  login: vi.fn(() => Promise.resolve()),
  logout: vi.fn(() => Promise.resolve()),
  accessToken: () => Promise.resolve(undefined),
  SessionExpiredError: class extends Error {},
}));

const settings = {
  keycloakUrl: 'http://keycloak.test',
  realm: 'client-portal',
  clientId: 'client-portal-web',
};

function me(kind: string, staffRole?: string, permissions: string[] = []) {
  return {
    principal: { userId: 'u1', tenantId: 't1', kind, staffRole, workspaceIds: [] },
    displayName: 'Olivia',
    email: 'olivia@acme.test',
    tenantName: 'Acme',
    permissions,
  };
}

describe('useSessionStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    initAuth.mockClear();
  });

  it('boots a staff member: login required, then who they are, their home and level', async () => {
    serveGateway({
      'GET /api/config': () => json(settings),
      'GET /api/me': () => json(me('staff', 'manager', ['clients.view', 'clients.edit'])),
      'GET /api/events': () =>
        new Response('', { status: 200, headers: { 'content-type': 'text/event-stream' } }),
    });
    const session = useSessionStore();
    await session.boot(false);
    expect(initAuth).toHaveBeenCalledWith(settings, true);
    expect(session.state).toBe('ready');
    expect(session.isStaff).toBe(true);
    expect(session.homePath).toBe('/app/dashboard');
    expect(session.me?.principal.workspaceIds).toEqual([]);
    expect(session.hasStaffLevel('member')).toBe(true);
    expect(session.hasStaffLevel('manager')).toBe(true);
    expect(session.hasStaffLevel('admin')).toBe(false);
    // What the gateway listed decides what the screens offer.
    expect(session.can('clients.edit')).toBe(true);
    expect(session.can('clients.delete')).toBe(false);
  });

  it('sends client users to their portal', async () => {
    serveGateway({
      'GET /api/config': () => json(settings),
      'GET /api/me': () => json(me('client')),
      'GET /api/events': () =>
        new Response('', { status: 200, headers: { 'content-type': 'text/event-stream' } }),
    });
    const session = useSessionStore();
    await session.boot(false);
    expect(session.homePath).toBe('/portal');
    expect(session.hasStaffLevel('member')).toBe(false);
  });

  it('explains a failed start with the gateway’s error', async () => {
    serveGateway({ 'GET /api/config': () => problem(503, { code: 'UNAVAILABLE', detail: 'down' }) });
    const session = useSessionStore();
    await session.boot(false);
    expect(session.state).toBe('failed');
    expect(session.failure).toBe('config');
    expect((session.failureError as ApiError).code).toBe('UNAVAILABLE');
    expect(initAuth).not.toHaveBeenCalled();
  });

  it('fails on /api/me with its own reason', async () => {
    serveGateway({
      'GET /api/config': () => json(settings),
      'GET /api/me': () => problem(403, { code: 'PERMISSION_DENIED', detail: 'no' }),
    });
    const session = useSessionStore();
    await session.boot(false);
    expect(session.failure).toBe('me');
    expect((session.failureError as ApiError).status).toBe(403);
  });

  it('public pages only prepare the login, and work without it', async () => {
    serveGateway({ 'GET /api/config': () => problem(503, { code: 'UNAVAILABLE' }) });
    const session = useSessionStore();
    await session.boot(true);
    expect(session.state).toBe('ready');
    expect(session.me).toBeNull();
  });
});
