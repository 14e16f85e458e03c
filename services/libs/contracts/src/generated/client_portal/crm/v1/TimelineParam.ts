// Original file: proto/crm/v1/activity.proto


export interface TimelineParam {
  'name'?: (string);
  'value'?: (string);
}

export interface TimelineParam__Output {
  'name': (string);
  'value': (string);
}
