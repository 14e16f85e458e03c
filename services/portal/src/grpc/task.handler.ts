import { requirePrincipal, type Principal } from '@client-portal/kit';
import type {
  HandlersOf,
  TaskCommentView as TaskCommentMessage,
  TaskView as TaskMessage,
} from '@client-portal/contracts';
import type { TaskForViewer, TaskService } from '../application/task.service.js';
import type { AssigneeInput, TaskComment } from '../domain/task.js';

/**
 * A task as the caller may read it. A client user is never sent an agency user id: a staff assignee
 * arrives by name only, and who created the task by name.
 */
export function toTaskMessage(principal: Principal, view: TaskForViewer): TaskMessage {
  const { task } = view;
  const client = principal.kind === 'client';
  return {
    id: task.id,
    workspaceId: task.workspaceId,
    title: task.title,
    description: task.description,
    status: task.status,
    assignee: task.assignee
      ? {
          kind: task.assignee.kind,
          id: client && task.assignee.kind === 'staff' ? '' : task.assignee.id,
          name: task.assignee.name,
        }
      : null,
    dueDate: task.dueDate,
    clientVisible: task.clientVisible,
    position: task.position,
    version: task.version,
    createdByName: task.createdByName,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
    completedAt: task.completedAt ? task.completedAt.toISOString() : '',
    commentCount: view.commentCount,
    canMove: view.canMove,
  };
}

export function toCommentMessage(principal: Principal, comment: TaskComment): TaskCommentMessage {
  return {
    id: comment.id,
    taskId: comment.taskId,
    body: comment.body,
    authorKind: comment.authorKind,
    authorId: principal.kind === 'client' && comment.authorKind === 'staff' ? '' : comment.authorId,
    authorName: comment.authorName,
    clientVisible: comment.clientVisible,
    createdAt: comment.createdAt.toISOString(),
  };
}

function assigneeOf(
  input: { kind?: string; id?: string; name?: string } | null | undefined,
): AssigneeInput | null {
  if (!input) return null;
  return { kind: input.kind ?? '', id: input.id ?? '', name: input.name ?? '' };
}

export function taskHandlers(tasks: TaskService): HandlersOf<'tasks'> {
  return {
    ListTasks: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const board = await tasks.board(principal, request.workspaceId);
      return {
        tasks: board.tasks.map((view) => toTaskMessage(principal, view)),
        progress: {
          percent: board.progress.percent,
          source: board.progress.source,
          projectName: board.progress.projectName,
          tasksDone: board.progress.done,
          tasksTotal: board.progress.total,
        },
        milestones: board.milestones,
        canCreate: board.canCreate,
        canComment: board.canComment,
      };
    },
    GetTask: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const detail = await tasks.get(principal, request.taskId);
      return {
        task: toTaskMessage(principal, detail.view),
        comments: detail.comments.map((comment) => toCommentMessage(principal, comment)),
      };
    },
    CreateTask: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const view = await tasks.create(principal, {
        workspaceId: request.workspaceId,
        title: request.title,
        description: request.description,
        status: request.status,
        assignee: assigneeOf(request.assignee),
        dueDate: request.dueDate,
        clientVisible: request.clientVisible,
      });
      return toTaskMessage(principal, view);
    },
    UpdateTask: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const view = await tasks.update(principal, request.taskId, request.expectedVersion, {
        fields: request.fields,
        title: request.title,
        description: request.description,
        assignee: assigneeOf(request.assignee),
        dueDate: request.dueDate,
        clientVisible: request.clientVisible,
      });
      return toTaskMessage(principal, view);
    },
    MoveTask: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const view = await tasks.move(principal, request.taskId, request.expectedVersion, {
        status: request.status,
        position: request.position,
      });
      return toTaskMessage(principal, view);
    },
    DeleteTask: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      await tasks.delete(principal, request.taskId, request.expectedVersion);
      return { taskId: request.taskId };
    },
    AddTaskComment: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const comment = await tasks.comment(principal, request.taskId, {
        body: request.body,
        clientVisible: request.clientVisible,
      });
      return toCommentMessage(principal, comment);
    },
    ListMyTasks: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const mine = await tasks.myTasks(principal, request.limit);
      return {
        tasks: mine.map(({ task, workspace }) => ({
          id: task.id,
          workspaceId: workspace.id,
          workspaceName: workspace.name,
          title: task.title,
          status: task.status,
          dueDate: task.dueDate,
          version: task.version,
        })),
      };
    },
    ListUpcomingMilestones: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const milestones = await tasks.upcomingMilestones(principal, request.limit);
      return {
        milestones: milestones.map((milestone) => ({
          workspaceId: milestone.workspace.id,
          workspaceName: milestone.workspace.name,
          projectId: milestone.projectId,
          name: milestone.name,
          dueDate: milestone.dueDate,
        })),
      };
    },
  };
}
