import { paramsOf, type TimelineEntry } from '../../../api/activity';
import { formatMoney } from '../../../lib/money';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type Exists = (key: string) => boolean;

/** `project.status_changed` → `projectStatusChanged`: the message key of an entry kind. */
export function kindKey(kind: string): string {
  return kind.replace(/[._]([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** A project status (`in-progress`) as its message key (`inProgress`). */
export function projectStatusLabel(status: string, t: Translate, te: Exists): string {
  const key = `activity.projectStatus.${kindKey(status.replace(/-/g, '_'))}`;
  return te(key) ? t(key) : status;
}

function clientStatusLabel(status: string, t: Translate, te: Exists): string {
  const key = `status.client.${status}`;
  return te(key) ? t(key) : status;
}

/**
 * The translated title of a timeline entry: the kind picks the sentence, the entry's parameters
 * fill it in (statuses translated, amounts in the viewer's locale). Unknown kinds (a newer server)
 * still read as "Activity".
 */
export function entryTitle(entry: TimelineEntry, t: Translate, te: Exists, locale: string): string {
  const params = paramsOf(entry);
  const values: Record<string, string> = { ...params };
  if (entry.kind === 'client.status_changed') {
    values.from = clientStatusLabel(params.from ?? '', t, te);
    values.to = clientStatusLabel(params.to ?? '', t, te);
  }
  if (entry.kind === 'project.status_changed') {
    values.from = projectStatusLabel(params.from ?? '', t, te);
    values.to = projectStatusLabel(params.to ?? '', t, te);
  }
  if (entry.kind === 'invoice.issued') {
    if (!params.totalMinor) return t('activity.kinds.invoiceIssuedNoAmount', values);
    values.amount = formatMoney(params.totalMinor, params.currency ?? 'EUR', locale);
  }
  const key = `activity.kinds.${kindKey(entry.kind)}`;
  return te(key) ? t(key, values) : t('activity.kinds.unknown');
}
