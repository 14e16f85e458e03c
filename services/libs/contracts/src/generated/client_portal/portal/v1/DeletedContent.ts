// Original file: proto/portal/v1/content.proto


export interface DeletedContent {
  'id'?: (string);
}

export interface DeletedContent__Output {
  'id': (string);
}
