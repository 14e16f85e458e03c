// Original file: proto/identity/v1/identity.proto


export interface Tenant {
  'id'?: (string);
  'slug'?: (string);
  'name'?: (string);
  'defaultLanguage'?: (string);
  'createdAt'?: (string);
}

export interface Tenant__Output {
  'id': (string);
  'slug': (string);
  'name': (string);
  'defaultLanguage': (string);
  'createdAt': (string);
}
