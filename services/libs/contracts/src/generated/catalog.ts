import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CancelCatalogOrderRequest as _client_portal_billing_v1_CancelCatalogOrderRequest, CancelCatalogOrderRequest__Output as _client_portal_billing_v1_CancelCatalogOrderRequest__Output } from './client_portal/billing/v1/CancelCatalogOrderRequest.js';
import type { CatalogOrder as _client_portal_billing_v1_CatalogOrder, CatalogOrder__Output as _client_portal_billing_v1_CatalogOrder__Output } from './client_portal/billing/v1/CatalogOrder.js';
import type { CatalogOrderLine as _client_portal_billing_v1_CatalogOrderLine, CatalogOrderLine__Output as _client_portal_billing_v1_CatalogOrderLine__Output } from './client_portal/billing/v1/CatalogOrderLine.js';
import type { CatalogOrderLineInput as _client_portal_billing_v1_CatalogOrderLineInput, CatalogOrderLineInput__Output as _client_portal_billing_v1_CatalogOrderLineInput__Output } from './client_portal/billing/v1/CatalogOrderLineInput.js';
import type { CatalogProduct as _client_portal_billing_v1_CatalogProduct, CatalogProduct__Output as _client_portal_billing_v1_CatalogProduct__Output } from './client_portal/billing/v1/CatalogProduct.js';
import type { CatalogProductInput as _client_portal_billing_v1_CatalogProductInput, CatalogProductInput__Output as _client_portal_billing_v1_CatalogProductInput__Output } from './client_portal/billing/v1/CatalogProductInput.js';
import type { CatalogServiceClient as _client_portal_billing_v1_CatalogServiceClient, CatalogServiceDefinition as _client_portal_billing_v1_CatalogServiceDefinition } from './client_portal/billing/v1/CatalogService.js';
import type { CatalogSettings as _client_portal_billing_v1_CatalogSettings, CatalogSettings__Output as _client_portal_billing_v1_CatalogSettings__Output } from './client_portal/billing/v1/CatalogSettings.js';
import type { ConvertCatalogOrderRequest as _client_portal_billing_v1_ConvertCatalogOrderRequest, ConvertCatalogOrderRequest__Output as _client_portal_billing_v1_ConvertCatalogOrderRequest__Output } from './client_portal/billing/v1/ConvertCatalogOrderRequest.js';
import type { CreateCatalogProductRequest as _client_portal_billing_v1_CreateCatalogProductRequest, CreateCatalogProductRequest__Output as _client_portal_billing_v1_CreateCatalogProductRequest__Output } from './client_portal/billing/v1/CreateCatalogProductRequest.js';
import type { GetCatalogOrderRequest as _client_portal_billing_v1_GetCatalogOrderRequest, GetCatalogOrderRequest__Output as _client_portal_billing_v1_GetCatalogOrderRequest__Output } from './client_portal/billing/v1/GetCatalogOrderRequest.js';
import type { GetCatalogProductRequest as _client_portal_billing_v1_GetCatalogProductRequest, GetCatalogProductRequest__Output as _client_portal_billing_v1_GetCatalogProductRequest__Output } from './client_portal/billing/v1/GetCatalogProductRequest.js';
import type { GetCatalogSettingsRequest as _client_portal_billing_v1_GetCatalogSettingsRequest, GetCatalogSettingsRequest__Output as _client_portal_billing_v1_GetCatalogSettingsRequest__Output } from './client_portal/billing/v1/GetCatalogSettingsRequest.js';
import type { ListCatalogOrdersRequest as _client_portal_billing_v1_ListCatalogOrdersRequest, ListCatalogOrdersRequest__Output as _client_portal_billing_v1_ListCatalogOrdersRequest__Output } from './client_portal/billing/v1/ListCatalogOrdersRequest.js';
import type { ListCatalogOrdersResponse as _client_portal_billing_v1_ListCatalogOrdersResponse, ListCatalogOrdersResponse__Output as _client_portal_billing_v1_ListCatalogOrdersResponse__Output } from './client_portal/billing/v1/ListCatalogOrdersResponse.js';
import type { ListCatalogProductsRequest as _client_portal_billing_v1_ListCatalogProductsRequest, ListCatalogProductsRequest__Output as _client_portal_billing_v1_ListCatalogProductsRequest__Output } from './client_portal/billing/v1/ListCatalogProductsRequest.js';
import type { ListCatalogProductsResponse as _client_portal_billing_v1_ListCatalogProductsResponse, ListCatalogProductsResponse__Output as _client_portal_billing_v1_ListCatalogProductsResponse__Output } from './client_portal/billing/v1/ListCatalogProductsResponse.js';
import type { PlaceCatalogOrderRequest as _client_portal_billing_v1_PlaceCatalogOrderRequest, PlaceCatalogOrderRequest__Output as _client_portal_billing_v1_PlaceCatalogOrderRequest__Output } from './client_portal/billing/v1/PlaceCatalogOrderRequest.js';
import type { SetCatalogProductArchivedRequest as _client_portal_billing_v1_SetCatalogProductArchivedRequest, SetCatalogProductArchivedRequest__Output as _client_portal_billing_v1_SetCatalogProductArchivedRequest__Output } from './client_portal/billing/v1/SetCatalogProductArchivedRequest.js';
import type { SetCatalogSettingsRequest as _client_portal_billing_v1_SetCatalogSettingsRequest, SetCatalogSettingsRequest__Output as _client_portal_billing_v1_SetCatalogSettingsRequest__Output } from './client_portal/billing/v1/SetCatalogSettingsRequest.js';
import type { UpdateCatalogProductRequest as _client_portal_billing_v1_UpdateCatalogProductRequest, UpdateCatalogProductRequest__Output as _client_portal_billing_v1_UpdateCatalogProductRequest__Output } from './client_portal/billing/v1/UpdateCatalogProductRequest.js';
import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        CancelCatalogOrderRequest: MessageTypeDefinition<_client_portal_billing_v1_CancelCatalogOrderRequest, _client_portal_billing_v1_CancelCatalogOrderRequest__Output>
        CatalogOrder: MessageTypeDefinition<_client_portal_billing_v1_CatalogOrder, _client_portal_billing_v1_CatalogOrder__Output>
        CatalogOrderLine: MessageTypeDefinition<_client_portal_billing_v1_CatalogOrderLine, _client_portal_billing_v1_CatalogOrderLine__Output>
        CatalogOrderLineInput: MessageTypeDefinition<_client_portal_billing_v1_CatalogOrderLineInput, _client_portal_billing_v1_CatalogOrderLineInput__Output>
        CatalogProduct: MessageTypeDefinition<_client_portal_billing_v1_CatalogProduct, _client_portal_billing_v1_CatalogProduct__Output>
        CatalogProductInput: MessageTypeDefinition<_client_portal_billing_v1_CatalogProductInput, _client_portal_billing_v1_CatalogProductInput__Output>
        CatalogService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_CatalogServiceClient> & { service: _client_portal_billing_v1_CatalogServiceDefinition }
        CatalogSettings: MessageTypeDefinition<_client_portal_billing_v1_CatalogSettings, _client_portal_billing_v1_CatalogSettings__Output>
        ConvertCatalogOrderRequest: MessageTypeDefinition<_client_portal_billing_v1_ConvertCatalogOrderRequest, _client_portal_billing_v1_ConvertCatalogOrderRequest__Output>
        CreateCatalogProductRequest: MessageTypeDefinition<_client_portal_billing_v1_CreateCatalogProductRequest, _client_portal_billing_v1_CreateCatalogProductRequest__Output>
        GetCatalogOrderRequest: MessageTypeDefinition<_client_portal_billing_v1_GetCatalogOrderRequest, _client_portal_billing_v1_GetCatalogOrderRequest__Output>
        GetCatalogProductRequest: MessageTypeDefinition<_client_portal_billing_v1_GetCatalogProductRequest, _client_portal_billing_v1_GetCatalogProductRequest__Output>
        GetCatalogSettingsRequest: MessageTypeDefinition<_client_portal_billing_v1_GetCatalogSettingsRequest, _client_portal_billing_v1_GetCatalogSettingsRequest__Output>
        ListCatalogOrdersRequest: MessageTypeDefinition<_client_portal_billing_v1_ListCatalogOrdersRequest, _client_portal_billing_v1_ListCatalogOrdersRequest__Output>
        ListCatalogOrdersResponse: MessageTypeDefinition<_client_portal_billing_v1_ListCatalogOrdersResponse, _client_portal_billing_v1_ListCatalogOrdersResponse__Output>
        ListCatalogProductsRequest: MessageTypeDefinition<_client_portal_billing_v1_ListCatalogProductsRequest, _client_portal_billing_v1_ListCatalogProductsRequest__Output>
        ListCatalogProductsResponse: MessageTypeDefinition<_client_portal_billing_v1_ListCatalogProductsResponse, _client_portal_billing_v1_ListCatalogProductsResponse__Output>
        PlaceCatalogOrderRequest: MessageTypeDefinition<_client_portal_billing_v1_PlaceCatalogOrderRequest, _client_portal_billing_v1_PlaceCatalogOrderRequest__Output>
        SetCatalogProductArchivedRequest: MessageTypeDefinition<_client_portal_billing_v1_SetCatalogProductArchivedRequest, _client_portal_billing_v1_SetCatalogProductArchivedRequest__Output>
        SetCatalogSettingsRequest: MessageTypeDefinition<_client_portal_billing_v1_SetCatalogSettingsRequest, _client_portal_billing_v1_SetCatalogSettingsRequest__Output>
        UpdateCatalogProductRequest: MessageTypeDefinition<_client_portal_billing_v1_UpdateCatalogProductRequest, _client_portal_billing_v1_UpdateCatalogProductRequest__Output>
      }
    }
    common: {
      v1: {
        Money: MessageTypeDefinition<_client_portal_common_v1_Money, _client_portal_common_v1_Money__Output>
        PageInfo: MessageTypeDefinition<_client_portal_common_v1_PageInfo, _client_portal_common_v1_PageInfo__Output>
        PageRequest: MessageTypeDefinition<_client_portal_common_v1_PageRequest, _client_portal_common_v1_PageRequest__Output>
        Principal: MessageTypeDefinition<_client_portal_common_v1_Principal, _client_portal_common_v1_Principal__Output>
        WorkspaceAccess: MessageTypeDefinition<_client_portal_common_v1_WorkspaceAccess, _client_portal_common_v1_WorkspaceAccess__Output>
      }
    }
  }
}

