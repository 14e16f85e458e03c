import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  addNote,
  deleteNote,
  editNote,
  getClientMetrics,
  getDashboard,
  listTimeline,
  noteVersion,
  type ClientMetrics,
  type Dashboard,
  type TimelineCategory,
  type TimelineEntry,
} from '../../../api/activity';
import { useAsyncList, useResource, type AsyncList, type Resource } from '../../../composables/use-resource';

const PAGE_SIZE = 20;
/**
 * crm writes a timeline entry from the same event the live stream announces, on its own consumer: the
 * open timeline and dashboard are read again a little later, and once more in case crm was behind.
 */
export const CATCH_UP_DELAYS_MS = [1_500, 5_000];

/** The staff home's dashboard, one client's timeline (with its kind filter) and one client's metrics. */
export const useActivityStore = defineStore('activity', () => {
  const month = ref('');
  const dashboard = useResource<Dashboard>((signal) => getDashboard(month.value, signal));

  function showMonth(next: string): Promise<void> {
    month.value = next;
    return dashboard.load();
  }

  const category = ref<TimelineCategory | ''>('');
  // One client's timeline at a time: a new list per client keeps a slow answer from landing elsewhere.
  let timeline: { clientId: string; list: AsyncList<TimelineEntry> } | null = null;

  function timelineOf(clientId: string): AsyncList<TimelineEntry> {
    if (timeline?.clientId !== clientId) {
      category.value = '';
      timeline = {
        clientId,
        list: useAsyncList<TimelineEntry>(
          async ({ pageToken, signal }) => {
            const answer = await listTimeline(
              clientId,
              { category: category.value, pageSize: PAGE_SIZE, pageToken },
              signal,
            );
            return { items: answer.entries, nextPageToken: answer.page.nextPageToken };
          },
          {
            key: (entry) => entry.id,
            compare: (left, right) =>
              right.occurredAt.localeCompare(left.occurredAt) || right.id.localeCompare(left.id),
          },
        ),
      };
    }
    return timeline.list;
  }

  function filter(clientId: string, next: TimelineCategory | ''): Promise<void> {
    const list = timelineOf(clientId);
    category.value = next;
    return list.load();
  }

  async function writeNote(clientId: string, body: string): Promise<TimelineEntry> {
    const note = await addNote(clientId, body);
    timelineOf(clientId).upsert([note]);
    return note;
  }

  async function changeNote(note: TimelineEntry, body: string): Promise<TimelineEntry> {
    const edited = await editNote(note.clientId, note.id, body, noteVersion(note));
    timelineOf(note.clientId).upsert([edited]);
    return edited;
  }

  async function removeNote(note: TimelineEntry): Promise<void> {
    await deleteNote(note.clientId, note.id);
    await timelineOf(note.clientId).load();
  }

  let metrics: { clientId: string; resource: Resource<ClientMetrics> } | null = null;
  function metricsOf(clientId: string): Resource<ClientMetrics> {
    if (metrics?.clientId !== clientId)
      metrics = { clientId, resource: useResource((signal) => getClientMetrics(clientId, signal)) };
    return metrics.resource;
  }

  let catchUps: number[] = [];
  /**
   * Something happened with a client (the live stream said so: an invoice, a message, a workspace):
   * the open timeline of that client and the dashboard, if loaded, catch up with what crm recorded.
   */
  function onClientActivity(clientId: string): void {
    const timelineOpen = timeline?.clientId === clientId && timeline.list.loaded;
    const dashboardOpen = dashboard.data !== null;
    if (!timelineOpen && !dashboardOpen) return;
    for (const handle of catchUps) window.clearTimeout(handle);
    catchUps = CATCH_UP_DELAYS_MS.map((delay) =>
      window.setTimeout(() => {
        if (timeline?.clientId === clientId && timeline.list.loaded) void timeline.list.load();
        if (dashboardOpen) void dashboard.load();
      }, delay),
    );
  }

  return {
    month,
    dashboard,
    onClientActivity,
    showMonth,
    category,
    timelineOf,
    filter,
    writeNote,
    changeNote,
    removeNote,
    metricsOf,
  };
});
