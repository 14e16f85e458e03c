import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AccessLogEntry as _client_portal_identity_v1_AccessLogEntry, AccessLogEntry__Output as _client_portal_identity_v1_AccessLogEntry__Output } from './client_portal/identity/v1/AccessLogEntry.js';
import type { AccessRevocationServiceClient as _client_portal_identity_v1_AccessRevocationServiceClient, AccessRevocationServiceDefinition as _client_portal_identity_v1_AccessRevocationServiceDefinition } from './client_portal/identity/v1/AccessRevocationService.js';
import type { ConvertToStaffRequest as _client_portal_identity_v1_ConvertToStaffRequest, ConvertToStaffRequest__Output as _client_portal_identity_v1_ConvertToStaffRequest__Output } from './client_portal/identity/v1/ConvertToStaffRequest.js';
import type { ConvertToStaffResponse as _client_portal_identity_v1_ConvertToStaffResponse, ConvertToStaffResponse__Output as _client_portal_identity_v1_ConvertToStaffResponse__Output } from './client_portal/identity/v1/ConvertToStaffResponse.js';
import type { ListAccessLogRequest as _client_portal_identity_v1_ListAccessLogRequest, ListAccessLogRequest__Output as _client_portal_identity_v1_ListAccessLogRequest__Output } from './client_portal/identity/v1/ListAccessLogRequest.js';
import type { ListAccessLogResponse as _client_portal_identity_v1_ListAccessLogResponse, ListAccessLogResponse__Output as _client_portal_identity_v1_ListAccessLogResponse__Output } from './client_portal/identity/v1/ListAccessLogResponse.js';
import type { ListClientPortalAccessRequest as _client_portal_identity_v1_ListClientPortalAccessRequest, ListClientPortalAccessRequest__Output as _client_portal_identity_v1_ListClientPortalAccessRequest__Output } from './client_portal/identity/v1/ListClientPortalAccessRequest.js';
import type { ListClientPortalAccessResponse as _client_portal_identity_v1_ListClientPortalAccessResponse, ListClientPortalAccessResponse__Output as _client_portal_identity_v1_ListClientPortalAccessResponse__Output } from './client_portal/identity/v1/ListClientPortalAccessResponse.js';
import type { PortalAccessUser as _client_portal_identity_v1_PortalAccessUser, PortalAccessUser__Output as _client_portal_identity_v1_PortalAccessUser__Output } from './client_portal/identity/v1/PortalAccessUser.js';
import type { RestorePortalAccessRequest as _client_portal_identity_v1_RestorePortalAccessRequest, RestorePortalAccessRequest__Output as _client_portal_identity_v1_RestorePortalAccessRequest__Output } from './client_portal/identity/v1/RestorePortalAccessRequest.js';
import type { RevokePortalAccessRequest as _client_portal_identity_v1_RevokePortalAccessRequest, RevokePortalAccessRequest__Output as _client_portal_identity_v1_RevokePortalAccessRequest__Output } from './client_portal/identity/v1/RevokePortalAccessRequest.js';
import type { SendPasswordResetEmailRequest as _client_portal_identity_v1_SendPasswordResetEmailRequest, SendPasswordResetEmailRequest__Output as _client_portal_identity_v1_SendPasswordResetEmailRequest__Output } from './client_portal/identity/v1/SendPasswordResetEmailRequest.js';
import type { SendPasswordResetEmailResponse as _client_portal_identity_v1_SendPasswordResetEmailResponse, SendPasswordResetEmailResponse__Output as _client_portal_identity_v1_SendPasswordResetEmailResponse__Output } from './client_portal/identity/v1/SendPasswordResetEmailResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    identity: {
      v1: {
        AccessLogEntry: MessageTypeDefinition<_client_portal_identity_v1_AccessLogEntry, _client_portal_identity_v1_AccessLogEntry__Output>
        AccessRevocationService: SubtypeConstructor<typeof grpc.Client, _client_portal_identity_v1_AccessRevocationServiceClient> & { service: _client_portal_identity_v1_AccessRevocationServiceDefinition }
        ConvertToStaffRequest: MessageTypeDefinition<_client_portal_identity_v1_ConvertToStaffRequest, _client_portal_identity_v1_ConvertToStaffRequest__Output>
        ConvertToStaffResponse: MessageTypeDefinition<_client_portal_identity_v1_ConvertToStaffResponse, _client_portal_identity_v1_ConvertToStaffResponse__Output>
        ListAccessLogRequest: MessageTypeDefinition<_client_portal_identity_v1_ListAccessLogRequest, _client_portal_identity_v1_ListAccessLogRequest__Output>
        ListAccessLogResponse: MessageTypeDefinition<_client_portal_identity_v1_ListAccessLogResponse, _client_portal_identity_v1_ListAccessLogResponse__Output>
        ListClientPortalAccessRequest: MessageTypeDefinition<_client_portal_identity_v1_ListClientPortalAccessRequest, _client_portal_identity_v1_ListClientPortalAccessRequest__Output>
        ListClientPortalAccessResponse: MessageTypeDefinition<_client_portal_identity_v1_ListClientPortalAccessResponse, _client_portal_identity_v1_ListClientPortalAccessResponse__Output>
        PortalAccessUser: MessageTypeDefinition<_client_portal_identity_v1_PortalAccessUser, _client_portal_identity_v1_PortalAccessUser__Output>
        RestorePortalAccessRequest: MessageTypeDefinition<_client_portal_identity_v1_RestorePortalAccessRequest, _client_portal_identity_v1_RestorePortalAccessRequest__Output>
        RevokePortalAccessRequest: MessageTypeDefinition<_client_portal_identity_v1_RevokePortalAccessRequest, _client_portal_identity_v1_RevokePortalAccessRequest__Output>
        SendPasswordResetEmailRequest: MessageTypeDefinition<_client_portal_identity_v1_SendPasswordResetEmailRequest, _client_portal_identity_v1_SendPasswordResetEmailRequest__Output>
        SendPasswordResetEmailResponse: MessageTypeDefinition<_client_portal_identity_v1_SendPasswordResetEmailResponse, _client_portal_identity_v1_SendPasswordResetEmailResponse__Output>
      }
    }
  }
}

