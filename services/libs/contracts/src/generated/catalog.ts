import type * as grpc from '@grpc/grpc-js';

import type { CatalogServiceClient as _client_portal_billing_v1_CatalogServiceClient, CatalogServiceDefinition as _client_portal_billing_v1_CatalogServiceDefinition } from './client_portal/billing/v1/CatalogService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        CatalogService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_CatalogServiceClient> & { service: _client_portal_billing_v1_CatalogServiceDefinition }
      }
    }
  }
}

