// Original file: proto/partner/v1/projects.proto

import type { Project as _client_portal_partner_v1_Project, Project__Output as _client_portal_partner_v1_Project__Output } from '../../../client_portal/partner/v1/Project.js';

export interface ListProjectsResponse {
  'projects'?: (_client_portal_partner_v1_Project)[];
  'nextPageToken'?: (string);
}

export interface ListProjectsResponse__Output {
  'projects': (_client_portal_partner_v1_Project__Output)[];
  'nextPageToken': (string);
}
