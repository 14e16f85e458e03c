// Original file: proto/crm/v1/projects.proto


export interface RateProjectRequest {
  'projectId'?: (string);
  'score'?: (number);
  'comment'?: (string);
}

export interface RateProjectRequest__Output {
  'projectId': (string);
  'score': (number);
  'comment': (string);
}
