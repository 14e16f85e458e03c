// Original file: proto/billing/v1/catalog.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CancelCatalogOrderRequest as _client_portal_billing_v1_CancelCatalogOrderRequest, CancelCatalogOrderRequest__Output as _client_portal_billing_v1_CancelCatalogOrderRequest__Output } from '../../../client_portal/billing/v1/CancelCatalogOrderRequest.js';
import type { CatalogOrder as _client_portal_billing_v1_CatalogOrder, CatalogOrder__Output as _client_portal_billing_v1_CatalogOrder__Output } from '../../../client_portal/billing/v1/CatalogOrder.js';
import type { CatalogProduct as _client_portal_billing_v1_CatalogProduct, CatalogProduct__Output as _client_portal_billing_v1_CatalogProduct__Output } from '../../../client_portal/billing/v1/CatalogProduct.js';
import type { CatalogSettings as _client_portal_billing_v1_CatalogSettings, CatalogSettings__Output as _client_portal_billing_v1_CatalogSettings__Output } from '../../../client_portal/billing/v1/CatalogSettings.js';
import type { ConvertCatalogOrderRequest as _client_portal_billing_v1_ConvertCatalogOrderRequest, ConvertCatalogOrderRequest__Output as _client_portal_billing_v1_ConvertCatalogOrderRequest__Output } from '../../../client_portal/billing/v1/ConvertCatalogOrderRequest.js';
import type { CreateCatalogProductRequest as _client_portal_billing_v1_CreateCatalogProductRequest, CreateCatalogProductRequest__Output as _client_portal_billing_v1_CreateCatalogProductRequest__Output } from '../../../client_portal/billing/v1/CreateCatalogProductRequest.js';
import type { GetCatalogOrderRequest as _client_portal_billing_v1_GetCatalogOrderRequest, GetCatalogOrderRequest__Output as _client_portal_billing_v1_GetCatalogOrderRequest__Output } from '../../../client_portal/billing/v1/GetCatalogOrderRequest.js';
import type { GetCatalogProductRequest as _client_portal_billing_v1_GetCatalogProductRequest, GetCatalogProductRequest__Output as _client_portal_billing_v1_GetCatalogProductRequest__Output } from '../../../client_portal/billing/v1/GetCatalogProductRequest.js';
import type { GetCatalogSettingsRequest as _client_portal_billing_v1_GetCatalogSettingsRequest, GetCatalogSettingsRequest__Output as _client_portal_billing_v1_GetCatalogSettingsRequest__Output } from '../../../client_portal/billing/v1/GetCatalogSettingsRequest.js';
import type { ListCatalogOrdersRequest as _client_portal_billing_v1_ListCatalogOrdersRequest, ListCatalogOrdersRequest__Output as _client_portal_billing_v1_ListCatalogOrdersRequest__Output } from '../../../client_portal/billing/v1/ListCatalogOrdersRequest.js';
import type { ListCatalogOrdersResponse as _client_portal_billing_v1_ListCatalogOrdersResponse, ListCatalogOrdersResponse__Output as _client_portal_billing_v1_ListCatalogOrdersResponse__Output } from '../../../client_portal/billing/v1/ListCatalogOrdersResponse.js';
import type { ListCatalogProductsRequest as _client_portal_billing_v1_ListCatalogProductsRequest, ListCatalogProductsRequest__Output as _client_portal_billing_v1_ListCatalogProductsRequest__Output } from '../../../client_portal/billing/v1/ListCatalogProductsRequest.js';
import type { ListCatalogProductsResponse as _client_portal_billing_v1_ListCatalogProductsResponse, ListCatalogProductsResponse__Output as _client_portal_billing_v1_ListCatalogProductsResponse__Output } from '../../../client_portal/billing/v1/ListCatalogProductsResponse.js';
import type { PlaceCatalogOrderRequest as _client_portal_billing_v1_PlaceCatalogOrderRequest, PlaceCatalogOrderRequest__Output as _client_portal_billing_v1_PlaceCatalogOrderRequest__Output } from '../../../client_portal/billing/v1/PlaceCatalogOrderRequest.js';
import type { SetCatalogProductArchivedRequest as _client_portal_billing_v1_SetCatalogProductArchivedRequest, SetCatalogProductArchivedRequest__Output as _client_portal_billing_v1_SetCatalogProductArchivedRequest__Output } from '../../../client_portal/billing/v1/SetCatalogProductArchivedRequest.js';
import type { SetCatalogSettingsRequest as _client_portal_billing_v1_SetCatalogSettingsRequest, SetCatalogSettingsRequest__Output as _client_portal_billing_v1_SetCatalogSettingsRequest__Output } from '../../../client_portal/billing/v1/SetCatalogSettingsRequest.js';
import type { UpdateCatalogProductRequest as _client_portal_billing_v1_UpdateCatalogProductRequest, UpdateCatalogProductRequest__Output as _client_portal_billing_v1_UpdateCatalogProductRequest__Output } from '../../../client_portal/billing/v1/UpdateCatalogProductRequest.js';

export interface CatalogServiceClient extends grpc.Client {
  /**
   * documents.edit: a new order that will not be served.
   */
  CancelCatalogOrder(argument: _client_portal_billing_v1_CancelCatalogOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  CancelCatalogOrder(argument: _client_portal_billing_v1_CancelCatalogOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  CancelCatalogOrder(argument: _client_portal_billing_v1_CancelCatalogOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  CancelCatalogOrder(argument: _client_portal_billing_v1_CancelCatalogOrderRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  /**
   * documents.edit: a new order that will not be served.
   */
  cancelCatalogOrder(argument: _client_portal_billing_v1_CancelCatalogOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  cancelCatalogOrder(argument: _client_portal_billing_v1_CancelCatalogOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  cancelCatalogOrder(argument: _client_portal_billing_v1_CancelCatalogOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  cancelCatalogOrder(argument: _client_portal_billing_v1_CancelCatalogOrderRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  
  /**
   * documents.edit: a quote, invoice or delivery note draft from a new order, once.
   */
  ConvertCatalogOrder(argument: _client_portal_billing_v1_ConvertCatalogOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  ConvertCatalogOrder(argument: _client_portal_billing_v1_ConvertCatalogOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  ConvertCatalogOrder(argument: _client_portal_billing_v1_ConvertCatalogOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  ConvertCatalogOrder(argument: _client_portal_billing_v1_ConvertCatalogOrderRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  /**
   * documents.edit: a quote, invoice or delivery note draft from a new order, once.
   */
  convertCatalogOrder(argument: _client_portal_billing_v1_ConvertCatalogOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  convertCatalogOrder(argument: _client_portal_billing_v1_ConvertCatalogOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  convertCatalogOrder(argument: _client_portal_billing_v1_ConvertCatalogOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  convertCatalogOrder(argument: _client_portal_billing_v1_ConvertCatalogOrderRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  
  /**
   * catalog.edit.
   */
  CreateCatalogProduct(argument: _client_portal_billing_v1_CreateCatalogProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  CreateCatalogProduct(argument: _client_portal_billing_v1_CreateCatalogProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  CreateCatalogProduct(argument: _client_portal_billing_v1_CreateCatalogProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  CreateCatalogProduct(argument: _client_portal_billing_v1_CreateCatalogProductRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  /**
   * catalog.edit.
   */
  createCatalogProduct(argument: _client_portal_billing_v1_CreateCatalogProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  createCatalogProduct(argument: _client_portal_billing_v1_CreateCatalogProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  createCatalogProduct(argument: _client_portal_billing_v1_CreateCatalogProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  createCatalogProduct(argument: _client_portal_billing_v1_CreateCatalogProductRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  
  GetCatalogOrder(argument: _client_portal_billing_v1_GetCatalogOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  GetCatalogOrder(argument: _client_portal_billing_v1_GetCatalogOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  GetCatalogOrder(argument: _client_portal_billing_v1_GetCatalogOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  GetCatalogOrder(argument: _client_portal_billing_v1_GetCatalogOrderRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  getCatalogOrder(argument: _client_portal_billing_v1_GetCatalogOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  getCatalogOrder(argument: _client_portal_billing_v1_GetCatalogOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  getCatalogOrder(argument: _client_portal_billing_v1_GetCatalogOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  getCatalogOrder(argument: _client_portal_billing_v1_GetCatalogOrderRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  
  GetCatalogProduct(argument: _client_portal_billing_v1_GetCatalogProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  GetCatalogProduct(argument: _client_portal_billing_v1_GetCatalogProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  GetCatalogProduct(argument: _client_portal_billing_v1_GetCatalogProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  GetCatalogProduct(argument: _client_portal_billing_v1_GetCatalogProductRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  getCatalogProduct(argument: _client_portal_billing_v1_GetCatalogProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  getCatalogProduct(argument: _client_portal_billing_v1_GetCatalogProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  getCatalogProduct(argument: _client_portal_billing_v1_GetCatalogProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  getCatalogProduct(argument: _client_portal_billing_v1_GetCatalogProductRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff: the switch; a client user: NOT_FOUND while off.
   */
  GetCatalogSettings(argument: _client_portal_billing_v1_GetCatalogSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  GetCatalogSettings(argument: _client_portal_billing_v1_GetCatalogSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  GetCatalogSettings(argument: _client_portal_billing_v1_GetCatalogSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  GetCatalogSettings(argument: _client_portal_billing_v1_GetCatalogSettingsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  /**
   * Staff: the switch; a client user: NOT_FOUND while off.
   */
  getCatalogSettings(argument: _client_portal_billing_v1_GetCatalogSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  getCatalogSettings(argument: _client_portal_billing_v1_GetCatalogSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  getCatalogSettings(argument: _client_portal_billing_v1_GetCatalogSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  getCatalogSettings(argument: _client_portal_billing_v1_GetCatalogSettingsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  
  /**
   * billing.view: the tenant's orders (or one client's); a client user: their own client's.
   */
  ListCatalogOrders(argument: _client_portal_billing_v1_ListCatalogOrdersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListCatalogOrders(argument: _client_portal_billing_v1_ListCatalogOrdersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListCatalogOrders(argument: _client_portal_billing_v1_ListCatalogOrdersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListCatalogOrders(argument: _client_portal_billing_v1_ListCatalogOrdersRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogOrdersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * billing.view: the tenant's orders (or one client's); a client user: their own client's.
   */
  listCatalogOrders(argument: _client_portal_billing_v1_ListCatalogOrdersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogOrdersResponse__Output>): grpc.ClientUnaryCall;
  listCatalogOrders(argument: _client_portal_billing_v1_ListCatalogOrdersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogOrdersResponse__Output>): grpc.ClientUnaryCall;
  listCatalogOrders(argument: _client_portal_billing_v1_ListCatalogOrdersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogOrdersResponse__Output>): grpc.ClientUnaryCall;
  listCatalogOrders(argument: _client_portal_billing_v1_ListCatalogOrdersRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogOrdersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * billing.view: the tenant's products (search by name or reference; archived ones on request).
   * A client user: the active products only, and NOT_FOUND while the tenant's catalog is switched off.
   */
  ListCatalogProducts(argument: _client_portal_billing_v1_ListCatalogProductsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogProductsResponse__Output>): grpc.ClientUnaryCall;
  ListCatalogProducts(argument: _client_portal_billing_v1_ListCatalogProductsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogProductsResponse__Output>): grpc.ClientUnaryCall;
  ListCatalogProducts(argument: _client_portal_billing_v1_ListCatalogProductsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogProductsResponse__Output>): grpc.ClientUnaryCall;
  ListCatalogProducts(argument: _client_portal_billing_v1_ListCatalogProductsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogProductsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * billing.view: the tenant's products (search by name or reference; archived ones on request).
   * A client user: the active products only, and NOT_FOUND while the tenant's catalog is switched off.
   */
  listCatalogProducts(argument: _client_portal_billing_v1_ListCatalogProductsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogProductsResponse__Output>): grpc.ClientUnaryCall;
  listCatalogProducts(argument: _client_portal_billing_v1_ListCatalogProductsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogProductsResponse__Output>): grpc.ClientUnaryCall;
  listCatalogProducts(argument: _client_portal_billing_v1_ListCatalogProductsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogProductsResponse__Output>): grpc.ClientUnaryCall;
  listCatalogProducts(argument: _client_portal_billing_v1_ListCatalogProductsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListCatalogProductsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * A client user, while the catalog is on: prices and taxes come from the catalog, never from the caller.
   */
  PlaceCatalogOrder(argument: _client_portal_billing_v1_PlaceCatalogOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  PlaceCatalogOrder(argument: _client_portal_billing_v1_PlaceCatalogOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  PlaceCatalogOrder(argument: _client_portal_billing_v1_PlaceCatalogOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  PlaceCatalogOrder(argument: _client_portal_billing_v1_PlaceCatalogOrderRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  /**
   * A client user, while the catalog is on: prices and taxes come from the catalog, never from the caller.
   */
  placeCatalogOrder(argument: _client_portal_billing_v1_PlaceCatalogOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  placeCatalogOrder(argument: _client_portal_billing_v1_PlaceCatalogOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  placeCatalogOrder(argument: _client_portal_billing_v1_PlaceCatalogOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  placeCatalogOrder(argument: _client_portal_billing_v1_PlaceCatalogOrderRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogOrder__Output>): grpc.ClientUnaryCall;
  
  /**
   * catalog.edit: archive (no longer offered) or bring back.
   */
  SetCatalogProductArchived(argument: _client_portal_billing_v1_SetCatalogProductArchivedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  SetCatalogProductArchived(argument: _client_portal_billing_v1_SetCatalogProductArchivedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  SetCatalogProductArchived(argument: _client_portal_billing_v1_SetCatalogProductArchivedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  SetCatalogProductArchived(argument: _client_portal_billing_v1_SetCatalogProductArchivedRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  /**
   * catalog.edit: archive (no longer offered) or bring back.
   */
  setCatalogProductArchived(argument: _client_portal_billing_v1_SetCatalogProductArchivedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  setCatalogProductArchived(argument: _client_portal_billing_v1_SetCatalogProductArchivedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  setCatalogProductArchived(argument: _client_portal_billing_v1_SetCatalogProductArchivedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  setCatalogProductArchived(argument: _client_portal_billing_v1_SetCatalogProductArchivedRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  
  /**
   * billing.configure.
   */
  SetCatalogSettings(argument: _client_portal_billing_v1_SetCatalogSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  SetCatalogSettings(argument: _client_portal_billing_v1_SetCatalogSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  SetCatalogSettings(argument: _client_portal_billing_v1_SetCatalogSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  SetCatalogSettings(argument: _client_portal_billing_v1_SetCatalogSettingsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  /**
   * billing.configure.
   */
  setCatalogSettings(argument: _client_portal_billing_v1_SetCatalogSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  setCatalogSettings(argument: _client_portal_billing_v1_SetCatalogSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  setCatalogSettings(argument: _client_portal_billing_v1_SetCatalogSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  setCatalogSettings(argument: _client_portal_billing_v1_SetCatalogSettingsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogSettings__Output>): grpc.ClientUnaryCall;
  
  /**
   * catalog.edit; every field is replaced; expected_version must be the version read (else FAILED_PRECONDITION).
   */
  UpdateCatalogProduct(argument: _client_portal_billing_v1_UpdateCatalogProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  UpdateCatalogProduct(argument: _client_portal_billing_v1_UpdateCatalogProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  UpdateCatalogProduct(argument: _client_portal_billing_v1_UpdateCatalogProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  UpdateCatalogProduct(argument: _client_portal_billing_v1_UpdateCatalogProductRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  /**
   * catalog.edit; every field is replaced; expected_version must be the version read (else FAILED_PRECONDITION).
   */
  updateCatalogProduct(argument: _client_portal_billing_v1_UpdateCatalogProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  updateCatalogProduct(argument: _client_portal_billing_v1_UpdateCatalogProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  updateCatalogProduct(argument: _client_portal_billing_v1_UpdateCatalogProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  updateCatalogProduct(argument: _client_portal_billing_v1_UpdateCatalogProductRequest, callback: grpc.requestCallback<_client_portal_billing_v1_CatalogProduct__Output>): grpc.ClientUnaryCall;
  
}

export interface CatalogServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * documents.edit: a new order that will not be served.
   */
  CancelCatalogOrder: grpc.handleUnaryCall<_client_portal_billing_v1_CancelCatalogOrderRequest__Output, _client_portal_billing_v1_CatalogOrder>;
  
  /**
   * documents.edit: a quote, invoice or delivery note draft from a new order, once.
   */
  ConvertCatalogOrder: grpc.handleUnaryCall<_client_portal_billing_v1_ConvertCatalogOrderRequest__Output, _client_portal_billing_v1_CatalogOrder>;
  
  /**
   * catalog.edit.
   */
  CreateCatalogProduct: grpc.handleUnaryCall<_client_portal_billing_v1_CreateCatalogProductRequest__Output, _client_portal_billing_v1_CatalogProduct>;
  
  GetCatalogOrder: grpc.handleUnaryCall<_client_portal_billing_v1_GetCatalogOrderRequest__Output, _client_portal_billing_v1_CatalogOrder>;
  
  GetCatalogProduct: grpc.handleUnaryCall<_client_portal_billing_v1_GetCatalogProductRequest__Output, _client_portal_billing_v1_CatalogProduct>;
  
  /**
   * Staff: the switch; a client user: NOT_FOUND while off.
   */
  GetCatalogSettings: grpc.handleUnaryCall<_client_portal_billing_v1_GetCatalogSettingsRequest__Output, _client_portal_billing_v1_CatalogSettings>;
  
  /**
   * billing.view: the tenant's orders (or one client's); a client user: their own client's.
   */
  ListCatalogOrders: grpc.handleUnaryCall<_client_portal_billing_v1_ListCatalogOrdersRequest__Output, _client_portal_billing_v1_ListCatalogOrdersResponse>;
  
  /**
   * billing.view: the tenant's products (search by name or reference; archived ones on request).
   * A client user: the active products only, and NOT_FOUND while the tenant's catalog is switched off.
   */
  ListCatalogProducts: grpc.handleUnaryCall<_client_portal_billing_v1_ListCatalogProductsRequest__Output, _client_portal_billing_v1_ListCatalogProductsResponse>;
  
  /**
   * A client user, while the catalog is on: prices and taxes come from the catalog, never from the caller.
   */
  PlaceCatalogOrder: grpc.handleUnaryCall<_client_portal_billing_v1_PlaceCatalogOrderRequest__Output, _client_portal_billing_v1_CatalogOrder>;
  
  /**
   * catalog.edit: archive (no longer offered) or bring back.
   */
  SetCatalogProductArchived: grpc.handleUnaryCall<_client_portal_billing_v1_SetCatalogProductArchivedRequest__Output, _client_portal_billing_v1_CatalogProduct>;
  
  /**
   * billing.configure.
   */
  SetCatalogSettings: grpc.handleUnaryCall<_client_portal_billing_v1_SetCatalogSettingsRequest__Output, _client_portal_billing_v1_CatalogSettings>;
  
  /**
   * catalog.edit; every field is replaced; expected_version must be the version read (else FAILED_PRECONDITION).
   */
  UpdateCatalogProduct: grpc.handleUnaryCall<_client_portal_billing_v1_UpdateCatalogProductRequest__Output, _client_portal_billing_v1_CatalogProduct>;
  
}

export interface CatalogServiceDefinition extends grpc.ServiceDefinition {
  CancelCatalogOrder: MethodDefinition<_client_portal_billing_v1_CancelCatalogOrderRequest, _client_portal_billing_v1_CatalogOrder, _client_portal_billing_v1_CancelCatalogOrderRequest__Output, _client_portal_billing_v1_CatalogOrder__Output>
  ConvertCatalogOrder: MethodDefinition<_client_portal_billing_v1_ConvertCatalogOrderRequest, _client_portal_billing_v1_CatalogOrder, _client_portal_billing_v1_ConvertCatalogOrderRequest__Output, _client_portal_billing_v1_CatalogOrder__Output>
  CreateCatalogProduct: MethodDefinition<_client_portal_billing_v1_CreateCatalogProductRequest, _client_portal_billing_v1_CatalogProduct, _client_portal_billing_v1_CreateCatalogProductRequest__Output, _client_portal_billing_v1_CatalogProduct__Output>
  GetCatalogOrder: MethodDefinition<_client_portal_billing_v1_GetCatalogOrderRequest, _client_portal_billing_v1_CatalogOrder, _client_portal_billing_v1_GetCatalogOrderRequest__Output, _client_portal_billing_v1_CatalogOrder__Output>
  GetCatalogProduct: MethodDefinition<_client_portal_billing_v1_GetCatalogProductRequest, _client_portal_billing_v1_CatalogProduct, _client_portal_billing_v1_GetCatalogProductRequest__Output, _client_portal_billing_v1_CatalogProduct__Output>
  GetCatalogSettings: MethodDefinition<_client_portal_billing_v1_GetCatalogSettingsRequest, _client_portal_billing_v1_CatalogSettings, _client_portal_billing_v1_GetCatalogSettingsRequest__Output, _client_portal_billing_v1_CatalogSettings__Output>
  ListCatalogOrders: MethodDefinition<_client_portal_billing_v1_ListCatalogOrdersRequest, _client_portal_billing_v1_ListCatalogOrdersResponse, _client_portal_billing_v1_ListCatalogOrdersRequest__Output, _client_portal_billing_v1_ListCatalogOrdersResponse__Output>
  ListCatalogProducts: MethodDefinition<_client_portal_billing_v1_ListCatalogProductsRequest, _client_portal_billing_v1_ListCatalogProductsResponse, _client_portal_billing_v1_ListCatalogProductsRequest__Output, _client_portal_billing_v1_ListCatalogProductsResponse__Output>
  PlaceCatalogOrder: MethodDefinition<_client_portal_billing_v1_PlaceCatalogOrderRequest, _client_portal_billing_v1_CatalogOrder, _client_portal_billing_v1_PlaceCatalogOrderRequest__Output, _client_portal_billing_v1_CatalogOrder__Output>
  SetCatalogProductArchived: MethodDefinition<_client_portal_billing_v1_SetCatalogProductArchivedRequest, _client_portal_billing_v1_CatalogProduct, _client_portal_billing_v1_SetCatalogProductArchivedRequest__Output, _client_portal_billing_v1_CatalogProduct__Output>
  SetCatalogSettings: MethodDefinition<_client_portal_billing_v1_SetCatalogSettingsRequest, _client_portal_billing_v1_CatalogSettings, _client_portal_billing_v1_SetCatalogSettingsRequest__Output, _client_portal_billing_v1_CatalogSettings__Output>
  UpdateCatalogProduct: MethodDefinition<_client_portal_billing_v1_UpdateCatalogProductRequest, _client_portal_billing_v1_CatalogProduct, _client_portal_billing_v1_UpdateCatalogProductRequest__Output, _client_portal_billing_v1_CatalogProduct__Output>
}
