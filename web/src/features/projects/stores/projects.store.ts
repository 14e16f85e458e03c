import { defineStore } from 'pinia';
import { shallowReactive } from 'vue';
import {
  addMilestone,
  createProject,
  deleteProject,
  getProject,
  listClientProjects,
  listPortalProjects,
  logTime,
  rateProject,
  removeMilestone,
  removeTimeEntry,
  updateMilestone,
  updateProject,
  type MilestoneChanges,
  type NewMilestone,
  type NewProject,
  type NewTimeEntry,
  type PortalProject,
  type Project,
  type ProjectChanges,
} from '../../../api/projects';
import { useResource, type Resource } from '../../../composables/use-resource';

/**
 * Projects: each client's list (client page), the project opened on its page, and the client user's
 * own projects (portal). Every write answers with the whole project, which replaces the copies shown.
 */
export const useProjectsStore = defineStore('projects', () => {
  const byClient = shallowReactive<Record<string, Resource<Project[]>>>({});
  let current: { projectId: string; resource: Resource<Project> } | null = null;
  const portal = useResource(async (signal) => (await listPortalProjects(signal)).projects);

  function forClient(clientId: string): Resource<Project[]> {
    byClient[clientId] ??= useResource(
      async (signal) => (await listClientProjects(clientId, signal)).projects,
    );
    return byClient[clientId];
  }

  function open(projectId: string): Resource<Project> {
    if (current?.projectId !== projectId)
      current = { projectId, resource: useResource((signal) => getProject(projectId, signal)) };
    return current.resource;
  }

  /** Puts a write's answer everywhere the project is shown. */
  function apply(project: Project): Project {
    if (current?.projectId === project.id) current.resource.set(project);
    const list = byClient[project.clientId];
    if (list?.data) {
      const known = list.data.some((item) => item.id === project.id);
      list.set(
        (known
          ? list.data.map((item) => (item.id === project.id ? project : item))
          : [...list.data, project]
        ).sort((left, right) => left.name.localeCompare(right.name)),
      );
    }
    return project;
  }

  async function create(clientId: string, input: NewProject): Promise<Project> {
    return apply(await createProject(clientId, input));
  }

  async function update(projectId: string, changes: ProjectChanges): Promise<Project> {
    return apply(await updateProject(projectId, changes));
  }

  async function remove(project: Project): Promise<void> {
    await deleteProject(project.id, project.version);
    const list = byClient[project.clientId];
    if (list?.data) list.set(list.data.filter((item) => item.id !== project.id));
    if (current?.projectId === project.id) current = null;
  }

  return {
    forClient,
    open,
    portal,
    create,
    update,
    remove,
    addMilestone: async (projectId: string, input: NewMilestone) =>
      apply(await addMilestone(projectId, input)),
    updateMilestone: async (projectId: string, milestoneId: string, changes: MilestoneChanges) =>
      apply(await updateMilestone(projectId, milestoneId, changes)),
    removeMilestone: async (projectId: string, milestoneId: string, expectedVersion: number) =>
      apply(await removeMilestone(projectId, milestoneId, expectedVersion)),
    logTime: async (projectId: string, input: NewTimeEntry) => apply(await logTime(projectId, input)),
    removeTimeEntry: async (projectId: string, entryId: string) =>
      apply(await removeTimeEntry(projectId, entryId)),
    async rate(projectId: string, score: number, comment: string): Promise<PortalProject> {
      const rated = await rateProject(projectId, score, comment);
      if (portal.data) portal.set(portal.data.map((item) => (item.id === rated.id ? rated : item)));
      return rated;
    },
  };
});
