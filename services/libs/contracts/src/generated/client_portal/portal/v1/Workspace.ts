// Original file: proto/portal/v1/portal.proto


export interface Workspace {
  'id'?: (string);
  'tenantId'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  'name'?: (string);
  'createdAt'?: (string);
}

export interface Workspace__Output {
  'id': (string);
  'tenantId': (string);
  'clientId': (string);
  'clientName': (string);
  'name': (string);
  'createdAt': (string);
}
