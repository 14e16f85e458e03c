import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClientKpis as _client_portal_billing_v1_ClientKpis, ClientKpis__Output as _client_portal_billing_v1_ClientKpis__Output } from './client_portal/billing/v1/ClientKpis.js';
import type { CurrencyKpis as _client_portal_billing_v1_CurrencyKpis, CurrencyKpis__Output as _client_portal_billing_v1_CurrencyKpis__Output } from './client_portal/billing/v1/CurrencyKpis.js';
import type { GetClientKpisRequest as _client_portal_billing_v1_GetClientKpisRequest, GetClientKpisRequest__Output as _client_portal_billing_v1_GetClientKpisRequest__Output } from './client_portal/billing/v1/GetClientKpisRequest.js';
import type { KpiServiceClient as _client_portal_billing_v1_KpiServiceClient, KpiServiceDefinition as _client_portal_billing_v1_KpiServiceDefinition } from './client_portal/billing/v1/KpiService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    billing: {
      v1: {
        ClientKpis: MessageTypeDefinition<_client_portal_billing_v1_ClientKpis, _client_portal_billing_v1_ClientKpis__Output>
        CurrencyKpis: MessageTypeDefinition<_client_portal_billing_v1_CurrencyKpis, _client_portal_billing_v1_CurrencyKpis__Output>
        GetClientKpisRequest: MessageTypeDefinition<_client_portal_billing_v1_GetClientKpisRequest, _client_portal_billing_v1_GetClientKpisRequest__Output>
        KpiService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_KpiServiceClient> & { service: _client_portal_billing_v1_KpiServiceDefinition }
      }
    }
  }
}

