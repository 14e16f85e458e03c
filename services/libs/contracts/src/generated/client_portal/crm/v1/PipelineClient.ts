// Original file: proto/crm/v1/activity.proto


export interface PipelineClient {
  'clientId'?: (string);
  'name'?: (string);
  /**
   * Empty without metrics.view.
   */
  'valueMinor'?: (string);
  'projectCount'?: (number);
}

export interface PipelineClient__Output {
  'clientId': (string);
  'name': (string);
  /**
   * Empty without metrics.view.
   */
  'valueMinor': (string);
  'projectCount': (number);
}
