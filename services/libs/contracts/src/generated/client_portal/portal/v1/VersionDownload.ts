// Original file: proto/portal/v1/deliverables.proto


export interface VersionDownload {
  'url'?: (string);
  'fileName'?: (string);
}

export interface VersionDownload__Output {
  'url': (string);
  'fileName': (string);
}
