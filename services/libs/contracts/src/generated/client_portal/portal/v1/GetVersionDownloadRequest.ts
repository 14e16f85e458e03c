// Original file: proto/portal/v1/deliverables.proto


export interface GetVersionDownloadRequest {
  'deliverableId'?: (string);
  'version'?: (number);
}

export interface GetVersionDownloadRequest__Output {
  'deliverableId': (string);
  'version': (number);
}
