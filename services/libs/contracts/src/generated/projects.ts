import type * as grpc from '@grpc/grpc-js';

import type { ProjectServiceClient as _client_portal_crm_v1_ProjectServiceClient, ProjectServiceDefinition as _client_portal_crm_v1_ProjectServiceDefinition } from './client_portal/crm/v1/ProjectService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    crm: {
      v1: {
        ProjectService: SubtypeConstructor<typeof grpc.Client, _client_portal_crm_v1_ProjectServiceClient> & { service: _client_portal_crm_v1_ProjectServiceDefinition }
      }
    }
  }
}

