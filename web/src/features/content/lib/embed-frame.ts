import type { ContentEmbed } from '../../../api/content';

/**
 * The iframe an embed is rendered in. The framed page runs in a sandbox that grants only what the
 * sites agencies embed (video players, design files, boards) need to work:
 *
 * - `allow-scripts`: the players and viewers are JavaScript applications;
 * - `allow-same-origin`: they keep their OWN origin (their cookies, storage, API calls); without it
 *   they run as an opaque origin and most refuse to load. This is safe only because the frame is
 *   never same-origin with the portal — renderableEmbed refuses an embed pointing at the portal's
 *   own origin, where scripts + same-origin could lift the sandbox;
 * - `allow-popups`: "open in YouTube/Figma" links open a new tab (the popup stays sandboxed).
 *
 * Not granted: `allow-top-navigation*` (the embed cannot navigate the portal away), `allow-forms`,
 * `allow-modals`, `allow-downloads`, `allow-popups-to-escape-sandbox`, `allow-storage-access-by-user-
 * activation`. `referrerpolicy="no-referrer"` keeps the workspace URL (its ids) from the embedded site;
 * `loading="lazy"` loads it only when scrolled to. Host and https are checked by the server against the
 * tenant's allow-list; a host removed from the list later is not rendered (the server says `blocked`
 * to staff and leaves the embed out for clients).
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups';
export const EMBED_REFERRER_POLICY = 'no-referrer';

/** Whether an embed may be framed here: https, not blocked, never the portal's own origin. */
export function renderableEmbed(
  embed: Pick<ContentEmbed, 'url' | 'blocked'>,
  portalOrigin = window.location.origin,
): boolean {
  if (embed.blocked) return false;
  try {
    const url = new URL(embed.url);
    return url.protocol === 'https:' && url.origin !== portalOrigin;
  } catch {
    return false;
  }
}
