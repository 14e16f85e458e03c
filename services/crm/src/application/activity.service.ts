import { assertPermission, DomainError, pageInfo, roleAllows, type Principal } from '@client-portal/kit';
import {
  checkedMonth,
  clientFigures,
  editNote,
  isLate,
  isoDay,
  lastTwelveMonths,
  newNote,
  noteVersion,
  TIMELINE_CATEGORIES,
  weekOf,
  type ClientFigures,
  type TimelineCategory,
  type TimelineEntry,
} from '../domain/activity.js';
import type { ClientRepository } from '../store/client.repository.js';
import type { ConversationRepository } from '../store/conversation.repository.js';
import type { InvoiceFactRepository } from '../store/invoice-fact.repository.js';
import type { ProjectSummaryRepository } from '../store/project-summary.repository.js';
import { TimelineRepository } from '../store/timeline.repository.js';

const RECENT_ACTIVITY = 10;
const TOP_CLIENTS = 8;

export interface DashboardProjectView {
  projectId: string;
  name: string;
  clientId: string;
  clientName: string;
  status: string;
  dueDate: string;
  progress: number;
}

export interface DashboardView {
  moneyVisible: boolean;
  currency: string;
  today: string;
  activeClients: number;
  prospectClients: number;
  projectsInProgress: number;
  totalValueMinor: number | null;
  lateProjects: DashboardProjectView[];
  dueThisWeek: {
    milestoneId: string;
    name: string;
    dueDate: string;
    done: boolean;
    projectId: string;
    projectName: string;
    clientId: string;
    clientName: string;
  }[];
  pendingRequests: {
    workspaceId: string;
    clientId: string;
    clientName: string;
    authorName: string;
    lastMessageAt: Date;
  }[];
  pipeline: { clientId: string; name: string; valueMinor: number | null; projectCount: number }[];
  pipelineValueMinor: number | null;
  revenueByMonth: { key: string; label: string; totalMinor: number }[];
  revenueByClient: { key: string; label: string; totalMinor: number }[];
  recentActivity: (TimelineEntry & { clientName: string })[];
  calendarMonth: string;
  calendar: {
    date: string;
    kind: 'milestone' | 'project-due';
    label: string;
    projectId: string;
    projectName: string;
    clientId: string;
    clientName: string;
    done: boolean;
  }[];
}

/**
 * The timeline, internal notes, a client's metrics and the agency dashboard. Staff only: a client user
 * is refused (PERMISSION_DENIED) before anything is read.
 */
export class ActivityService {
  constructor(
    private readonly clients: ClientRepository,
    private readonly timeline: TimelineRepository,
    private readonly projects: ProjectSummaryRepository,
    private readonly invoices: InvoiceFactRepository,
    private readonly conversations: ConversationRepository,
  ) {}

  /** The client must exist in the caller's tenant; a missing one and another tenant's look the same. */
  private async assertClient(principal: Principal, clientId: string): Promise<void> {
    if (!(await this.clients.find(principal.tenantId, clientId)))
      throw DomainError.notFound('Client', clientId);
  }

  async listTimeline(
    principal: Principal,
    request: { clientId: string; category: string; page: { pageSize?: number; pageToken?: string } | null },
  ) {
    assertPermission(principal, 'clients.view');
    const category = request.category as TimelineCategory | '';
    if (category !== '' && !TIMELINE_CATEGORIES.includes(category))
      throw DomainError.invalid(`Unknown timeline kind "${request.category}"`, [
        { field: 'category', message: `One of ${TIMELINE_CATEGORIES.join(', ')}`, code: 'invalid_value' },
      ]);
    await this.assertClient(principal, request.clientId);
    const page = TimelineRepository.order.read(request.page);
    const { entries, nextPageToken } = await this.timeline.list(
      principal.tenantId,
      request.clientId,
      category,
      page,
    );
    return { entries, page: pageInfo(nextPageToken) };
  }

  async addNote(principal: Principal, clientId: string, body: string): Promise<TimelineEntry> {
    assertPermission(principal, 'notes.write');
    await this.assertClient(principal, clientId);
    const note = newNote({
      tenantId: principal.tenantId,
      clientId,
      body,
      authorId: principal.userId,
      authorName: principal.displayName ?? '',
    });
    await this.timeline.record(note);
    return note;
  }

  /** Only the author may change a note: someone else's answers PERMISSION_DENIED, never a silent edit. */
  private async ownNote(principal: Principal, clientId: string, noteId: string): Promise<TimelineEntry> {
    assertPermission(principal, 'notes.write');
    const note = await this.timeline.findNote(principal.tenantId, clientId, noteId);
    if (!note) throw DomainError.notFound('Note', noteId);
    if (note.actorId !== principal.userId)
      throw DomainError.forbidden('Only the author of a note may edit or delete it', 'note.not_author');
    return note;
  }

  async editNote(
    principal: Principal,
    request: { clientId: string; noteId: string; body: string; expectedVersion: string },
  ): Promise<TimelineEntry> {
    const note = await this.ownNote(principal, request.clientId, request.noteId);
    if (request.expectedVersion && request.expectedVersion !== noteVersion(note))
      throw DomainError.precondition(
        'This note was changed meanwhile: reload it and try again',
        'note.changed',
      );
    const edited = editNote(note, request.body);
    if (!(await this.timeline.updateNote(edited, note.editedAt)))
      throw DomainError.precondition(
        'This note was changed meanwhile: reload it and try again',
        'note.changed',
      );
    return edited;
  }

  async deleteNote(principal: Principal, clientId: string, noteId: string): Promise<void> {
    const note = await this.ownNote(principal, clientId, noteId);
    await this.timeline.deleteNote(note);
  }

  async clientMetrics(principal: Principal, clientId: string): Promise<ClientFigures> {
    assertPermission(principal, 'metrics.view');
    await this.assertClient(principal, clientId);
    const [projects, invoices] = await Promise.all([
      this.projects.forClient(principal.tenantId, clientId),
      this.invoices.forClient(principal.tenantId, clientId),
    ]);
    return clientFigures(projects, invoices);
  }

  async dashboard(principal: Principal, month: string, now = new Date()): Promise<DashboardView> {
    assertPermission(principal, 'clients.view');
    const moneyVisible =
      principal.kind === 'service' ||
      (principal.kind === 'staff' &&
        !!principal.staffRole &&
        roleAllows(principal.staffRole, 'metrics.view'));
    const today = isoDay(now);
    const calendarMonth = checkedMonth(month, today);
    const tenantId = principal.tenantId;
    const months = lastTwelveMonths(today);
    const [directory, projects, conversations, invoices, recent] = await Promise.all([
      this.clients.directory(tenantId),
      this.projects.forTenant(tenantId),
      this.conversations.awaitingReply(tenantId),
      moneyVisible
        ? this.invoices.since(tenantId, new Date(`${months[0] ?? today.slice(0, 7)}-01T00:00:00Z`))
        : [],
      this.timeline.recent(tenantId, RECENT_ACTIVITY),
    ]);
    const clientName = new Map(directory.map((client) => [client.id, client.name]));
    const nameOf = (clientId: string) => clientName.get(clientId) ?? '';
    // Projects of deleted clients no longer count anywhere.
    const live = projects.filter((project) => clientName.has(project.clientId));
    const counted = live.filter((project) => project.status !== 'cancelled');
    const currency =
      mostCommon([...counted.map((p) => p.currency), ...invoices.map((i) => i.currency)]) ?? 'EUR';
    const inCurrency = (values: { currency: string; minor: number }[]) =>
      values.filter((value) => value.currency === currency).reduce((sum, value) => sum + value.minor, 0);
    const projectView = (project: (typeof live)[number]): DashboardProjectView => ({
      projectId: project.id,
      name: project.name,
      clientId: project.clientId,
      clientName: nameOf(project.clientId),
      status: project.status,
      dueDate: project.dueDate,
      progress: project.progress,
    });

    const week = weekOf(today);
    const milestones = live.flatMap((project) =>
      project.status === 'cancelled'
        ? []
        : project.milestones.map((milestone) => ({ ...milestone, project })),
    );
    const dueThisWeek = milestones
      .filter((m) => !m.done && m.dueDate >= week.from && m.dueDate <= week.to)
      .sort((left, right) => left.dueDate.localeCompare(right.dueDate))
      .map((m) => ({
        milestoneId: m.milestoneId,
        name: m.name,
        dueDate: m.dueDate,
        done: m.done,
        projectId: m.project.id,
        projectName: m.project.name,
        clientId: m.project.clientId,
        clientName: nameOf(m.project.clientId),
      }));

    const prospects = directory.filter((client) => client.status === 'prospect');
    const pipeline = prospects
      .map((client) => {
        const own = counted.filter((project) => project.clientId === client.id);
        return {
          clientId: client.id,
          name: client.name,
          valueMinor: moneyVisible
            ? inCurrency(
                own.map((project) => ({ currency: project.currency, minor: project.contractValueMinor })),
              )
            : null,
          projectCount: own.length,
        };
      })
      .sort(
        (left, right) =>
          (right.valueMinor ?? 0) - (left.valueMinor ?? 0) || left.name.localeCompare(right.name),
      );

    const revenueByMonth = moneyVisible
      ? months.map((key) => ({
          key,
          label: key,
          totalMinor: inCurrency(
            invoices
              .filter((invoice) => isoDay(invoice.issuedAt).startsWith(key))
              .map((invoice) => ({ currency: invoice.currency, minor: invoice.totalMinor })),
          ),
        }))
      : [];
    const byClient = new Map<string, number>();
    if (moneyVisible)
      for (const invoice of invoices)
        if (invoice.currency === currency)
          byClient.set(invoice.clientId, (byClient.get(invoice.clientId) ?? 0) + invoice.totalMinor);
    const revenueByClient = [...byClient.entries()]
      .map(([key, totalMinor]) => ({ key, label: nameOf(key), totalMinor }))
      .sort((left, right) => right.totalMinor - left.totalMinor)
      .slice(0, TOP_CLIENTS);

    const calendar = [
      ...milestones
        .filter((m) => m.dueDate.startsWith(calendarMonth))
        .map((m) => ({
          date: m.dueDate,
          kind: 'milestone' as const,
          label: m.name,
          projectId: m.project.id,
          projectName: m.project.name,
          clientId: m.project.clientId,
          clientName: nameOf(m.project.clientId),
          done: m.done,
        })),
      ...live
        .filter((project) => project.status !== 'cancelled' && project.dueDate.startsWith(calendarMonth))
        .map((project) => ({
          date: project.dueDate,
          kind: 'project-due' as const,
          label: project.name,
          projectId: project.id,
          projectName: project.name,
          clientId: project.clientId,
          clientName: nameOf(project.clientId),
          done: project.status === 'completed',
        })),
    ].sort((left, right) => left.date.localeCompare(right.date) || left.label.localeCompare(right.label));

    return {
      moneyVisible,
      currency,
      today,
      activeClients: directory.filter((client) => client.status === 'active').length,
      prospectClients: prospects.length,
      projectsInProgress: live.filter((project) => project.status === 'in-progress').length,
      totalValueMinor: moneyVisible
        ? inCurrency(
            counted.map((project) => ({ currency: project.currency, minor: project.contractValueMinor })),
          )
        : null,
      lateProjects: live
        .filter((project) => isLate(project, today))
        .sort((left, right) => left.dueDate.localeCompare(right.dueDate))
        .map(projectView),
      dueThisWeek,
      pendingRequests: conversations
        .filter((conversation) => clientName.has(conversation.clientId))
        .map((conversation) => ({
          workspaceId: conversation.workspaceId,
          clientId: conversation.clientId,
          clientName: nameOf(conversation.clientId),
          authorName: conversation.lastAuthorName,
          lastMessageAt: conversation.lastMessageAt,
        })),
      pipeline,
      pipelineValueMinor: moneyVisible
        ? pipeline.reduce((sum, client) => sum + (client.valueMinor ?? 0), 0)
        : null,
      revenueByMonth,
      revenueByClient,
      recentActivity: recent.map((entry) => ({
        ...entry,
        // The dashboard shows no money to those without metrics.view, not even an invoice's total.
        params: moneyVisible ? entry.params : withoutMoney(entry.params),
        clientName: nameOf(entry.clientId),
      })),
      calendarMonth,
      calendar,
    };
  }
}

function withoutMoney(params: Record<string, string>): Record<string, string> {
  const { totalMinor: _total, ...rest } = params;
  return rest;
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((left, right) => right[1] - left[1])[0]?.[0];
}
