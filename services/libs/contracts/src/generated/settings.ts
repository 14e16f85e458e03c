import type * as grpc from '@grpc/grpc-js';

import type { PortalSettingsServiceClient as _client_portal_portal_v1_PortalSettingsServiceClient, PortalSettingsServiceDefinition as _client_portal_portal_v1_PortalSettingsServiceDefinition } from './client_portal/portal/v1/PortalSettingsService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    portal: {
      v1: {
        PortalSettingsService: SubtypeConstructor<typeof grpc.Client, _client_portal_portal_v1_PortalSettingsServiceClient> & { service: _client_portal_portal_v1_PortalSettingsServiceDefinition }
      }
    }
  }
}

