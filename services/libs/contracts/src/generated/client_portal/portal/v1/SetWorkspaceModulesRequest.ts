// Original file: proto/portal/v1/portal.proto


export interface SetWorkspaceModulesRequest {
  'workspaceId'?: (string);
  /**
   * tasks, approvals, files, messages, links, embeds, notes, timeline, billing.
   */
  'modules'?: (string)[];
}

export interface SetWorkspaceModulesRequest__Output {
  'workspaceId': (string);
  /**
   * tasks, approvals, files, messages, links, embeds, notes, timeline, billing.
   */
  'modules': (string)[];
}
