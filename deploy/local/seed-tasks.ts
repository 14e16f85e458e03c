// The demo tasks (tasks slice of deploy/local/seed.ts): a few tasks in each demo client's workspace.
import type { ServiceClient } from '@client-portal/contracts';
import type { Principal } from '@client-portal/kit';
import { dayFromNow } from './seed-projects.js';
import { findClientWorkspace } from './seed-workspace-content.js';

const as = (principal: Principal) => ({ principal });

/** What each workspace gets: shared tasks in every column, one for the client's primary contact, one internal. */
const DEMO_TASKS = [
  { title: 'Kick-off call', status: 'done', dueInDays: -10, clientVisible: true, forContact: false },
  {
    title: 'Send us your logo and brand colours',
    status: 'todo',
    dueInDays: 5,
    clientVisible: true,
    forContact: true,
  },
  {
    title: 'First design proposal',
    status: 'in_progress',
    dueInDays: 12,
    clientVisible: true,
    forContact: false,
  },
  {
    title: 'Check the budget against the estimate',
    status: 'todo',
    dueInDays: 3,
    clientVisible: false,
    forContact: false,
  },
] as const;

/**
 * The demo tasks of one client's workspace, once: a workspace that already has tasks is kept as it is
 * (the seed runs again without adding anything). Returns what it added.
 */
export async function seedTasks(
  clients: { crm: ServiceClient<'crm'>; portal: ServiceClient<'portal'>; tasks: ServiceClient<'tasks'> },
  clientName: string,
  staff: Principal,
): Promise<string[]> {
  const found = await findClientWorkspace(clients, clientName, staff);
  if (!found) return [];
  const { clientId, workspace } = found;
  const board = await clients.tasks.listTasks({ workspaceId: workspace.id }, as(staff));
  if (board.tasks.length > 0) return [];
  const primary = (await clients.crm.getClient({ clientId }, as(staff))).contacts.find(
    (contact) => contact.primary,
  );
  const added: string[] = [];
  for (const demo of DEMO_TASKS) {
    const assignee =
      demo.forContact && primary
        ? { kind: 'contact', id: primary.id, name: `${primary.firstName} ${primary.lastName}`.trim() }
        : { kind: 'staff', id: staff.userId, name: staff.displayName ?? '' };
    await clients.tasks.createTask(
      {
        workspaceId: workspace.id,
        title: demo.title,
        description: '',
        status: demo.status,
        assignee,
        dueDate: dayFromNow(demo.dueInDays),
        clientVisible: demo.clientVisible,
      },
      as(staff),
    );
    added.push('task');
  }
  return added;
}
