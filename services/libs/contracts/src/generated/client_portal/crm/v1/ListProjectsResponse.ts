// Original file: proto/crm/v1/projects.proto

import type { Project as _client_portal_crm_v1_Project, Project__Output as _client_portal_crm_v1_Project__Output } from '../../../client_portal/crm/v1/Project.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListProjectsResponse {
  'projects'?: (_client_portal_crm_v1_Project)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListProjectsResponse__Output {
  'projects': (_client_portal_crm_v1_Project__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}
