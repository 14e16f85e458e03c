// Original file: proto/portal/v1/deliverables.proto


export interface GetDeliverableRequest {
  'deliverableId'?: (string);
}

export interface GetDeliverableRequest__Output {
  'deliverableId': (string);
}
