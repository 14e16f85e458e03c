import type * as grpc from '@grpc/grpc-js';

import type { KpiServiceClient as _client_portal_billing_v1_KpiServiceClient, KpiServiceDefinition as _client_portal_billing_v1_KpiServiceDefinition } from './client_portal/billing/v1/KpiService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        KpiService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_KpiServiceClient> & { service: _client_portal_billing_v1_KpiServiceDefinition }
      }
    }
  }
}

