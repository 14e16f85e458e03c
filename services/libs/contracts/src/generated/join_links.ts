import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CompleteJoinRequest as _client_portal_identity_v1_CompleteJoinRequest, CompleteJoinRequest__Output as _client_portal_identity_v1_CompleteJoinRequest__Output } from './client_portal/identity/v1/CompleteJoinRequest.js';
import type { CompleteJoinResponse as _client_portal_identity_v1_CompleteJoinResponse, CompleteJoinResponse__Output as _client_portal_identity_v1_CompleteJoinResponse__Output } from './client_portal/identity/v1/CompleteJoinResponse.js';
import type { CreateJoinLinkRequest as _client_portal_identity_v1_CreateJoinLinkRequest, CreateJoinLinkRequest__Output as _client_portal_identity_v1_CreateJoinLinkRequest__Output } from './client_portal/identity/v1/CreateJoinLinkRequest.js';
import type { JoinLinkPreview as _client_portal_identity_v1_JoinLinkPreview, JoinLinkPreview__Output as _client_portal_identity_v1_JoinLinkPreview__Output } from './client_portal/identity/v1/JoinLinkPreview.js';
import type { JoinLinkRequest as _client_portal_identity_v1_JoinLinkRequest, JoinLinkRequest__Output as _client_portal_identity_v1_JoinLinkRequest__Output } from './client_portal/identity/v1/JoinLinkRequest.js';
import type { JoinLinkServiceClient as _client_portal_identity_v1_JoinLinkServiceClient, JoinLinkServiceDefinition as _client_portal_identity_v1_JoinLinkServiceDefinition } from './client_portal/identity/v1/JoinLinkService.js';
import type { JoinLinkView as _client_portal_identity_v1_JoinLinkView, JoinLinkView__Output as _client_portal_identity_v1_JoinLinkView__Output } from './client_portal/identity/v1/JoinLinkView.js';
import type { JoinTokenRequest as _client_portal_identity_v1_JoinTokenRequest, JoinTokenRequest__Output as _client_portal_identity_v1_JoinTokenRequest__Output } from './client_portal/identity/v1/JoinTokenRequest.js';
import type { JoinView as _client_portal_identity_v1_JoinView, JoinView__Output as _client_portal_identity_v1_JoinView__Output } from './client_portal/identity/v1/JoinView.js';
import type { ListJoinLinksRequest as _client_portal_identity_v1_ListJoinLinksRequest, ListJoinLinksRequest__Output as _client_portal_identity_v1_ListJoinLinksRequest__Output } from './client_portal/identity/v1/ListJoinLinksRequest.js';
import type { ListJoinLinksResponse as _client_portal_identity_v1_ListJoinLinksResponse, ListJoinLinksResponse__Output as _client_portal_identity_v1_ListJoinLinksResponse__Output } from './client_portal/identity/v1/ListJoinLinksResponse.js';
import type { ListJoinsResponse as _client_portal_identity_v1_ListJoinsResponse, ListJoinsResponse__Output as _client_portal_identity_v1_ListJoinsResponse__Output } from './client_portal/identity/v1/ListJoinsResponse.js';
import type { SetJoinLinkEnabledRequest as _client_portal_identity_v1_SetJoinLinkEnabledRequest, SetJoinLinkEnabledRequest__Output as _client_portal_identity_v1_SetJoinLinkEnabledRequest__Output } from './client_portal/identity/v1/SetJoinLinkEnabledRequest.js';
import type { StartJoinRequest as _client_portal_identity_v1_StartJoinRequest, StartJoinRequest__Output as _client_portal_identity_v1_StartJoinRequest__Output } from './client_portal/identity/v1/StartJoinRequest.js';
import type { StartJoinResponse as _client_portal_identity_v1_StartJoinResponse, StartJoinResponse__Output as _client_portal_identity_v1_StartJoinResponse__Output } from './client_portal/identity/v1/StartJoinResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    identity: {
      v1: {
        CompleteJoinRequest: MessageTypeDefinition<_client_portal_identity_v1_CompleteJoinRequest, _client_portal_identity_v1_CompleteJoinRequest__Output>
        CompleteJoinResponse: MessageTypeDefinition<_client_portal_identity_v1_CompleteJoinResponse, _client_portal_identity_v1_CompleteJoinResponse__Output>
        CreateJoinLinkRequest: MessageTypeDefinition<_client_portal_identity_v1_CreateJoinLinkRequest, _client_portal_identity_v1_CreateJoinLinkRequest__Output>
        JoinLinkPreview: MessageTypeDefinition<_client_portal_identity_v1_JoinLinkPreview, _client_portal_identity_v1_JoinLinkPreview__Output>
        JoinLinkRequest: MessageTypeDefinition<_client_portal_identity_v1_JoinLinkRequest, _client_portal_identity_v1_JoinLinkRequest__Output>
        JoinLinkService: SubtypeConstructor<typeof grpc.Client, _client_portal_identity_v1_JoinLinkServiceClient> & { service: _client_portal_identity_v1_JoinLinkServiceDefinition }
        JoinLinkView: MessageTypeDefinition<_client_portal_identity_v1_JoinLinkView, _client_portal_identity_v1_JoinLinkView__Output>
        JoinTokenRequest: MessageTypeDefinition<_client_portal_identity_v1_JoinTokenRequest, _client_portal_identity_v1_JoinTokenRequest__Output>
        JoinView: MessageTypeDefinition<_client_portal_identity_v1_JoinView, _client_portal_identity_v1_JoinView__Output>
        ListJoinLinksRequest: MessageTypeDefinition<_client_portal_identity_v1_ListJoinLinksRequest, _client_portal_identity_v1_ListJoinLinksRequest__Output>
        ListJoinLinksResponse: MessageTypeDefinition<_client_portal_identity_v1_ListJoinLinksResponse, _client_portal_identity_v1_ListJoinLinksResponse__Output>
        ListJoinsResponse: MessageTypeDefinition<_client_portal_identity_v1_ListJoinsResponse, _client_portal_identity_v1_ListJoinsResponse__Output>
        SetJoinLinkEnabledRequest: MessageTypeDefinition<_client_portal_identity_v1_SetJoinLinkEnabledRequest, _client_portal_identity_v1_SetJoinLinkEnabledRequest__Output>
        StartJoinRequest: MessageTypeDefinition<_client_portal_identity_v1_StartJoinRequest, _client_portal_identity_v1_StartJoinRequest__Output>
        StartJoinResponse: MessageTypeDefinition<_client_portal_identity_v1_StartJoinResponse, _client_portal_identity_v1_StartJoinResponse__Output>
      }
    }
  }
}

