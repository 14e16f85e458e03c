import { DomainError } from '../errors.js';
import type { Principal } from './principal.js';

/** The reason code the web app reacts to by sending the user through a fresh sign-in. */
export const STEP_UP_REQUIRED = 'auth.step_up_required';

/** The sensitive actions a tenant's step-up limit guards (passkeys-stepup slice). */
export type StepUpAction = 'quote.accept' | 'deliverable.approve' | 'invoice.pay';

const ACTION_LABEL: Record<StepUpAction, string> = {
  'quote.accept': 'accepting a quote',
  'deliverable.approve': 'approving a deliverable',
  'invoice.pay': 'paying',
};

/**
 * Refuses a sensitive action when the user's sign-in is older than their tenant's limit: UNAUTHENTICATED
 * with reason `auth.step_up_required`, which the web app answers by a fresh sign-in (max_age=0) before
 * the user repeats the action. Services (consumers, the seed) are not people and pass; so does every
 * user when the tenant set no limit. A user principal without `authTime` while a limit is set is
 * refused: not knowing when someone signed in is not a recent sign-in.
 */
export function assertRecentAuthentication(
  principal: Principal,
  action: StepUpAction,
  nowMs: number = Date.now(),
): void {
  if (principal.kind === 'service') return;
  const limit = principal.stepUpMaxAgeSeconds ?? 0;
  if (limit <= 0) return;
  const ageSeconds = principal.authTime === undefined ? Infinity : nowMs / 1000 - principal.authTime;
  if (ageSeconds <= limit) return;
  const minutes = Math.max(1, Math.round(limit / 60));
  throw new DomainError(
    'UNAUTHENTICATED',
    `For your security, sign in again before ${ACTION_LABEL[action]}: your organisation asks for a sign-in less than ${minutes} minute${minutes === 1 ? '' : 's'} old`,
    [],
    STEP_UP_REQUIRED,
  );
}
