import { describe, expect, it } from 'vitest';
import { cleanCallbackUrl, removeCallbackParameters } from './oidc-callback';

describe('the login callback leaves no code in the address bar', () => {
  it('removes the parameters from the fragment (keycloak-js default) and the query', () => {
    expect(
      cleanCallbackUrl('http://app.test/app/clients#state=s1&session_state=x&iss=http%3A%2F%2Fkc&code=c1'),
    ).toBe('/app/clients');
    expect(cleanCallbackUrl('http://app.test/portal?tab=billing&code=c1&state=s1')).toBe(
      '/portal?tab=billing',
    );
    expect(cleanCallbackUrl('http://app.test/portal#error=login_required&state=s1')).toBe('/portal');
  });

  it('leaves other addresses alone', () => {
    expect(cleanCallbackUrl('http://app.test/app/clients?search=glob')).toBeNull();
    expect(cleanCallbackUrl('http://app.test/docs#section-2')).toBeNull();
  });

  it('replaces the history entry in place', () => {
    window.history.replaceState({ kept: true }, '', '/portal/workspaces/w1?tab=messages#state=s&code=c');
    const length = window.history.length;
    removeCallbackParameters();
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(
      '/portal/workspaces/w1?tab=messages',
    );
    expect(window.history.length).toBe(length);
    expect(window.history.state).toEqual({ kept: true });
  });
});
