// Original file: proto/crm/v1/projects.proto


export interface RemoveTimeEntryRequest {
  'projectId'?: (string);
  'entryId'?: (string);
}

export interface RemoveTimeEntryRequest__Output {
  'projectId': (string);
  'entryId': (string);
}
