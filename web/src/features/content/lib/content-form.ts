import { watch } from 'vue';
import { ApiError } from '../../../api/http';
import { violationMessage, type Translator } from '../../../lib/errors';
import { useWorkspaceLiveStore } from '../../portal/stores/workspace-live.store';

/** The violation codes only this slice sends, worded in content.violations (the rest: the shared ones). */
const CONTENT_CODES = ['unsafe_scheme', 'not_https', 'host_not_allowed'] as const;

/** The host a typed address points at, for the allow-list message ('' when it is not an address). */
export function hostOf(url: string): string {
  try {
    return new URL(url.trim()).hostname;
  } catch {
    return '';
  }
}

/**
 * The sentence to show next to each field for a refused save, in the viewer's language. The allow-list
 * refusal names the host the user typed, as the server's rule does.
 */
export function contentFieldErrors(error: unknown, translator: Translator, url = ''): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const found: Record<string, string> = {};
  for (const violation of error.violations) {
    const code = (CONTENT_CODES as readonly string[]).includes(violation.code ?? '')
      ? violation.code
      : undefined;
    if (code === 'host_not_allowed') {
      const host = hostOf(url);
      found[violation.field] = host
        ? translator.t('content.violations.host_not_allowed', { host })
        : translator.t('content.violations.host_not_allowed_unknown');
    } else if (code) found[violation.field] = translator.t(`content.violations.${code}`);
    else found[violation.field] = violationMessage(violation, translator);
  }
  return found;
}

/** A save refused because someone else saved first (409). */
export function isChangedMeanwhile(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/** A refusal whose every problem is shown next to a field (no banner needed). */
export function onlyFieldProblems(error: unknown): boolean {
  return error instanceof ApiError && error.violations.length > 0;
}

/** Only http(s) addresses become clickable, whatever the server sent. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * Reloads a panel when the live stream says something of `kind` changed in its workspace (a link,
 * embed, note… changed by someone else, or by this user in another tab).
 */
export function useLiveReload(
  workspaceId: () => string,
  prefixes: readonly string[],
  reload: () => void,
): void {
  const live = useWorkspaceLiveStore();
  watch(
    () => live.lastChange,
    (change) => {
      if (!change || change.workspaceId !== workspaceId()) return;
      if (prefixes.length === 0 || prefixes.some((prefix) => change.change.startsWith(prefix))) reload();
    },
  );
}
