import type * as grpc from '@grpc/grpc-js';

import type { PaymentServiceClient as _client_portal_billing_v1_PaymentServiceClient, PaymentServiceDefinition as _client_portal_billing_v1_PaymentServiceDefinition } from './client_portal/billing/v1/PaymentService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        PaymentService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_PaymentServiceClient> & { service: _client_portal_billing_v1_PaymentServiceDefinition }
      }
    }
  }
}

