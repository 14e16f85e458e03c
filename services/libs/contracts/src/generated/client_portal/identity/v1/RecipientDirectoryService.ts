// Original file: proto/identity/v1/directory.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListRecipientsRequest as _client_portal_identity_v1_ListRecipientsRequest, ListRecipientsRequest__Output as _client_portal_identity_v1_ListRecipientsRequest__Output } from '../../../client_portal/identity/v1/ListRecipientsRequest.js';
import type { ListRecipientsResponse as _client_portal_identity_v1_ListRecipientsResponse, ListRecipientsResponse__Output as _client_portal_identity_v1_ListRecipientsResponse__Output } from '../../../client_portal/identity/v1/ListRecipientsResponse.js';

export interface RecipientDirectoryServiceClient extends grpc.Client {
  /**
   * Service principal `notification` only (anyone else: PERMISSION_DENIED). The union of the people
   * named and the people matching the filters, each once; deactivated staff and revoked client users
   * are left out. Unknown ids are skipped, not an error.
   */
  ListRecipients(argument: _client_portal_identity_v1_ListRecipientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListRecipientsResponse__Output>): grpc.ClientUnaryCall;
  ListRecipients(argument: _client_portal_identity_v1_ListRecipientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListRecipientsResponse__Output>): grpc.ClientUnaryCall;
  ListRecipients(argument: _client_portal_identity_v1_ListRecipientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListRecipientsResponse__Output>): grpc.ClientUnaryCall;
  ListRecipients(argument: _client_portal_identity_v1_ListRecipientsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListRecipientsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Service principal `notification` only (anyone else: PERMISSION_DENIED). The union of the people
   * named and the people matching the filters, each once; deactivated staff and revoked client users
   * are left out. Unknown ids are skipped, not an error.
   */
  listRecipients(argument: _client_portal_identity_v1_ListRecipientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListRecipientsResponse__Output>): grpc.ClientUnaryCall;
  listRecipients(argument: _client_portal_identity_v1_ListRecipientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListRecipientsResponse__Output>): grpc.ClientUnaryCall;
  listRecipients(argument: _client_portal_identity_v1_ListRecipientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListRecipientsResponse__Output>): grpc.ClientUnaryCall;
  listRecipients(argument: _client_portal_identity_v1_ListRecipientsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListRecipientsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface RecipientDirectoryServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Service principal `notification` only (anyone else: PERMISSION_DENIED). The union of the people
   * named and the people matching the filters, each once; deactivated staff and revoked client users
   * are left out. Unknown ids are skipped, not an error.
   */
  ListRecipients: grpc.handleUnaryCall<_client_portal_identity_v1_ListRecipientsRequest__Output, _client_portal_identity_v1_ListRecipientsResponse>;
  
}

export interface RecipientDirectoryServiceDefinition extends grpc.ServiceDefinition {
  ListRecipients: MethodDefinition<_client_portal_identity_v1_ListRecipientsRequest, _client_portal_identity_v1_ListRecipientsResponse, _client_portal_identity_v1_ListRecipientsRequest__Output, _client_portal_identity_v1_ListRecipientsResponse__Output>
}
