import type * as grpc from '@grpc/grpc-js';

import type { DocumentServiceClient as _client_portal_billing_v1_DocumentServiceClient, DocumentServiceDefinition as _client_portal_billing_v1_DocumentServiceDefinition } from './client_portal/billing/v1/DocumentService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        DocumentService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_DocumentServiceClient> & { service: _client_portal_billing_v1_DocumentServiceDefinition }
      }
    }
  }
}

