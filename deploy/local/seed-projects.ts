// The demo projects (projects slice of deploy/local/seed.ts), apart so a test can run them against crm.
import type { ServiceClient } from '@client-portal/contracts';
import type { Principal } from '@client-portal/kit';
import { DEMO_PROJECTS } from './demo-agency.js';

const as = (principal: Principal) => ({ principal });

/** YYYY-MM-DD, this many days from now. */
export const dayFromNow = (offsetDays: number, now = Date.now()) =>
  new Date(now + offsetDays * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/**
 * The demo projects of one client, keyed by name: a project that exists is kept as it is; a new one
 * gets its milestones, the staff member's time entries and, when completed, the client user's rating
 * (given as the portal user would, with a client principal the seed signs). Returns what it added.
 */
export async function seedProjects(
  clients: { crm: ServiceClient<'crm'>; projects: ServiceClient<'projects'> },
  clientName: string,
  staff: Principal,
  clientUser: { email: string; name: string } | undefined,
): Promise<string[]> {
  const wanted = DEMO_PROJECTS.filter((project) => project.client === clientName);
  if (wanted.length === 0) return [];
  const done: string[] = [];
  const { clients: found } = await clients.crm.listClients(
    { search: clientName, page: { pageSize: 100 } },
    as(staff),
  );
  const clientId = found.find((candidate) => candidate.name === clientName)?.id;
  if (!clientId) return done;
  const existing = await clients.projects.listProjects({ clientId, page: { pageSize: 100 } }, as(staff));
  const names = new Set(existing.projects.map((project) => project.name));
  for (const demo of wanted.filter((project) => !names.has(project.name))) {
    let project = await clients.projects.createProject(
      {
        clientId,
        name: demo.name,
        status: demo.status,
        progress: demo.progress,
        startDate: dayFromNow(demo.startInDays),
        dueDate: dayFromNow(demo.dueInDays),
        contractValueMinor: String(demo.contractValueMinor),
        currency: demo.currency,
        estimatedCostMinor: String(demo.estimatedCostMinor),
        defaultHourlyRateMinor: String(demo.defaultHourlyRateMinor),
        milestones: demo.milestones.map((milestone) => ({
          name: milestone.name,
          dueDate: dayFromNow(milestone.dueInDays),
          done: milestone.done,
        })),
      },
      as(staff),
    );
    done.push('project', ...demo.milestones.map(() => 'milestone'));
    for (const entry of demo.timeEntries) {
      project = await clients.projects.logTime(
        { projectId: project.id, date: dayFromNow(-entry.daysAgo), minutes: entry.minutes, note: entry.note },
        as(staff),
      );
      done.push('time entry');
    }
    if (demo.rating && clientUser) {
      await clients.projects.rateProject(
        { projectId: project.id, score: demo.rating.score, comment: demo.rating.comment },
        as({
          userId: `seed:${clientUser.email}`,
          tenantId: staff.tenantId,
          kind: 'client',
          clientId,
          workspaceIds: [],
          displayName: clientUser.name,
        }),
      );
      done.push('rating');
    }
  }
  return done;
}
