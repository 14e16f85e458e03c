import type * as grpc from '@grpc/grpc-js';

import type { BillingProfileServiceClient as _client_portal_billing_v1_BillingProfileServiceClient, BillingProfileServiceDefinition as _client_portal_billing_v1_BillingProfileServiceDefinition } from './client_portal/billing/v1/BillingProfileService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        BillingProfileService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_BillingProfileServiceClient> & { service: _client_portal_billing_v1_BillingProfileServiceDefinition }
      }
    }
  }
}

