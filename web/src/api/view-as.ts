/**
 * "View as client" (issue 10): while staff look at the portal as one of a client's users, every API
 * call and the live stream carry that user's id in X-View-As; the gateway answers as that user,
 * read-only. Kept in sessionStorage (an id and a name, never a token) so a reload stays in the mode
 * and another tab does not enter it.
 */
export const VIEW_AS_HEADER = 'X-View-As';
const KEY = 'client-portal.view-as';

export interface ViewAsTarget {
  userId: string;
  displayName: string;
  /** Where Exit leads back to in the staff app. */
  returnTo: string;
}

export function viewAsTarget(): ViewAsTarget | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<ViewAsTarget>;
    return typeof parsed.userId === 'string' && parsed.userId
      ? {
          userId: parsed.userId,
          displayName: typeof parsed.displayName === 'string' ? parsed.displayName : '',
          returnTo: typeof parsed.returnTo === 'string' ? parsed.returnTo : '/app/clients',
        }
      : null;
  } catch {
    return null;
  }
}

export function setViewAsTarget(target: ViewAsTarget): void {
  window.sessionStorage.setItem(KEY, JSON.stringify(target));
}

export function clearViewAsTarget(): void {
  window.sessionStorage.removeItem(KEY);
}
