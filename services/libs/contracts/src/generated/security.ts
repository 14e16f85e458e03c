import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { GetSecuritySettingsRequest as _client_portal_identity_v1_GetSecuritySettingsRequest, GetSecuritySettingsRequest__Output as _client_portal_identity_v1_GetSecuritySettingsRequest__Output } from './client_portal/identity/v1/GetSecuritySettingsRequest.js';
import type { SecuritySettingsServiceClient as _client_portal_identity_v1_SecuritySettingsServiceClient, SecuritySettingsServiceDefinition as _client_portal_identity_v1_SecuritySettingsServiceDefinition } from './client_portal/identity/v1/SecuritySettingsService.js';
import type { SecuritySettingsView as _client_portal_identity_v1_SecuritySettingsView, SecuritySettingsView__Output as _client_portal_identity_v1_SecuritySettingsView__Output } from './client_portal/identity/v1/SecuritySettingsView.js';
import type { UpdateSecuritySettingsRequest as _client_portal_identity_v1_UpdateSecuritySettingsRequest, UpdateSecuritySettingsRequest__Output as _client_portal_identity_v1_UpdateSecuritySettingsRequest__Output } from './client_portal/identity/v1/UpdateSecuritySettingsRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    identity: {
      v1: {
        GetSecuritySettingsRequest: MessageTypeDefinition<_client_portal_identity_v1_GetSecuritySettingsRequest, _client_portal_identity_v1_GetSecuritySettingsRequest__Output>
        SecuritySettingsService: SubtypeConstructor<typeof grpc.Client, _client_portal_identity_v1_SecuritySettingsServiceClient> & { service: _client_portal_identity_v1_SecuritySettingsServiceDefinition }
        SecuritySettingsView: MessageTypeDefinition<_client_portal_identity_v1_SecuritySettingsView, _client_portal_identity_v1_SecuritySettingsView__Output>
        UpdateSecuritySettingsRequest: MessageTypeDefinition<_client_portal_identity_v1_UpdateSecuritySettingsRequest, _client_portal_identity_v1_UpdateSecuritySettingsRequest__Output>
      }
    }
  }
}

