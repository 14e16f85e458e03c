// Original file: proto/billing/v1/kpis.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ClientKpis as _client_portal_billing_v1_ClientKpis, ClientKpis__Output as _client_portal_billing_v1_ClientKpis__Output } from '../../../client_portal/billing/v1/ClientKpis.js';
import type { GetClientKpisRequest as _client_portal_billing_v1_GetClientKpisRequest, GetClientKpisRequest__Output as _client_portal_billing_v1_GetClientKpisRequest__Output } from '../../../client_portal/billing/v1/GetClientKpisRequest.js';

export interface KpiServiceClient extends grpc.Client {
  /**
   * Staff with billing.view; a client user: their own client only (another client's: NOT_FOUND).
   */
  GetClientKpis(argument: _client_portal_billing_v1_GetClientKpisRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientKpis__Output>): grpc.ClientUnaryCall;
  GetClientKpis(argument: _client_portal_billing_v1_GetClientKpisRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ClientKpis__Output>): grpc.ClientUnaryCall;
  GetClientKpis(argument: _client_portal_billing_v1_GetClientKpisRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientKpis__Output>): grpc.ClientUnaryCall;
  GetClientKpis(argument: _client_portal_billing_v1_GetClientKpisRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ClientKpis__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with billing.view; a client user: their own client only (another client's: NOT_FOUND).
   */
  getClientKpis(argument: _client_portal_billing_v1_GetClientKpisRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientKpis__Output>): grpc.ClientUnaryCall;
  getClientKpis(argument: _client_portal_billing_v1_GetClientKpisRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ClientKpis__Output>): grpc.ClientUnaryCall;
  getClientKpis(argument: _client_portal_billing_v1_GetClientKpisRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ClientKpis__Output>): grpc.ClientUnaryCall;
  getClientKpis(argument: _client_portal_billing_v1_GetClientKpisRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ClientKpis__Output>): grpc.ClientUnaryCall;
  
}

export interface KpiServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Staff with billing.view; a client user: their own client only (another client's: NOT_FOUND).
   */
  GetClientKpis: grpc.handleUnaryCall<_client_portal_billing_v1_GetClientKpisRequest__Output, _client_portal_billing_v1_ClientKpis>;
  
}

export interface KpiServiceDefinition extends grpc.ServiceDefinition {
  GetClientKpis: MethodDefinition<_client_portal_billing_v1_GetClientKpisRequest, _client_portal_billing_v1_ClientKpis, _client_portal_billing_v1_GetClientKpisRequest__Output, _client_portal_billing_v1_ClientKpis__Output>
}
