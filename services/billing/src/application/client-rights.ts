import { DomainError, holdsRightAnywhere, type PortalRight, type Principal } from '@client-portal/kit';

/**
 * Billing is the client's, not one workspace's: a client user acts on it with a right they hold in at
 * least one of their workspaces (issue 10: paying needs "pay", answering a quote "approve", commenting
 * "comment", reading "view" or "pay"). Staff and services are not concerned.
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
