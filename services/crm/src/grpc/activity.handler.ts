import { requirePrincipal, type Principal } from '@client-portal/kit';
import type { HandlersOf, TimelineEntry as TimelineEntryMessage } from '@client-portal/contracts';
import type { ActivityService } from '../application/activity.service.js';
import type { TimelineEntry } from '../domain/activity.js';

/** Staff only (the service refuses anyone else), so entries go out whole; `own` is the caller's. */
export function toTimelineEntryMessage(
  entry: TimelineEntry & { clientName?: string },
  principal: Principal,
): TimelineEntryMessage {
  return {
    id: entry.id,
    clientId: entry.clientId,
    clientName: entry.clientName ?? '',
    kind: entry.kind,
    category: entry.category,
    params: Object.entries(entry.params).map(([name, value]) => ({ name, value })),
    actorId: entry.actorId,
    actorName: entry.actorName,
    occurredAt: entry.occurredAt.toISOString(),
    linkType: entry.linkType,
    linkId: entry.linkId,
    body: entry.body,
    editedAt: entry.editedAt?.toISOString() ?? '',
    own: entry.kind === 'note' && entry.actorId === principal.userId,
  };
}

const minor = (value: number | null): string => (value === null ? '' : String(value));

export function activityHandlers(activity: ActivityService): HandlersOf<'activity'> {
  return {
    ListTimeline: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const { entries, page } = await activity.listTimeline(principal, request);
      return { entries: entries.map((entry) => toTimelineEntryMessage(entry, principal)), page };
    },
    AddNote: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toTimelineEntryMessage(
        await activity.addNote(principal, request.clientId, request.body),
        principal,
      );
    },
    EditNote: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toTimelineEntryMessage(await activity.editNote(principal, request), principal);
    },
    DeleteNote: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      await activity.deleteNote(principal, request.clientId, request.noteId);
      return {};
    },
    GetClientMetrics: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const figures = await activity.clientMetrics(principal, request.clientId);
      return {
        clientId: request.clientId,
        ...figures,
        totalValueMinor: String(figures.totalValueMinor),
        invoicedMinor: String(figures.invoicedMinor),
        byCurrency: figures.byCurrency.map((entry) => ({
          ...entry,
          totalValueMinor: String(entry.totalValueMinor),
          invoicedMinor: String(entry.invoicedMinor),
        })),
      };
    },
    GetDashboard: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const view = await activity.dashboard(principal, request.month);
      return {
        ...view,
        totalValueMinor: minor(view.totalValueMinor),
        pipelineValueMinor: minor(view.pipelineValueMinor),
        pipeline: view.pipeline.map((client) => ({ ...client, valueMinor: minor(client.valueMinor) })),
        revenueByMonth: view.revenueByMonth.map((point) => ({
          ...point,
          totalMinor: String(point.totalMinor),
        })),
        revenueByClient: view.revenueByClient.map((point) => ({
          ...point,
          totalMinor: String(point.totalMinor),
        })),
        pendingRequests: view.pendingRequests.map((request) => ({
          ...request,
          lastMessageAt: request.lastMessageAt.toISOString(),
        })),
        recentActivity: view.recentActivity.map((entry) => toTimelineEntryMessage(entry, principal)),
      };
    },
  };
}
