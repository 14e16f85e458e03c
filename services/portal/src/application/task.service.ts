import {
  assertPermission,
  canSeeWorkspace,
  DomainError,
  workspaceRights,
  type EventOutbox,
  type OutboxEntry,
  type PortalRight,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  bySoonestDue,
  checkStatus,
  checkTaskFields,
  clientMayMove,
  movedTask,
  newComment,
  newTask,
  POSITION_STEP,
  progressOfTasks,
  type AssigneeInput,
  type Task,
  type TaskComment,
} from '../domain/task.js';
import { moduleOn, type Workspace } from '../domain/workspace.js';
import type { TaskRepository } from '../store/task.repository.js';
import type { WorkspaceProjectRepository } from '../store/workspace-project.repository.js';
import type { WorkspaceRepository } from '../store/workspace.repository.js';
import type { TabSource } from './workspace-tabs.js';

type TaskEventType =
  'portal.task.created' | 'portal.task.updated' | 'portal.task.completed' | 'portal.task.deleted';

/** A task as one caller may see it, with what they may do with it. */
export interface TaskForViewer {
  task: Task;
  commentCount: number;
  canMove: boolean;
}

export interface TaskBoard {
  tasks: TaskForViewer[];
  progress: {
    percent: number;
    source: 'project' | 'tasks';
    projectName: string;
    done: number;
    total: number;
  };
  milestones: { id: string; name: string; dueDate: string; done: boolean }[];
  canCreate: boolean;
  canComment: boolean;
}

export interface TaskChanges {
  fields: string[];
  title: string;
  description: string;
  assignee: AssigneeInput | null;
  dueDate: string;
  clientVisible: boolean;
}

const EDITABLE = ['title', 'description', 'assignee', 'due_date', 'client_visible'] as const;

function clampLimit(limit: number, fallback: number): number {
  if (!Number.isFinite(limit) || limit <= 0) return fallback;
  return Math.min(Math.floor(limit), 100);
}

/**
 * Tasks of a workspace and its progress: access checks (staff permissions, client rights, the module
 * switch, the task's visibility), rules, events through the task's outbox.
 */
export class TaskService {
  constructor(
    private readonly tasks: TaskRepository,
    private readonly workspaces: WorkspaceRepository,
    private readonly projects: WorkspaceProjectRepository,
    private readonly outbox: EventOutbox<ProducedBy<'portal'>>,
  ) {}

  /** The Tasks tab for a client user: client-visible tasks, or milestones of a linked project. */
  tabSource(): TabSource {
    return {
      module: 'tasks',
      rights: ['view'],
      hasSomethingFor: async (_principal, workspace) => {
        const visible = await this.tasks.ofWorkspace(workspace.tenantId, workspace.id, true);
        if (visible.length > 0) return true;
        if (!workspace.projectId) return false;
        const [project] = await this.projects.findMany(workspace.tenantId, [workspace.projectId]);
        return !!project && project.milestones.length > 0;
      },
    };
  }

  /**
   * The workspace and the caller's rights in it, for reading its tasks: staff with workspaces.view; a
   * client user invited to it, the tasks module on, holding `view`. Hidden → NOT_FOUND, like missing.
   */
  private async readableWorkspace(
    principal: Principal,
    workspaceId: string,
  ): Promise<{ workspace: Workspace; rights: readonly PortalRight[] }> {
    const workspace = await this.workspaces.find(principal.tenantId, workspaceId);
    if (!workspace) throw DomainError.notFound('Workspace', workspaceId);
    if (principal.kind === 'staff') assertPermission(principal, 'workspaces.view');
    const rights = workspaceRights(principal, workspace);
    if (!rights || (principal.kind === 'client' && !moduleOn(workspace, 'tasks')))
      throw DomainError.notFound('Workspace', workspaceId);
    if (!rights.includes('view'))
      throw DomainError.forbidden('You do not have the "view" right in this workspace');
    return { workspace, rights };
  }

  /** A task the caller may see (an internal one is NOT_FOUND for a client user), with its workspace. */
  private async readableTask(
    principal: Principal,
    taskId: string,
  ): Promise<{ task: Task; workspace: Workspace; rights: readonly PortalRight[] }> {
    const task = await this.tasks.find(principal.tenantId, taskId);
    if (!task) throw DomainError.notFound('Task', taskId);
    try {
      const { workspace, rights } = await this.readableWorkspace(principal, task.workspaceId);
      if (principal.kind === 'client' && !task.clientVisible) throw DomainError.notFound('Task', taskId);
      return { task, workspace, rights };
    } catch (error) {
      // Whether the workspace or the task is hidden, the answer names the task the caller asked for.
      if (error instanceof DomainError && error.code === 'NOT_FOUND')
        throw DomainError.notFound('Task', taskId);
      throw error;
    }
  }

  private static assertWritable(principal: Principal, workspace: Workspace): void {
    // "View as client" is read-only whatever the gateway lets through.
    if (principal.viewedBy) throw DomainError.forbidden('Viewing the portal as a client is read-only');
    if (workspace.archivedAt)
      throw DomainError.precondition('This workspace is archived: it is read-only', 'workspace.archived');
  }

  private static assertStaffShares(principal: Principal): void {
    if (principal.kind === 'client')
      throw DomainError.forbidden(
        'Only the agency team can add or edit tasks',
        'permission.workspaces.share',
      );
    assertPermission(principal, 'workspaces.share');
  }

  private entry(type: TaskEventType, task: Task, principal: Principal, before?: Task): OutboxEntry {
    const assignee = task.assignee;
    const previous = before === undefined ? null : before.assignee;
    return this.outbox.entry({
      type,
      tenantId: task.tenantId,
      subject: task.id,
      data: {
        workspaceId: task.workspaceId,
        clientId: task.clientId,
        clientVisible: task.clientVisible,
        actorName: principal.displayName ?? '',
        title: task.title,
        taskId: task.id,
        status: task.status,
        assignee: assignee ? { kind: assignee.kind, id: assignee.id, name: assignee.name } : null,
        dueDate: task.dueDate,
        // Created with someone, or handed to someone else: the assignee hears of it (notification).
        newlyAssigned:
          assignee !== null &&
          (type === 'portal.task.created' ||
            (before !== undefined && (previous?.kind !== assignee.kind || previous.id !== assignee.id))),
      },
    });
  }

  private static viewOf(
    principal: Principal,
    task: Task,
    rights: readonly PortalRight[],
    commentCount: number,
  ): TaskForViewer {
    return { task, commentCount, canMove: clientMayMove(principal, task, rights) };
  }

  async board(principal: Principal, workspaceId: string): Promise<TaskBoard> {
    const { workspace, rights } = await this.readableWorkspace(principal, workspaceId);
    const clientOnly = principal.kind === 'client';
    const [tasks, counts, projects] = await Promise.all([
      this.tasks.ofWorkspace(workspace.tenantId, workspace.id, clientOnly),
      this.tasks.comments.countsOfWorkspace(workspace.tenantId, workspace.id, clientOnly),
      this.projects.findMany(workspace.tenantId, workspace.projectId ? [workspace.projectId] : []),
    ]);
    const project = projects[0];
    const ofTasks = progressOfTasks(tasks);
    const writable = !workspace.archivedAt && !principal.viewedBy;
    return {
      tasks: tasks.map((task) => TaskService.viewOf(principal, task, rights, counts.get(task.id) ?? 0)),
      progress: project
        ? { ...ofTasks, percent: project.progress, source: 'project', projectName: project.name }
        : { ...ofTasks, source: 'tasks', projectName: '' },
      milestones: (project?.milestones ?? []).map((milestone) => ({
        id: milestone.milestoneId,
        name: milestone.name,
        dueDate: milestone.dueDate,
        done: milestone.done,
      })),
      canCreate: writable && principal.kind !== 'client',
      canComment: writable && rights.includes('comment'),
    };
  }

  async get(principal: Principal, taskId: string): Promise<{ view: TaskForViewer; comments: TaskComment[] }> {
    const { task, rights } = await this.readableTask(principal, taskId);
    const comments = await this.tasks.comments.ofTask(task.tenantId, task.id, principal.kind === 'client');
    return { view: TaskService.viewOf(principal, task, rights, comments.length), comments };
  }

  async create(
    principal: Principal,
    input: {
      workspaceId: string;
      title: string;
      description: string;
      status: string;
      assignee: AssigneeInput | null;
      dueDate: string;
      clientVisible: boolean;
    },
  ): Promise<TaskForViewer> {
    TaskService.assertStaffShares(principal);
    const { workspace, rights } = await this.readableWorkspace(principal, input.workspaceId);
    TaskService.assertWritable(principal, workspace);
    const status = input.status.trim() || 'todo';
    const last = await this.tasks.lastPosition(workspace.tenantId, workspace.id, status);
    const task = newTask(
      { ...input, status },
      {
        tenantId: workspace.tenantId,
        workspaceId: workspace.id,
        clientId: workspace.clientId,
        position: last + POSITION_STEP,
        createdBy: principal.userId,
        createdByName: principal.displayName ?? '',
      },
    );
    await this.tasks.insert(task, this.entry('portal.task.created', task, principal));
    return TaskService.viewOf(principal, task, rights, 0);
  }

  async update(
    principal: Principal,
    taskId: string,
    expectedVersion: number,
    changes: TaskChanges,
  ): Promise<TaskForViewer> {
    TaskService.assertStaffShares(principal);
    const { task, workspace, rights } = await this.readableTask(principal, taskId);
    TaskService.assertWritable(principal, workspace);
    const unknown = changes.fields.filter((field) => !(EDITABLE as readonly string[]).includes(field));
    if (unknown.length > 0)
      throw DomainError.invalid(
        `These fields cannot be changed here: ${unknown.join(', ')}`,
        unknown.map((field) => ({ field, message: 'Not a field of a task', code: 'invalid_value' })),
      );
    const has = (field: (typeof EDITABLE)[number]) => changes.fields.includes(field);
    const fields = checkTaskFields({
      title: has('title') ? changes.title : task.title,
      description: has('description') ? changes.description : task.description,
      assignee: has('assignee') ? changes.assignee : task.assignee,
      dueDate: has('due_date') ? changes.dueDate : task.dueDate,
      clientVisible: has('client_visible') ? changes.clientVisible : task.clientVisible,
    });
    if (task.version !== expectedVersion) throw TaskService.changedMeanwhile();
    const updated: Task = { ...task, ...fields, version: task.version + 1, updatedAt: new Date() };
    const saved = await this.tasks.replace(
      updated,
      expectedVersion,
      this.entry('portal.task.updated', updated, principal, task),
    );
    if (!saved) throw TaskService.changedMeanwhile();
    return TaskService.viewOf(principal, updated, rights, 0);
  }

  /**
   * A new column and/or place. Staff: any task. A client user (`comment` right): a client-visible
   * task assigned to their own contact, between any columns (to done, and back when done by mistake).
   */
  async move(
    principal: Principal,
    taskId: string,
    expectedVersion: number,
    request: { status: string; position: number },
  ): Promise<TaskForViewer> {
    const { task, workspace, rights } = await this.readableTask(principal, taskId);
    if (principal.kind === 'staff') assertPermission(principal, 'workspaces.share');
    if (!clientMayMove(principal, task, rights))
      throw DomainError.forbidden(
        rights.includes('comment')
          ? 'Only tasks assigned to you can be moved'
          : 'You do not have the "comment" right in this workspace',
      );
    TaskService.assertWritable(principal, workspace);
    const status = checkStatus(request.status.trim() || task.status);
    if (!Number.isFinite(request.position) || request.position < 0)
      throw DomainError.invalid('The place on the board is not valid', [
        { field: 'position', message: 'A position is a number above 0', code: 'too_small' },
      ]);
    if (task.version !== expectedVersion) throw TaskService.changedMeanwhile();
    const position =
      request.position > 0
        ? request.position
        : status === task.status
          ? task.position
          : (await this.tasks.lastPosition(task.tenantId, task.workspaceId, status)) + POSITION_STEP;
    const moved = movedTask(task, status, position);
    const type =
      status === 'done' && task.status !== 'done' ? 'portal.task.completed' : 'portal.task.updated';
    const saved = await this.tasks.replace(moved, expectedVersion, this.entry(type, moved, principal));
    if (!saved) throw TaskService.changedMeanwhile();
    return TaskService.viewOf(principal, moved, rights, 0);
  }

  async delete(principal: Principal, taskId: string, expectedVersion: number): Promise<void> {
    TaskService.assertStaffShares(principal);
    const { task, workspace } = await this.readableTask(principal, taskId);
    TaskService.assertWritable(principal, workspace);
    if (task.version !== expectedVersion) throw TaskService.changedMeanwhile();
    const now = new Date();
    const deleted: Task = { ...task, deletedAt: now, updatedAt: now, version: task.version + 1 };
    const saved = await this.tasks.replace(
      deleted,
      expectedVersion,
      this.entry('portal.task.deleted', deleted, principal),
    );
    if (!saved) throw TaskService.changedMeanwhile();
  }

  /**
   * Staff comment on any task (client-visible unless they choose internal); a client user with
   * `comment` on a client-visible task. The event is client-visible only when both are.
   */
  async comment(
    principal: Principal,
    taskId: string,
    input: { body: string; clientVisible: boolean },
  ): Promise<TaskComment> {
    const { task, workspace, rights } = await this.readableTask(principal, taskId);
    if (principal.kind === 'staff') assertPermission(principal, 'workspaces.share');
    if (!rights.includes('comment'))
      throw DomainError.forbidden('You do not have the "comment" right in this workspace');
    TaskService.assertWritable(principal, workspace);
    const comment = newComment(task, input, {
      kind: principal.kind === 'client' ? 'client' : 'staff',
      id: principal.kind === 'client' ? (principal.contactId ?? principal.userId) : principal.userId,
      name: principal.displayName ?? '',
    });
    await this.tasks.comments.insert(
      comment,
      this.outbox.entry({
        type: 'portal.task.commented',
        tenantId: task.tenantId,
        subject: task.id,
        data: {
          workspaceId: task.workspaceId,
          clientId: task.clientId,
          clientVisible: task.clientVisible && comment.clientVisible,
          actorName: comment.authorName,
          title: task.title,
          taskId: task.id,
          status: task.status,
          assignee: task.assignee
            ? { kind: task.assignee.kind, id: task.assignee.id, name: task.assignee.name }
            : null,
          dueDate: task.dueDate,
          newlyAssigned: false,
          commentId: comment.id,
        },
      }),
    );
    return comment;
  }

  /** The workspaces whose tasks a caller may read (not archived). */
  private async readableWorkspaces(principal: Principal): Promise<Workspace[]> {
    if (principal.kind === 'client') {
      if (!principal.clientId) return [];
      const invited = await this.workspaces.list(principal.tenantId, {
        clientId: principal.clientId,
        ids: principal.workspaceIds,
      });
      return invited.filter(
        (workspace) =>
          !workspace.archivedAt &&
          moduleOn(workspace, 'tasks') &&
          canSeeWorkspace(principal, workspace) &&
          (workspaceRights(principal, workspace) ?? []).includes('view'),
      );
    }
    if (principal.kind === 'staff') assertPermission(principal, 'workspaces.view');
    const all = await this.workspaces.list(principal.tenantId, { clientId: '' });
    return all.filter((workspace) => !workspace.archivedAt);
  }

  /** Open tasks assigned to the caller, soonest due first (see tasks.proto ListMyTasks). */
  async myTasks(principal: Principal, limit: number): Promise<{ task: Task; workspace: Workspace }[]> {
    const assignee =
      principal.kind === 'client'
        ? principal.contactId
          ? { kind: 'contact' as const, id: principal.contactId }
          : undefined
        : principal.kind === 'staff'
          ? { kind: 'staff' as const, id: principal.userId }
          : undefined;
    if (!assignee) return [];
    const workspaces = await this.readableWorkspaces(principal);
    if (workspaces.length === 0) return [];
    const byId = new Map(workspaces.map((workspace) => [workspace.id, workspace]));
    const tasks = await this.tasks.openAssignedTo(
      principal.tenantId,
      assignee,
      [...byId.keys()],
      principal.kind === 'client',
    );
    return tasks
      .sort(bySoonestDue)
      .slice(0, clampLimit(limit, 20))
      .flatMap((task) => {
        const workspace = byId.get(task.workspaceId);
        return workspace ? [{ task, workspace }] : [];
      });
  }

  /** Milestones not done of the projects linked to the caller's workspaces, soonest first. */
  async upcomingMilestones(
    principal: Principal,
    limit: number,
  ): Promise<{ workspace: Workspace; projectId: string; name: string; dueDate: string }[]> {
    const workspaces = (await this.readableWorkspaces(principal)).filter((workspace) => workspace.projectId);
    const projects = await this.projects.findMany(
      principal.tenantId,
      workspaces.map((workspace) => workspace.projectId ?? ''),
    );
    const byProject = new Map(projects.map((project) => [project.projectId, project]));
    return workspaces
      .flatMap((workspace) =>
        (byProject.get(workspace.projectId ?? '')?.milestones ?? [])
          .filter((milestone) => !milestone.done)
          .map((milestone) => ({
            workspace,
            projectId: workspace.projectId ?? '',
            name: milestone.name,
            dueDate: milestone.dueDate,
          })),
      )
      .sort(bySoonestDue)
      .slice(0, clampLimit(limit, 10));
  }

  private static changedMeanwhile(): DomainError {
    return DomainError.precondition(
      'This task was changed meanwhile: reload it and try again',
      'task.changed_meanwhile',
    );
  }
}
