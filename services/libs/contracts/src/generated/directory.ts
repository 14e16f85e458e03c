import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ListRecipientsRequest as _client_portal_identity_v1_ListRecipientsRequest, ListRecipientsRequest__Output as _client_portal_identity_v1_ListRecipientsRequest__Output } from './client_portal/identity/v1/ListRecipientsRequest.js';
import type { ListRecipientsResponse as _client_portal_identity_v1_ListRecipientsResponse, ListRecipientsResponse__Output as _client_portal_identity_v1_ListRecipientsResponse__Output } from './client_portal/identity/v1/ListRecipientsResponse.js';
import type { Recipient as _client_portal_identity_v1_Recipient, Recipient__Output as _client_portal_identity_v1_Recipient__Output } from './client_portal/identity/v1/Recipient.js';
import type { RecipientDirectoryServiceClient as _client_portal_identity_v1_RecipientDirectoryServiceClient, RecipientDirectoryServiceDefinition as _client_portal_identity_v1_RecipientDirectoryServiceDefinition } from './client_portal/identity/v1/RecipientDirectoryService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    identity: {
      v1: {
        ListRecipientsRequest: MessageTypeDefinition<_client_portal_identity_v1_ListRecipientsRequest, _client_portal_identity_v1_ListRecipientsRequest__Output>
        ListRecipientsResponse: MessageTypeDefinition<_client_portal_identity_v1_ListRecipientsResponse, _client_portal_identity_v1_ListRecipientsResponse__Output>
        Recipient: MessageTypeDefinition<_client_portal_identity_v1_Recipient, _client_portal_identity_v1_Recipient__Output>
        RecipientDirectoryService: SubtypeConstructor<typeof grpc.Client, _client_portal_identity_v1_RecipientDirectoryServiceClient> & { service: _client_portal_identity_v1_RecipientDirectoryServiceDefinition }
      }
    }
  }
}

