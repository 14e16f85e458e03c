// Original file: proto/crm/v1/projects.proto


export interface DeleteProjectRequest {
  'projectId'?: (string);
  'expectedVersion'?: (number);
}

export interface DeleteProjectRequest__Output {
  'projectId': (string);
  'expectedVersion': (number);
}
