import { DomainError } from '@client-portal/kit';
import type { PartnerApi, Project__Output as InternalProject } from '@client-portal/contracts';
import { on, type Backends } from '../../http/backends.js';
import { nextPageToken, readListOptions, requireField, type PartnerCall } from '../call.js';
import type { PartnerResource } from '../server.js';
import { publicInstant, withPublicFields } from './crm-fields.js';

/**
 * The partner ProjectService: crm's projects, read-only, mapped field by field. Time entries, costs,
 * margins, rates and the client's rating stay in crm's answer: the public message has none of them.
 */

/** crm's project statuses as the published API names them (proto/partner/v1/projects.proto). */
const PUBLIC_STATUS: Record<string, string> = {
  planned: 'planned',
  'in-progress': 'active',
  'on-hold': 'on_hold',
  completed: 'completed',
  cancelled: 'cancelled',
};
const INTERNAL_STATUS: Record<string, string> = Object.fromEntries(
  Object.entries(PUBLIC_STATUS).map(([internal, published]) => [published, internal]),
);

export function publicProject(project: InternalProject): PartnerApi.Project {
  return {
    id: project.id,
    clientId: project.clientId,
    name: project.name,
    status: PUBLIC_STATUS[project.status] ?? project.status,
    progress: project.progress,
    startDate: project.startDate,
    dueDate: project.dueDate,
    contractValue: { amountMinor: project.contractValueMinor, currency: project.currency },
    milestones: project.milestones.map((milestone) => ({
      id: milestone.id,
      name: milestone.name,
      dueDate: milestone.dueDate,
      done: milestone.done,
    })),
    completedAt: publicInstant(project.completedAt),
    createdAt: publicInstant(project.createdAt),
    updatedAt: publicInstant(project.updatedAt),
  };
}

function internalStatus(status: string): string {
  const wanted = status.trim();
  if (wanted === '') return '';
  const internal = INTERNAL_STATUS[wanted];
  if (internal === undefined)
    throw DomainError.invalid('The project list request is not valid', [
      {
        field: 'status',
        message: `must be one of ${Object.keys(INTERNAL_STATUS).join(', ')}`,
        code: 'invalid_value',
      },
    ]);
  return internal;
}

export const projectsResource: PartnerResource = {
  service: 'ProjectService',
  methods: (backends: Backends) => ({
    ListProjects: {
      scope: 'projects:read',
      handle: async (
        request: PartnerApi.ListProjectsRequest__Output,
        call: PartnerCall,
      ): Promise<PartnerApi.ListProjectsResponse> => {
        const filters = { clientId: request.clientId.trim(), status: request.status.trim() };
        const status = internalStatus(filters.status);
        const window = readListOptions(request.options, 'ListProjects', filters);
        const answer = await withPublicFields(
          () =>
            backends.projects.listProjects(
              {
                page: { pageSize: window.pageSize, pageToken: window.innerToken },
                clientId: filters.clientId,
                status,
                updatedSince: window.updatedSince,
                byUpdate: true,
              },
              on(call.principal),
            ),
          (field) =>
            field.startsWith('page.')
              ? 'options.page_token'
              : field === 'updatedSince'
                ? 'options.updated_since'
                : field,
        );
        return {
          projects: answer.projects.map(publicProject),
          nextPageToken: nextPageToken(answer.page?.nextPageToken, 'ListProjects', filters, window),
        };
      },
    },
    GetProject: {
      scope: 'projects:read',
      handle: async (request: PartnerApi.GetProjectRequest__Output, call: PartnerCall) => {
        const projectId = requireField(request.id, 'id');
        return publicProject(await backends.projects.getProject({ projectId }, on(call.principal)));
      },
    },
  }),
};
