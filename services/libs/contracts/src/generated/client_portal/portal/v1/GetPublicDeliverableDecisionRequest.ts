// Original file: proto/portal/v1/deliverables.proto


export interface GetPublicDeliverableDecisionRequest {
  'decisionId'?: (string);
}

export interface GetPublicDeliverableDecisionRequest__Output {
  'decisionId': (string);
}
