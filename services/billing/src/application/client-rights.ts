import { DomainError, holdsRightAnywhere, type PortalRight, type Principal } from '@client-portal/kit';

/**
 * Billing is the client's, not one workspace's: a client user acts on it with a right they hold in at
 * least one of their workspaces (issue 10: paying needs "pay", answering a quote "approve", commenting
 * "comment"). Reading billing at all needs "billing" (issue 11: see billing) or "pay", which implies it:
 * SEE_BILLING below. Staff and services are not concerned.
 */
export function assertClientRight(
  principal: Principal,
  right: PortalRight,
  ...alternatives: PortalRight[]
): void {
  if (principal.kind !== 'client') return;
  if ([right, ...alternatives].some((candidate) => holdsRightAnywhere(principal, candidate))) return;
  throw DomainError.forbidden(
    `You do not have the "${right}" right in any of your workspaces`,
    `right.${right}`,
  );
}

/** The rights that let a client user see their client's billing (documents, payments, details, figures). */
export const SEE_BILLING = ['billing', 'pay'] as const satisfies readonly PortalRight[];

/** Refuses a client user who may not see billing (PERMISSION_DENIED naming the "billing" right). */
export function assertSeesBilling(principal: Principal): void {
  assertClientRight(principal, ...SEE_BILLING);
}
