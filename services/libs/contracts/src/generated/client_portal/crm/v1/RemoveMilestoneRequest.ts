// Original file: proto/crm/v1/projects.proto


export interface RemoveMilestoneRequest {
  'projectId'?: (string);
  'expectedVersion'?: (number);
  'milestoneId'?: (string);
}

export interface RemoveMilestoneRequest__Output {
  'projectId': (string);
  'expectedVersion': (number);
  'milestoneId': (string);
}
