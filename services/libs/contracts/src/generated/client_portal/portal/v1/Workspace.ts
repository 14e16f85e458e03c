// Original file: proto/portal/v1/portal.proto


export interface Workspace {
  'id'?: (string);
  'tenantId'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  'name'?: (string);
  'createdAt'?: (string);
  /**
   * The linked crm project ('' for none).
   */
  'projectId'?: (string);
  /**
   * The modules switched on. Workspace configuration: always empty in an answer to a client user.
   */
  'modules'?: (string)[];
  /**
   * '' unless archived.
   */
  'archivedAt'?: (string);
  /**
   * The last change of the workspace (name, modules, archive, restore); its creation at first.
   */
  'updatedAt'?: (string);
}

export interface Workspace__Output {
  'id': (string);
  'tenantId': (string);
  'clientId': (string);
  'clientName': (string);
  'name': (string);
  'createdAt': (string);
  /**
   * The linked crm project ('' for none).
   */
  'projectId': (string);
  /**
   * The modules switched on. Workspace configuration: always empty in an answer to a client user.
   */
  'modules': (string)[];
  /**
   * '' unless archived.
   */
  'archivedAt': (string);
  /**
   * The last change of the workspace (name, modules, archive, restore); its creation at first.
   */
  'updatedAt': (string);
}
