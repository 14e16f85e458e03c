// Original file: proto/identity/v1/identity.proto


export interface EnsureTenantRequest {
  'slug'?: (string);
  'name'?: (string);
  'ownerEmail'?: (string);
  'ownerDisplayName'?: (string);
  'ownerPassword'?: (string);
  'defaultLanguage'?: (string);
}

export interface EnsureTenantRequest__Output {
  'slug': (string);
  'name': (string);
  'ownerEmail': (string);
  'ownerDisplayName': (string);
  'ownerPassword': (string);
  'defaultLanguage': (string);
}
