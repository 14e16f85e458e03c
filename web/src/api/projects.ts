import { getJson, postJson, request } from './http';
import type { Schemas } from './schema';

export type Project = Schemas['Project'];
export type ProjectList = Schemas['ProjectList'];
export type PortalProject = Schemas['PortalProject'];
export type ProjectMilestone = Schemas['ProjectMilestone'];
export type ProjectTimeEntry = Schemas['ProjectTimeEntry'];
export type ProjectCosts = Schemas['ProjectCosts'];
export type NewProject = Schemas['NewProject'];
export type ProjectChanges = Schemas['ProjectChanges'];
export type NewMilestone = Schemas['NewMilestone'];
export type MilestoneChanges = Schemas['MilestoneChanges'];
export type NewTimeEntry = Schemas['NewTimeEntry'];
export type ProjectStatus = Project['status'];

export const PROJECT_STATUSES = [
  'planned',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
] as const satisfies readonly ProjectStatus[];
type Missing<Values extends string, Listed extends readonly string[]> = Exclude<Values, Listed[number]>;
// Fails to compile when the API gains a status the list lacks.
export const PROJECT_STATUSES_COMPLETE: [Missing<ProjectStatus, typeof PROJECT_STATUSES>] extends [never]
  ? true
  : never = true;

const at = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}`;

export function listClientProjects(clientId: string, signal?: AbortSignal): Promise<ProjectList> {
  return getJson<ProjectList>(`/api/clients/${encodeURIComponent(clientId)}/projects`, {
    query: { pageSize: 100 },
    ...(signal ? { signal } : {}),
  });
}

export function createProject(clientId: string, input: NewProject): Promise<Project> {
  return postJson<Project>(`/api/clients/${encodeURIComponent(clientId)}/projects`, input);
}

export function getProject(projectId: string, signal?: AbortSignal): Promise<Project> {
  return getJson<Project>(at(projectId), signal ? { signal } : {});
}

export function updateProject(projectId: string, changes: ProjectChanges): Promise<Project> {
  return request<Project>(at(projectId), { method: 'PATCH', body: changes });
}

export function deleteProject(
  projectId: string,
  expectedVersion: number,
): Promise<Schemas['DeletedProject']> {
  return request<Schemas['DeletedProject']>(at(projectId), { method: 'DELETE', query: { expectedVersion } });
}

export function addMilestone(projectId: string, input: NewMilestone): Promise<Project> {
  return postJson<Project>(`${at(projectId)}/milestones`, input);
}

export function updateMilestone(
  projectId: string,
  milestoneId: string,
  changes: MilestoneChanges,
): Promise<Project> {
  return request<Project>(`${at(projectId)}/milestones/${encodeURIComponent(milestoneId)}`, {
    method: 'PATCH',
    body: changes,
  });
}

export function removeMilestone(
  projectId: string,
  milestoneId: string,
  expectedVersion: number,
): Promise<Project> {
  return request<Project>(`${at(projectId)}/milestones/${encodeURIComponent(milestoneId)}`, {
    method: 'DELETE',
    query: { expectedVersion },
  });
}

export function logTime(projectId: string, input: NewTimeEntry): Promise<Project> {
  return postJson<Project>(`${at(projectId)}/time-entries`, input);
}

export function removeTimeEntry(projectId: string, entryId: string): Promise<Project> {
  return request<Project>(`${at(projectId)}/time-entries/${encodeURIComponent(entryId)}`, {
    method: 'DELETE',
  });
}

export function listPortalProjects(signal?: AbortSignal): Promise<{ projects: PortalProject[] }> {
  return getJson<{ projects: PortalProject[] }>('/api/portal/projects', signal ? { signal } : {});
}

export function rateProject(projectId: string, score: number, comment: string): Promise<PortalProject> {
  return postJson<PortalProject>(`/api/portal/projects/${encodeURIComponent(projectId)}/rating`, {
    score,
    comment,
  });
}
