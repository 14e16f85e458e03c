import type { Workspace, WorkspaceModule } from '../domain/workspace.js';
import type { TimelineRepository } from '../store/timeline.repository.js';

/**
 * The workspace timeline's writer: what portal's consumer calls for each event it records. One generic
 * function records every portal event whose data starts with workspaceEventFields, so a slice's new
 * event type needs ONE handler line in events/subscriptions.ts:
 *
 *   'portal.task.created': (event) => recorder.recordWorkspaceEvent(event),
 *
 * Billing documents and payments of a client go into each of that client's workspaces with the billing
 * module on; a message goes into its workspace.
 */

/** What every workspace content event carries (services/libs/events/src/portal.events.ts). */
export interface WorkspaceEventLike {
  id: string;
  type: string;
  tenantId: string;
  subject: string;
  occurredAt: string;
  data: { workspaceId: string; clientId: string; clientVisible: boolean; actorName: string; title: string };
}

/**
 * The module an event type belongs to: its entries leave a client's timeline when staff switch that
 * module off. '' = the workspace itself (always shown).
 */
export function moduleOfEventType(type: string): WorkspaceModule | '' {
  const [producer, thing] = type.split('.');
  if (producer === 'billing') return 'billing';
  if (producer === 'messaging') return 'messages';
  switch (thing ?? '') {
    case 'task':
    case 'milestone':
      return 'tasks';
    case 'deliverable':
      return 'approvals';
    case 'file':
    case 'folder':
      return 'files';
    case 'link':
      return 'links';
    case 'embed':
      return 'embeds';
    case 'note':
      return 'notes';
    default:
      return '';
  }
}

export class TimelineRecorder {
  constructor(
    private readonly timeline: TimelineRepository,
    private readonly workspacesOfClient: (tenantId: string, clientId: string) => Promise<Workspace[]>,
  ) {}

  /** THE generic recording function: one entry per workspace event (redeliveries change nothing). */
  async recordWorkspaceEvent(event: WorkspaceEventLike): Promise<void> {
    const { data } = event;
    await this.timeline.record({
      id: `${event.id}|${data.workspaceId}`,
      tenantId: event.tenantId,
      workspaceId: data.workspaceId,
      clientId: data.clientId,
      type: event.type,
      subjectId: event.subject,
      title: data.title,
      actorName: data.actorName,
      occurredAt: new Date(event.occurredAt),
      clientVisible: data.clientVisible,
      module: moduleOfEventType(event.type),
    });
    // Something made staff-only (a note turned internal) takes its earlier entries out of the client's
    // timeline as well: its title must not stay there.
    if (!data.clientVisible) await this.timeline.hideSubject(event.tenantId, event.subject);
  }

  /** A billing fact about a client: one client-visible entry in each of its workspaces with billing on. */
  async recordClientEvent(
    event: { id: string; type: string; tenantId: string; subject: string; occurredAt: string },
    clientId: string,
    title: string,
    actorName = '',
  ): Promise<void> {
    const workspaces = await this.workspacesOfClient(event.tenantId, clientId);
    for (const workspace of workspaces.filter((candidate) => candidate.modules.includes('billing')))
      await this.recordWorkspaceEvent({
        ...event,
        data: { workspaceId: workspace.id, clientId, clientVisible: true, actorName, title },
      });
  }
}
