import type { Project } from '../../../api/projects';

/** "1 h 30" style durations from minutes, in the viewer's digits. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/**
 * A duration as people type it: "90" or "90m" (minutes), "1.5h" / "1,5 h" (hours), "1:30" or "1h30".
 * Null when it is not a whole number of minutes above 0.
 */
export function parseDuration(text: string): number | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, '');
  if (!value) return null;
  let minutes: number;
  const clock = /^(\d+)(?::|h)(\d{1,2})$/.exec(value);
  const hours = /^(\d+(?:[.,]\d+)?)h$/.exec(value);
  const plain = /^(\d+)(?:m|min)?$/.exec(value);
  if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2]);
  else if (hours) minutes = Number((hours[1] ?? '').replace(',', '.')) * 60;
  else if (plain) minutes = Number(plain[1]);
  else return null;
  return Number.isInteger(minutes) && minutes > 0 ? minutes : null;
}

/** Today as YYYY-MM-DD in the viewer's zone (what "today" means to the person logging time). */
export function today(now = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

/** A milestone or project is late when its due day has passed and it is not done. */
export function isLate(dueDate: string, done: boolean, now = new Date()): boolean {
  return !done && dueDate !== '' && dueDate < today(now);
}

export function isProjectLate(project: Pick<Project, 'dueDate' | 'status'>, now = new Date()): boolean {
  return isLate(project.dueDate, project.status === 'completed' || project.status === 'cancelled', now);
}
