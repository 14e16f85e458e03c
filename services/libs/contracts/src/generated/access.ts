import type * as grpc from '@grpc/grpc-js';

import type { WorkspaceAccessServiceClient as _client_portal_identity_v1_WorkspaceAccessServiceClient, WorkspaceAccessServiceDefinition as _client_portal_identity_v1_WorkspaceAccessServiceDefinition } from './client_portal/identity/v1/WorkspaceAccessService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    identity: {
      v1: {
        WorkspaceAccessService: SubtypeConstructor<typeof grpc.Client, _client_portal_identity_v1_WorkspaceAccessServiceClient> & { service: _client_portal_identity_v1_WorkspaceAccessServiceDefinition }
      }
    }
  }
}

