import { DomainError, holdsRightAnywhere, type Principal } from '@client-portal/kit';
import type { Backends } from '../../http/backends.js';
import type { CallOptions } from '../../http/route.js';

/** gRPC's UNIMPLEMENTED: a declared RPC no service serves yet (another slice's, still to land). */
const GRPC_UNIMPLEMENTED = 12;

function unimplemented(error: unknown): boolean {
  return (
    error instanceof DomainError &&
    typeof error.cause === 'object' &&
    error.cause !== null &&
    (error.cause as { code?: unknown }).code === GRPC_UNIMPLEMENTED
  );
}

/**
 * One source of the home: its answer, or `fallback` when the RPC is declared but not served yet
 * (the source is then named in `unavailable`, so the screen and the tests can tell "nothing" from
 * "not there yet"). Any other failure fails the home: hiding it would show a wrong inbox.
 */
async function optional<T>(
  source: string,
  call: () => Promise<T>,
  fallback: T,
  unavailable: string[],
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!unimplemented(error)) throw error;
    unavailable.push(source);
    return fallback;
  }
}

export interface InboxItem {
  kind: 'quote' | 'invoice' | 'deliverable' | 'task' | 'messages';
  id: string;
  title: string;
  workspaceId: string;
  workspaceName: string;
  amount: { amountMinor: string; currency: string } | null;
  dueDate: string;
  overdue: boolean;
  count: number;
  version: number;
  at: string;
}

const RECENT_DAYS = 30;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The client home: every source asked in parallel, then ONE action inbox across the user's workspaces
 * ("what we need from you"), the amounts due and overdue per currency, what was shared lately, the
 * upcoming milestones and the tenant's buttons. A client user's own principal goes to each service,
 * which narrows what they see; the inbox lists only what their rights let them do.
 */
export async function clientHome(backends: Backends, principal: Principal, onBehalf: CallOptions) {
  const unavailable: string[] = [];
  const mayPay = holdsRightAnywhere(principal, 'pay');
  // Billing (amounts, invoices, quotes, recent documents) shows only to who may see it (issue 11's
  // "billing" right, implied by "pay"); billing itself refuses the others.
  const seesBilling = mayPay || holdsRightAnywhere(principal, 'billing');
  const mayApprove = holdsRightAnywhere(principal, 'approve');
  const [documents, tasks, milestones, deliverables, files, unread, actions, workspaces] = await Promise.all([
    seesBilling
      ? backends.acceptance.listClientDocuments(
          { clientId: '', kind: '', year: 0, quarter: 0, page: { pageSize: 100, pageToken: '' } },
          onBehalf,
        )
      : Promise.resolve({ documents: [] }),
    optional('tasks', () => backends.tasks.listMyTasks({ limit: 20 }, onBehalf), { tasks: [] }, unavailable),
    optional(
      'milestones',
      () => backends.tasks.listUpcomingMilestones({ limit: 5 }, onBehalf),
      { milestones: [] },
      unavailable,
    ),
    optional(
      'deliverables',
      () => backends.deliverables.listAwaitingMyDecision({ limit: 20 }, onBehalf),
      { deliverables: [] },
      unavailable,
    ),
    optional(
      'files',
      () => backends.files.listRecentlyShared({ limit: 5 }, onBehalf),
      { files: [] },
      unavailable,
    ),
    backends.messaging.listUnread({ workspaceIds: [] }, onBehalf),
    backends.portalSettings.listCallsToAction({}, onBehalf),
    backends.portal.listWorkspaces({ clientId: '' }, onBehalf),
  ]);
  const workspaceName = new Map(workspaces.workspaces.map((workspace) => [workspace.id, workspace.name]));
  const now = today();
  const inbox: InboxItem[] = [];
  const amounts = new Map<string, { dueMinor: bigint; overdueMinor: bigint }>();
  const blank = { workspaceId: '', workspaceName: '', count: 0, version: 0, overdue: false, dueDate: '' };
  for (const document of documents.documents) {
    const due = BigInt(document.amountDueMinor || '0');
    const payable = document.kind === 'invoice' || document.kind === 'proforma';
    if (payable && document.status === 'issued' && due > 0n) {
      const overdue = document.displayStatus === 'overdue';
      const sums = amounts.get(document.currency) ?? { dueMinor: 0n, overdueMinor: 0n };
      sums.dueMinor += due;
      if (overdue) sums.overdueMinor += due;
      amounts.set(document.currency, sums);
      if (mayPay)
        inbox.push({
          ...blank,
          kind: 'invoice',
          id: document.id,
          title: document.number,
          amount: { amountMinor: due.toString(), currency: document.currency },
          dueDate: document.dueDate,
          overdue,
          at: document.issueDate,
        });
    }
    const expired = document.dueDate !== '' && document.dueDate < now;
    if (document.kind === 'quote' && document.status === 'issued' && !expired && mayApprove)
      inbox.push({
        ...blank,
        kind: 'quote',
        id: document.id,
        title: document.number,
        amount: { amountMinor: document.totalMinor, currency: document.currency },
        dueDate: document.dueDate,
        at: document.issueDate,
      });
  }
  for (const deliverable of deliverables.deliverables)
    inbox.push({
      ...blank,
      kind: 'deliverable',
      id: deliverable.id,
      title: deliverable.title,
      workspaceId: deliverable.workspaceId,
      workspaceName: deliverable.workspaceName,
      amount: null,
      version: deliverable.version,
      at: deliverable.submittedAt,
    });
  for (const task of tasks.tasks)
    inbox.push({
      ...blank,
      kind: 'task',
      id: task.id,
      title: task.title,
      workspaceId: task.workspaceId,
      workspaceName: task.workspaceName,
      amount: null,
      dueDate: task.dueDate,
      overdue: task.dueDate !== '' && task.dueDate < now,
      at: '',
    });
  for (const conversation of unread.workspaces)
    inbox.push({
      ...blank,
      kind: 'messages',
      id: conversation.workspaceId,
      title: conversation.lastAuthorName,
      workspaceId: conversation.workspaceId,
      workspaceName: workspaceName.get(conversation.workspaceId) ?? '',
      amount: null,
      count: conversation.unreadCount,
      at: conversation.lastMessageAt,
    });
  const since = new Date(Date.now() - RECENT_DAYS * 86_400_000).toISOString().slice(0, 10);
  return {
    inbox,
    amounts: [...amounts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, sums]) => ({
        currency,
        dueMinor: sums.dueMinor.toString(),
        overdueMinor: sums.overdueMinor.toString(),
      })),
    recentDocuments: documents.documents
      .filter((document) => document.issueDate >= since)
      .slice(0, 5)
      .map((document) => ({
        id: document.id,
        kind: document.kind,
        number: document.number,
        displayStatus: document.displayStatus,
        issueDate: document.issueDate,
        total: { amountMinor: document.totalMinor, currency: document.currency },
      })),
    recentFiles: files.files.map((file) => ({
      id: file.id,
      workspaceId: file.workspaceId,
      workspaceName: file.workspaceName,
      name: file.name,
      contentType: file.contentType,
      sizeBytes: Number(file.sizeBytes),
      sharedAt: file.sharedAt,
    })),
    milestones: milestones.milestones.map((milestone) => ({ ...milestone })),
    callsToAction: actions.callsToAction.map((action) => ({ ...action })),
    workspaces: workspaces.workspaces.map((workspace) => ({ id: workspace.id, name: workspace.name })),
    unavailable,
  };
}
