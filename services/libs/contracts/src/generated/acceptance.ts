import type * as grpc from '@grpc/grpc-js';

import type { AcceptanceServiceClient as _client_portal_billing_v1_AcceptanceServiceClient, AcceptanceServiceDefinition as _client_portal_billing_v1_AcceptanceServiceDefinition } from './client_portal/billing/v1/AcceptanceService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        AcceptanceService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_AcceptanceServiceClient> & { service: _client_portal_billing_v1_AcceptanceServiceDefinition }
      }
    }
  }
}

