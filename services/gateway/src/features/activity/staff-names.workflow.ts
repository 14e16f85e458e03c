import type { Backends } from '../../http/backends.js';
import type { CallOptions } from '../../http/route.js';

/**
 * Timeline entries name their actor by id (events carry `changedBy`, `invitedBy`, ...); crm keeps no
 * staff directory yet, so the names come from identity's: one ListStaff call per page, only when
 * an entry lacks its name. Staff only ever read these routes, and ListStaff is open to every staff level.
 */
export async function withStaffNames<Entry extends { actorId: string; actorName: string }>(
  entries: Entry[],
  backends: Backends,
  onBehalf: CallOptions,
): Promise<Entry[]> {
  if (!entries.some((entry) => entry.actorId && !entry.actorName)) return entries;
  const { staff } = await backends.identity.listStaff({ tenantId: '' }, onBehalf);
  const names = new Map(staff.map((member) => [member.id, member.displayName]));
  return entries.map((entry) =>
    entry.actorName ? entry : { ...entry, actorName: names.get(entry.actorId) ?? '' },
  );
}
