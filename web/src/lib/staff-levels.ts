/** Staff levels, lowest first: each level may do everything the levels below it may. */
export const STAFF_LEVELS = ['member', 'manager', 'admin', 'owner'] as const;
export type StaffLevel = (typeof STAFF_LEVELS)[number];

export function isStaffLevel(value: unknown): value is StaffLevel {
  return typeof value === 'string' && (STAFF_LEVELS as readonly string[]).includes(value);
}

/**
 * Whether a staff role reaches a minimum level. An unknown or missing role counts as the lowest
 * level: the gateway decides for real, the app only hides what would be refused.
 */
export function reachesStaffLevel(role: string | undefined, minimum: StaffLevel): boolean {
  const rank = isStaffLevel(role) ? STAFF_LEVELS.indexOf(role) : 0;
  return rank >= STAFF_LEVELS.indexOf(minimum);
}
