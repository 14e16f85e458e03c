// Original file: proto/portal/v1/deliverables.proto


export interface CompleteVersionUploadRequest {
  'deliverableId'?: (string);
  'uploadId'?: (string);
}

export interface CompleteVersionUploadRequest__Output {
  'deliverableId': (string);
  'uploadId': (string);
}
