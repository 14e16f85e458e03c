import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CallToActionView as _client_portal_portal_v1_CallToActionView, CallToActionView__Output as _client_portal_portal_v1_CallToActionView__Output } from './client_portal/portal/v1/CallToActionView.js';
import type { GetPortalSettingsRequest as _client_portal_portal_v1_GetPortalSettingsRequest, GetPortalSettingsRequest__Output as _client_portal_portal_v1_GetPortalSettingsRequest__Output } from './client_portal/portal/v1/GetPortalSettingsRequest.js';
import type { ListCallsToActionRequest as _client_portal_portal_v1_ListCallsToActionRequest, ListCallsToActionRequest__Output as _client_portal_portal_v1_ListCallsToActionRequest__Output } from './client_portal/portal/v1/ListCallsToActionRequest.js';
import type { ListCallsToActionResponse as _client_portal_portal_v1_ListCallsToActionResponse, ListCallsToActionResponse__Output as _client_portal_portal_v1_ListCallsToActionResponse__Output } from './client_portal/portal/v1/ListCallsToActionResponse.js';
import type { PortalSettingsFields as _client_portal_portal_v1_PortalSettingsFields, PortalSettingsFields__Output as _client_portal_portal_v1_PortalSettingsFields__Output } from './client_portal/portal/v1/PortalSettingsFields.js';
import type { PortalSettingsServiceClient as _client_portal_portal_v1_PortalSettingsServiceClient, PortalSettingsServiceDefinition as _client_portal_portal_v1_PortalSettingsServiceDefinition } from './client_portal/portal/v1/PortalSettingsService.js';
import type { PortalSettingsView as _client_portal_portal_v1_PortalSettingsView, PortalSettingsView__Output as _client_portal_portal_v1_PortalSettingsView__Output } from './client_portal/portal/v1/PortalSettingsView.js';
import type { RecordViewAsClientRequest as _client_portal_portal_v1_RecordViewAsClientRequest, RecordViewAsClientRequest__Output as _client_portal_portal_v1_RecordViewAsClientRequest__Output } from './client_portal/portal/v1/RecordViewAsClientRequest.js';
import type { RecordViewAsClientResponse as _client_portal_portal_v1_RecordViewAsClientResponse, RecordViewAsClientResponse__Output as _client_portal_portal_v1_RecordViewAsClientResponse__Output } from './client_portal/portal/v1/RecordViewAsClientResponse.js';
import type { UpdatePortalSettingsRequest as _client_portal_portal_v1_UpdatePortalSettingsRequest, UpdatePortalSettingsRequest__Output as _client_portal_portal_v1_UpdatePortalSettingsRequest__Output } from './client_portal/portal/v1/UpdatePortalSettingsRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    portal: {
      v1: {
        CallToActionView: MessageTypeDefinition<_client_portal_portal_v1_CallToActionView, _client_portal_portal_v1_CallToActionView__Output>
        GetPortalSettingsRequest: MessageTypeDefinition<_client_portal_portal_v1_GetPortalSettingsRequest, _client_portal_portal_v1_GetPortalSettingsRequest__Output>
        ListCallsToActionRequest: MessageTypeDefinition<_client_portal_portal_v1_ListCallsToActionRequest, _client_portal_portal_v1_ListCallsToActionRequest__Output>
        ListCallsToActionResponse: MessageTypeDefinition<_client_portal_portal_v1_ListCallsToActionResponse, _client_portal_portal_v1_ListCallsToActionResponse__Output>
        PortalSettingsFields: MessageTypeDefinition<_client_portal_portal_v1_PortalSettingsFields, _client_portal_portal_v1_PortalSettingsFields__Output>
        PortalSettingsService: SubtypeConstructor<typeof grpc.Client, _client_portal_portal_v1_PortalSettingsServiceClient> & { service: _client_portal_portal_v1_PortalSettingsServiceDefinition }
        PortalSettingsView: MessageTypeDefinition<_client_portal_portal_v1_PortalSettingsView, _client_portal_portal_v1_PortalSettingsView__Output>
        RecordViewAsClientRequest: MessageTypeDefinition<_client_portal_portal_v1_RecordViewAsClientRequest, _client_portal_portal_v1_RecordViewAsClientRequest__Output>
        RecordViewAsClientResponse: MessageTypeDefinition<_client_portal_portal_v1_RecordViewAsClientResponse, _client_portal_portal_v1_RecordViewAsClientResponse__Output>
        UpdatePortalSettingsRequest: MessageTypeDefinition<_client_portal_portal_v1_UpdatePortalSettingsRequest, _client_portal_portal_v1_UpdatePortalSettingsRequest__Output>
      }
    }
  }
}

