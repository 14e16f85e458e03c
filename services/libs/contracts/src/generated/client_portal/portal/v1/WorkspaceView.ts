// Original file: proto/portal/v1/portal.proto

import type { Workspace as _client_portal_portal_v1_Workspace, Workspace__Output as _client_portal_portal_v1_Workspace__Output } from '../../../client_portal/portal/v1/Workspace.js';
import type { SharedDocument as _client_portal_portal_v1_SharedDocument, SharedDocument__Output as _client_portal_portal_v1_SharedDocument__Output } from '../../../client_portal/portal/v1/SharedDocument.js';

export interface WorkspaceView {
  'workspace'?: (_client_portal_portal_v1_Workspace | null);
  'documents'?: (_client_portal_portal_v1_SharedDocument)[];
  /**
   * The tabs this caller gets, in display order: a module switched on that has something for them
   * (staff: every module switched on). Module names: tasks, approvals, files, messages, links, embeds,
   * notes, timeline, billing.
   */
  'tabs'?: (string)[];
}

export interface WorkspaceView__Output {
  'workspace': (_client_portal_portal_v1_Workspace__Output | null);
  'documents': (_client_portal_portal_v1_SharedDocument__Output)[];
  /**
   * The tabs this caller gets, in display order: a module switched on that has something for them
   * (staff: every module switched on). Module names: tasks, approvals, files, messages, links, embeds,
   * notes, timeline, billing.
   */
  'tabs': (string)[];
}
