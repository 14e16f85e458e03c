// Original file: proto/crm/v1/projects.proto


export interface GetProjectRequest {
  'projectId'?: (string);
}

export interface GetProjectRequest__Output {
  'projectId': (string);
}
