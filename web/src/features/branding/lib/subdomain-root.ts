import { getConfig } from '../../../api/config';

/**
 * On `<label>.<portal domain>/`, shows the tenant's public portal page (`/p`, which asks the gateway
 * for the tenant the host names) instead of the staff/client home. Anywhere else: nothing.
 */
export async function subdomainRootRedirect(): Promise<void> {
  if (window.location.pathname !== '/') return;
  const host = window.location.hostname.toLowerCase();
  // IP addresses and bare hosts never carry a tenant label: skip the look-up.
  if (!host.includes('.') || /^[\d.]+$/.test(host)) return;
  try {
    const { portalDomain } = await getConfig();
    if (portalDomain && host.endsWith(`.${portalDomain}`))
      window.history.replaceState(null, '', `/p${window.location.search}`);
  } catch {
    // The session's own boot reports an unreachable gateway.
  }
}
