import {
  assertPermission,
  canSeeClient,
  DomainError,
  pageInfo,
  roleAllows,
  type EventOutbox,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  addMilestone,
  logTime,
  newProject,
  rateProject,
  removeMilestone,
  removeTimeEntry,
  updateMilestone,
  updateProject,
  type MilestoneInput,
  type Project,
  type ProjectFields,
  type TimeInput,
} from '../domain/project.js';
import { readUpdatedSince } from '../domain/sync.js';
import type { ClientRepository } from '../store/client.repository.js';
import { ProjectRepository } from '../store/project.repository.js';

/** Whether the caller may see estimated cost, rates, labour cost and margin (metrics.view). */
export function seesCosts(principal: Principal): boolean {
  if (principal.kind === 'service') return true;
  return (
    principal.kind === 'staff' && !!principal.staffRole && roleAllows(principal.staffRole, 'metrics.view')
  );
}

const COST_FIELDS: readonly (keyof ProjectFields)[] = ['estimatedCostMinor', 'defaultHourlyRateMinor'];

/** How many times appending a time entry is retried when another change landed first. */
const APPEND_ATTEMPTS = 5;

/** Project use cases: access checks, rules, events. */
export class ProjectService {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly clients: ClientRepository,
    private readonly outbox: EventOutbox<ProducedBy<'crm'>>,
  ) {}

  async create(
    principal: Principal,
    input: ProjectFields & { clientId: string; milestones: MilestoneInput[] },
  ): Promise<Project> {
    assertPermission(principal, 'projects.edit');
    if (!seesCosts(principal)) this.assertNoCosts(input, principal);
    const client = input.clientId ? await this.clients.find(principal.tenantId, input.clientId) : undefined;
    if (!client)
      throw DomainError.invalid('Choose the client of the project', [
        { field: 'clientId', message: 'Unknown client', code: input.clientId ? 'invalid_value' : 'required' },
      ]);
    const project = newProject(input, principal.tenantId, principal.userId);
    await this.projects.insert(project, this.changedEvent(project, principal, true));
    return project;
  }

  async get(principal: Principal, projectId: string): Promise<Project> {
    const project = await this.projects.find(principal.tenantId, projectId);
    // Another client's project answers exactly like a missing one.
    if (!project || !canSeeClient(principal, project.clientId))
      throw DomainError.notFound('Project', projectId);
    if (principal.kind !== 'client') assertPermission(principal, 'clients.view');
    return project;
  }

  async list(
    principal: Principal,
    request: {
      page: { pageSize?: number; pageToken?: string } | null;
      clientId: string;
      status: string;
      updatedSince?: string;
      byUpdate?: boolean;
    },
  ) {
    let clientId = request.clientId;
    if (principal.kind === 'client') {
      // A client user lists their own client's projects, whatever they ask for.
      if (!principal.clientId) throw DomainError.forbidden('This account belongs to no client');
      clientId = principal.clientId;
    } else assertPermission(principal, 'clients.view');
    const byUpdate = request.byUpdate ?? false;
    const updatedSince = readUpdatedSince(request.updatedSince);
    const page = (byUpdate ? ProjectRepository.updateOrder : ProjectRepository.listOrder).read(request.page);
    const { projects, nextPageToken, total } = await this.projects.list(
      principal.tenantId,
      { clientId, status: request.status, updatedSince },
      page,
      byUpdate,
    );
    return { projects, page: pageInfo(nextPageToken, total) };
  }

  async update(
    principal: Principal,
    projectId: string,
    expectedVersion: number,
    patch: Partial<ProjectFields>,
  ): Promise<Project> {
    assertPermission(principal, 'projects.edit');
    if (!seesCosts(principal)) this.assertNoCosts(patch, principal);
    return this.change(principal, projectId, expectedVersion, (project) => updateProject(project, patch));
  }

  async delete(principal: Principal, projectId: string, expectedVersion: number): Promise<void> {
    assertPermission(principal, 'clients.delete');
    const project = await this.get(principal, projectId);
    this.assertVersion(project, expectedVersion);
    const deleted = await this.projects.delete(
      project,
      principal.userId,
      this.outbox.entry({
        type: 'crm.project.deleted',
        tenantId: project.tenantId,
        subject: project.id,
        data: {
          projectId: project.id,
          clientId: project.clientId,
          name: project.name,
          deletedBy: principal.userId,
        },
      }),
    );
    if (!deleted) throw this.changedMeanwhile(project);
  }

  addMilestone(principal: Principal, projectId: string, expectedVersion: number, input: MilestoneInput) {
    assertPermission(principal, 'projects.edit');
    return this.change(principal, projectId, expectedVersion, (project) => addMilestone(project, input));
  }

  updateMilestone(
    principal: Principal,
    projectId: string,
    expectedVersion: number,
    milestoneId: string,
    patch: Partial<MilestoneInput>,
  ) {
    assertPermission(principal, 'projects.edit');
    return this.change(principal, projectId, expectedVersion, (project) =>
      updateMilestone(project, milestoneId, patch),
    );
  }

  removeMilestone(principal: Principal, projectId: string, expectedVersion: number, milestoneId: string) {
    assertPermission(principal, 'projects.edit');
    return this.change(principal, projectId, expectedVersion, (project) =>
      removeMilestone(project, milestoneId),
    );
  }

  /**
   * Time entries are appended, not edited, so a concurrent change to the project does not make this
   * one wrong: it is re-applied on the fresh state instead of asking the person to retry. They carry
   * no event: time is internal and the project's client-visible state does not change.
   */
  async logTime(principal: Principal, projectId: string, input: TimeInput): Promise<Project> {
    assertPermission(principal, 'time.log');
    if (input.hourlyRateMinor !== 0 && !seesCosts(principal))
      throw DomainError.forbidden(
        'Setting an hourly rate needs the manager role or higher (rates are cost figures)',
        'permission.metrics.view',
      );
    const staff = { id: principal.userId, name: principal.displayName ?? '' };
    return this.appendInternal(principal, projectId, (project) => logTime(project, staff, input).project);
  }

  async removeTimeEntry(principal: Principal, projectId: string, entryId: string): Promise<Project> {
    assertPermission(principal, 'time.log');
    return this.appendInternal(principal, projectId, (project) =>
      removeTimeEntry(project, entryId, principal.userId),
    );
  }

  async rate(
    principal: Principal,
    projectId: string,
    input: { score: number; comment: string },
  ): Promise<Project> {
    if (principal.kind !== 'client')
      throw DomainError.forbidden('Only the client rates its projects', 'project.rating_by_client_only');
    const project = await this.get(principal, projectId);
    const rated = rateProject(project, { id: principal.userId, name: principal.displayName ?? '' }, input);
    return this.write(principal, project, rated);
  }

  private async appendInternal(
    principal: Principal,
    projectId: string,
    apply: (project: Project) => Project,
  ): Promise<Project> {
    for (let attempt = 1; ; attempt++) {
      const project = await this.get(principal, projectId);
      const next = apply(project);
      if (await this.projects.replace(next, project.version)) return next;
      if (attempt >= APPEND_ATTEMPTS) throw this.changedMeanwhile(project);
    }
  }

  private async change(
    principal: Principal,
    projectId: string,
    expectedVersion: number,
    apply: (project: Project) => Project,
  ): Promise<Project> {
    const project = await this.get(principal, projectId);
    this.assertVersion(project, expectedVersion);
    return this.write(principal, project, apply(project));
  }

  private async write(principal: Principal, before: Project, after: Project): Promise<Project> {
    if (!(await this.projects.replace(after, before.version, this.changedEvent(after, principal, false))))
      throw this.changedMeanwhile(before);
    return after;
  }

  private assertVersion(project: Project, expectedVersion: number): void {
    if (expectedVersion !== project.version) throw this.changedMeanwhile(project);
  }

  private changedMeanwhile(project: Project): DomainError {
    return DomainError.precondition(
      `${project.name} was changed by someone else meanwhile: reload and try again`,
      'project.changed_meanwhile',
    );
  }

  /** Staff without metrics.view cannot set cost figures (they cannot see them either). */
  private assertNoCosts(fields: Partial<ProjectFields>, principal: Principal): void {
    if (COST_FIELDS.some((field) => (fields[field] ?? 0) !== 0)) assertPermission(principal, 'metrics.view');
  }

  /** The client-visible snapshot: never estimated cost, rates, time entries or margin. */
  private changedEvent(project: Project, principal: Principal, created: boolean) {
    return this.outbox.entry({
      type: 'crm.project.changed',
      tenantId: project.tenantId,
      subject: project.id,
      data: {
        projectId: project.id,
        clientId: project.clientId,
        name: project.name,
        status: project.status,
        progress: project.progress,
        startDate: project.startDate,
        dueDate: project.dueDate,
        completedAt: project.completedAt?.toISOString() ?? '',
        contractValueMinor: project.contractValueMinor,
        currency: project.currency,
        milestones: project.milestones.map((milestone) => ({
          milestoneId: milestone.id,
          name: milestone.name,
          dueDate: milestone.dueDate,
          done: milestone.done,
        })),
        rating: project.rating ? { score: project.rating.score, comment: project.rating.comment } : null,
        created,
        changedBy: principal.userId,
      },
    });
  }
}
