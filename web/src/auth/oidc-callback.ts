/** Parameters Keycloak appends to the redirect URI after login (query or fragment response mode). */
const CALLBACK_PARAMETERS = [
  'code',
  'state',
  'session_state',
  'iss',
  'error',
  'error_description',
  'error_uri',
];

function withoutCallbackParameters(parameters: string): string {
  const search = new URLSearchParams(parameters);
  for (const name of CALLBACK_PARAMETERS) search.delete(name);
  return search.toString();
}

/**
 * The address without the login callback's parameters, or null when it carries none. The one-time
 * `code` must not stay in the address bar, the history or a bookmarked or shared link.
 */
export function cleanCallbackUrl(href: string): string | null {
  const url = new URL(href);
  const query = withoutCallbackParameters(url.search.slice(1));
  // A fragment that is not a parameter list (an in-page anchor) is kept as it is.
  const fragment = url.hash.slice(1);
  const hashIsParameters = fragment.includes('=');
  const hash = hashIsParameters ? withoutCallbackParameters(fragment) : fragment;
  const cleaned = `${url.pathname}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
  const original = `${url.pathname}${url.search}${url.hash}`;
  return cleaned === original ? null : cleaned;
}

/** Replaces the current history entry with the same address minus the callback parameters. */
export function removeCallbackParameters(): void {
  const cleaned = cleanCallbackUrl(window.location.href);
  if (cleaned !== null) window.history.replaceState(window.history.state, '', cleaned);
}
