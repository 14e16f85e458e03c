import type * as grpc from '@grpc/grpc-js';

import type { ActivityServiceClient as _client_portal_crm_v1_ActivityServiceClient, ActivityServiceDefinition as _client_portal_crm_v1_ActivityServiceDefinition } from './client_portal/crm/v1/ActivityService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    crm: {
      v1: {
        ActivityService: SubtypeConstructor<typeof grpc.Client, _client_portal_crm_v1_ActivityServiceClient> & { service: _client_portal_crm_v1_ActivityServiceDefinition }
      }
    }
  }
}

