import { reauthenticate } from '../../../auth/keycloak';

/** The reason the services give (kit assertRecentAuthentication) when the sign-in is too old. */
export const STEP_UP_REQUIRED = 'auth.step_up_required';
/** Set before leaving for Keycloak, read once back on the screen: "repeat your action". */
const NOTICE_KEY = 'client-portal.step-up-returned';

interface ProblemLike {
  status: number;
  reason?: string | undefined;
}

export function isStepUpRequired(error: unknown): boolean {
  const problem = error as Partial<ProblemLike> | null;
  return problem?.status === 401 && problem.reason === STEP_UP_REQUIRED;
}

/**
 * On a step-up refusal, sends the user to Keycloak for a fresh sign-in (password or passkey) and back
 * to the same screen, where they repeat the action: nothing was done, so nothing is repeated for them.
 * Anything else is left to the caller.
 */
export function handleStepUp(error: unknown): void {
  if (!isStepUpRequired(error)) return;
  try {
    window.sessionStorage.setItem(NOTICE_KEY, '1');
  } catch {
    // Storage refused (private mode): the notice is only a courtesy.
  }
  // Not signed in through keycloak-js (a public page): nothing to renew; the error stays shown.
  reauthenticate(window.location.href).catch(() => undefined);
}

/** Whether the user just came back from a step-up sign-in (read once: the notice shows once). */
export function takeStepUpNotice(): boolean {
  try {
    const returned = window.sessionStorage.getItem(NOTICE_KEY) === '1';
    window.sessionStorage.removeItem(NOTICE_KEY);
    return returned;
  } catch {
    return false;
  }
}
