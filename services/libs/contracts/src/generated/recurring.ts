import type * as grpc from '@grpc/grpc-js';

import type { RecurringServiceClient as _client_portal_billing_v1_RecurringServiceClient, RecurringServiceDefinition as _client_portal_billing_v1_RecurringServiceDefinition } from './client_portal/billing/v1/RecurringService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        RecurringService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_RecurringServiceClient> & { service: _client_portal_billing_v1_RecurringServiceDefinition }
      }
    }
  }
}

