import type * as grpc from '@grpc/grpc-js';

import type { CommentServiceClient as _client_portal_billing_v1_CommentServiceClient, CommentServiceDefinition as _client_portal_billing_v1_CommentServiceDefinition } from './client_portal/billing/v1/CommentService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        CommentService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_CommentServiceClient> & { service: _client_portal_billing_v1_CommentServiceDefinition }
      }
    }
  }
}

