import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClaimIdempotencyKeyRequest as _client_portal_identity_v1_ClaimIdempotencyKeyRequest, ClaimIdempotencyKeyRequest__Output as _client_portal_identity_v1_ClaimIdempotencyKeyRequest__Output } from './client_portal/identity/v1/ClaimIdempotencyKeyRequest.js';
import type { ClaimIdempotencyKeyResponse as _client_portal_identity_v1_ClaimIdempotencyKeyResponse, ClaimIdempotencyKeyResponse__Output as _client_portal_identity_v1_ClaimIdempotencyKeyResponse__Output } from './client_portal/identity/v1/ClaimIdempotencyKeyResponse.js';
import type { CompleteIdempotencyKeyRequest as _client_portal_identity_v1_CompleteIdempotencyKeyRequest, CompleteIdempotencyKeyRequest__Output as _client_portal_identity_v1_CompleteIdempotencyKeyRequest__Output } from './client_portal/identity/v1/CompleteIdempotencyKeyRequest.js';
import type { CompleteIdempotencyKeyResponse as _client_portal_identity_v1_CompleteIdempotencyKeyResponse, CompleteIdempotencyKeyResponse__Output as _client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output } from './client_portal/identity/v1/CompleteIdempotencyKeyResponse.js';
import type { CreatePartnerApplicationRequest as _client_portal_identity_v1_CreatePartnerApplicationRequest, CreatePartnerApplicationRequest__Output as _client_portal_identity_v1_CreatePartnerApplicationRequest__Output } from './client_portal/identity/v1/CreatePartnerApplicationRequest.js';
import type { GetPartnerApplicationRequest as _client_portal_identity_v1_GetPartnerApplicationRequest, GetPartnerApplicationRequest__Output as _client_portal_identity_v1_GetPartnerApplicationRequest__Output } from './client_portal/identity/v1/GetPartnerApplicationRequest.js';
import type { ListPartnerApplicationsRequest as _client_portal_identity_v1_ListPartnerApplicationsRequest, ListPartnerApplicationsRequest__Output as _client_portal_identity_v1_ListPartnerApplicationsRequest__Output } from './client_portal/identity/v1/ListPartnerApplicationsRequest.js';
import type { ListPartnerApplicationsResponse as _client_portal_identity_v1_ListPartnerApplicationsResponse, ListPartnerApplicationsResponse__Output as _client_portal_identity_v1_ListPartnerApplicationsResponse__Output } from './client_portal/identity/v1/ListPartnerApplicationsResponse.js';
import type { PartnerApplicationSecret as _client_portal_identity_v1_PartnerApplicationSecret, PartnerApplicationSecret__Output as _client_portal_identity_v1_PartnerApplicationSecret__Output } from './client_portal/identity/v1/PartnerApplicationSecret.js';
import type { PartnerApplicationServiceClient as _client_portal_identity_v1_PartnerApplicationServiceClient, PartnerApplicationServiceDefinition as _client_portal_identity_v1_PartnerApplicationServiceDefinition } from './client_portal/identity/v1/PartnerApplicationService.js';
import type { PartnerApplicationView as _client_portal_identity_v1_PartnerApplicationView, PartnerApplicationView__Output as _client_portal_identity_v1_PartnerApplicationView__Output } from './client_portal/identity/v1/PartnerApplicationView.js';
import type { PartnerCredential as _client_portal_identity_v1_PartnerCredential, PartnerCredential__Output as _client_portal_identity_v1_PartnerCredential__Output } from './client_portal/identity/v1/PartnerCredential.js';
import type { PartnerIdempotencyServiceClient as _client_portal_identity_v1_PartnerIdempotencyServiceClient, PartnerIdempotencyServiceDefinition as _client_portal_identity_v1_PartnerIdempotencyServiceDefinition } from './client_portal/identity/v1/PartnerIdempotencyService.js';
import type { ReleaseIdempotencyKeyRequest as _client_portal_identity_v1_ReleaseIdempotencyKeyRequest, ReleaseIdempotencyKeyRequest__Output as _client_portal_identity_v1_ReleaseIdempotencyKeyRequest__Output } from './client_portal/identity/v1/ReleaseIdempotencyKeyRequest.js';
import type { ResolvePartnerClientRequest as _client_portal_identity_v1_ResolvePartnerClientRequest, ResolvePartnerClientRequest__Output as _client_portal_identity_v1_ResolvePartnerClientRequest__Output } from './client_portal/identity/v1/ResolvePartnerClientRequest.js';
import type { RevokePartnerApplicationRequest as _client_portal_identity_v1_RevokePartnerApplicationRequest, RevokePartnerApplicationRequest__Output as _client_portal_identity_v1_RevokePartnerApplicationRequest__Output } from './client_portal/identity/v1/RevokePartnerApplicationRequest.js';
import type { RotatePartnerSecretRequest as _client_portal_identity_v1_RotatePartnerSecretRequest, RotatePartnerSecretRequest__Output as _client_portal_identity_v1_RotatePartnerSecretRequest__Output } from './client_portal/identity/v1/RotatePartnerSecretRequest.js';
import type { UpdatePartnerApplicationRequest as _client_portal_identity_v1_UpdatePartnerApplicationRequest, UpdatePartnerApplicationRequest__Output as _client_portal_identity_v1_UpdatePartnerApplicationRequest__Output } from './client_portal/identity/v1/UpdatePartnerApplicationRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    identity: {
      v1: {
        ClaimIdempotencyKeyRequest: MessageTypeDefinition<_client_portal_identity_v1_ClaimIdempotencyKeyRequest, _client_portal_identity_v1_ClaimIdempotencyKeyRequest__Output>
        ClaimIdempotencyKeyResponse: MessageTypeDefinition<_client_portal_identity_v1_ClaimIdempotencyKeyResponse, _client_portal_identity_v1_ClaimIdempotencyKeyResponse__Output>
        CompleteIdempotencyKeyRequest: MessageTypeDefinition<_client_portal_identity_v1_CompleteIdempotencyKeyRequest, _client_portal_identity_v1_CompleteIdempotencyKeyRequest__Output>
        CompleteIdempotencyKeyResponse: MessageTypeDefinition<_client_portal_identity_v1_CompleteIdempotencyKeyResponse, _client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>
        CreatePartnerApplicationRequest: MessageTypeDefinition<_client_portal_identity_v1_CreatePartnerApplicationRequest, _client_portal_identity_v1_CreatePartnerApplicationRequest__Output>
        GetPartnerApplicationRequest: MessageTypeDefinition<_client_portal_identity_v1_GetPartnerApplicationRequest, _client_portal_identity_v1_GetPartnerApplicationRequest__Output>
        ListPartnerApplicationsRequest: MessageTypeDefinition<_client_portal_identity_v1_ListPartnerApplicationsRequest, _client_portal_identity_v1_ListPartnerApplicationsRequest__Output>
        ListPartnerApplicationsResponse: MessageTypeDefinition<_client_portal_identity_v1_ListPartnerApplicationsResponse, _client_portal_identity_v1_ListPartnerApplicationsResponse__Output>
        PartnerApplicationSecret: MessageTypeDefinition<_client_portal_identity_v1_PartnerApplicationSecret, _client_portal_identity_v1_PartnerApplicationSecret__Output>
        PartnerApplicationService: SubtypeConstructor<typeof grpc.Client, _client_portal_identity_v1_PartnerApplicationServiceClient> & { service: _client_portal_identity_v1_PartnerApplicationServiceDefinition }
        PartnerApplicationView: MessageTypeDefinition<_client_portal_identity_v1_PartnerApplicationView, _client_portal_identity_v1_PartnerApplicationView__Output>
        PartnerCredential: MessageTypeDefinition<_client_portal_identity_v1_PartnerCredential, _client_portal_identity_v1_PartnerCredential__Output>
        /**
         * Writes made through the partner API carry an idempotency key: the first call with a key claims it,
         * a repeat answers the stored result. Keys are kept 24 hours per application.
         */
        PartnerIdempotencyService: SubtypeConstructor<typeof grpc.Client, _client_portal_identity_v1_PartnerIdempotencyServiceClient> & { service: _client_portal_identity_v1_PartnerIdempotencyServiceDefinition }
        ReleaseIdempotencyKeyRequest: MessageTypeDefinition<_client_portal_identity_v1_ReleaseIdempotencyKeyRequest, _client_portal_identity_v1_ReleaseIdempotencyKeyRequest__Output>
        ResolvePartnerClientRequest: MessageTypeDefinition<_client_portal_identity_v1_ResolvePartnerClientRequest, _client_portal_identity_v1_ResolvePartnerClientRequest__Output>
        RevokePartnerApplicationRequest: MessageTypeDefinition<_client_portal_identity_v1_RevokePartnerApplicationRequest, _client_portal_identity_v1_RevokePartnerApplicationRequest__Output>
        RotatePartnerSecretRequest: MessageTypeDefinition<_client_portal_identity_v1_RotatePartnerSecretRequest, _client_portal_identity_v1_RotatePartnerSecretRequest__Output>
        UpdatePartnerApplicationRequest: MessageTypeDefinition<_client_portal_identity_v1_UpdatePartnerApplicationRequest, _client_portal_identity_v1_UpdatePartnerApplicationRequest__Output>
      }
    }
  }
}

