import type * as grpc from '@grpc/grpc-js';

import type { ContentServiceClient as _client_portal_portal_v1_ContentServiceClient, ContentServiceDefinition as _client_portal_portal_v1_ContentServiceDefinition } from './client_portal/portal/v1/ContentService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    portal: {
      v1: {
        ContentService: SubtypeConstructor<typeof grpc.Client, _client_portal_portal_v1_ContentServiceClient> & { service: _client_portal_portal_v1_ContentServiceDefinition }
      }
    }
  }
}

