import { beforeEach, describe, expect, it, vi } from 'vitest';

const reauthenticate = vi.fn(() => Promise.resolve());
vi.mock('../../../auth/keycloak', () => ({ reauthenticate }));

const { handleStepUp, isStepUpRequired, takeStepUpNotice } = await import('./step-up');

describe('step-up in the web app', () => {
  beforeEach(() => {
    reauthenticate.mockClear();
    window.sessionStorage.clear();
  });

  it('recognises only a 401 carrying auth.step_up_required', () => {
    expect(isStepUpRequired({ status: 401, reason: 'auth.step_up_required' })).toBe(true);
    expect(isStepUpRequired({ status: 401 })).toBe(false);
    expect(isStepUpRequired({ status: 403, reason: 'auth.step_up_required' })).toBe(false);
    expect(isStepUpRequired(null)).toBe(false);
  });

  it('signs in again, back to this very page, and shows the notice once on return', () => {
    handleStepUp({ status: 403, reason: 'right.pay' });
    expect(reauthenticate).not.toHaveBeenCalled();
    expect(takeStepUpNotice()).toBe(false);

    handleStepUp({ status: 401, reason: 'auth.step_up_required' });
    expect(reauthenticate).toHaveBeenCalledWith(window.location.href);
    expect(takeStepUpNotice()).toBe(true);
    expect(takeStepUpNotice()).toBe(false);
  });
});
