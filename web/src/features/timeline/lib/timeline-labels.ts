import type { TimelineEntry } from '../../../api/content';
import type { Translator } from '../../../lib/errors';

/**
 * Which slice's i18n block words a timeline entry (each slice adds `<slice>.timeline.<verb>` strings
 * for its events):
 *
 * | event type                         | slice key                                  |
 * | ---------------------------------- | ------------------------------------------ |
 * | portal.task.*, portal.milestone.*  | tasks.timeline.<verb>                      |
 * | portal.deliverable.*               | deliverables.timeline.<verb>               |
 * | portal.file.*, portal.folder.*     | files.timeline.<verb> / .<thing>.<verb>    |
 * | portal.link/embed/note.*           | content.timeline.<thing>.<verb>            |
 * | portal.workspace.*, portal.member.*| workspaces.timeline.<verb>                 |
 * | billing.*, messaging.*             | content.timeline.<producer>.<thing>_<verb> |
 *
 * A slice with several things may word them apart (`files.timeline.folder.created`) or share one verb
 * (`files.timeline.created`): the first key that exists wins. A type with no wording yet falls back to
 * `content.timeline.fallback` (the actor, the type and the title), so a new event never shows a raw key.
 */
const SLICE_OF_THING: Record<string, string> = {
  task: 'tasks',
  milestone: 'tasks',
  deliverable: 'deliverables',
  file: 'files',
  folder: 'files',
  link: 'content',
  embed: 'content',
  note: 'content',
  workspace: 'workspaces',
  member: 'workspaces',
};

/** The i18n keys that may word an event type, most specific first. */
export function timelineKeys(type: string): string[] {
  const [producer = '', thing = '', verb = ''] = type.split('.');
  if (producer === 'billing' || producer === 'messaging')
    return [`content.timeline.${producer}.${thing}_${verb}`];
  const slice = SLICE_OF_THING[thing];
  if (producer !== 'portal' || !slice) return [];
  const keys = [`${slice}.timeline.${thing}.${verb}`, `${slice}.timeline.${verb}`];
  // The workspace's own events: the workspaces slice words them, this one has a default.
  if (thing === 'workspace') keys.push(`content.timeline.workspace.${verb}`);
  return keys;
}

/** The sentence of one entry, in the viewer's language. */
export function timelineText(entry: TimelineEntry, { t, te }: Translator): string {
  const values = {
    actor: entry.actorName || t('content.timeline.someone'),
    title: entry.title,
    type: entry.type,
  };
  const key = timelineKeys(entry.type).find((candidate) => te(candidate));
  if (key) return t(key, values);
  return entry.title ? t('content.timeline.fallback', values) : t('content.timeline.fallbackNoTitle', values);
}
