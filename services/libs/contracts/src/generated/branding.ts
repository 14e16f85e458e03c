import type * as grpc from '@grpc/grpc-js';

import type { BrandingServiceClient as _client_portal_identity_v1_BrandingServiceClient, BrandingServiceDefinition as _client_portal_identity_v1_BrandingServiceDefinition } from './client_portal/identity/v1/BrandingService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    identity: {
      v1: {
        BrandingService: SubtypeConstructor<typeof grpc.Client, _client_portal_identity_v1_BrandingServiceClient> & { service: _client_portal_identity_v1_BrandingServiceDefinition }
      }
    }
  }
}

