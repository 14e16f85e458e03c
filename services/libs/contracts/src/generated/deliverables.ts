import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { DeliverableServiceClient as _client_portal_portal_v1_DeliverableServiceClient, DeliverableServiceDefinition as _client_portal_portal_v1_DeliverableServiceDefinition } from './client_portal/portal/v1/DeliverableService.js';
import type { DeliverableSummary as _client_portal_portal_v1_DeliverableSummary, DeliverableSummary__Output as _client_portal_portal_v1_DeliverableSummary__Output } from './client_portal/portal/v1/DeliverableSummary.js';
import type { DeliverableSummaryList as _client_portal_portal_v1_DeliverableSummaryList, DeliverableSummaryList__Output as _client_portal_portal_v1_DeliverableSummaryList__Output } from './client_portal/portal/v1/DeliverableSummaryList.js';
import type { ListAwaitingMyDecisionRequest as _client_portal_portal_v1_ListAwaitingMyDecisionRequest, ListAwaitingMyDecisionRequest__Output as _client_portal_portal_v1_ListAwaitingMyDecisionRequest__Output } from './client_portal/portal/v1/ListAwaitingMyDecisionRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    portal: {
      v1: {
        DeliverableService: SubtypeConstructor<typeof grpc.Client, _client_portal_portal_v1_DeliverableServiceClient> & { service: _client_portal_portal_v1_DeliverableServiceDefinition }
        DeliverableSummary: MessageTypeDefinition<_client_portal_portal_v1_DeliverableSummary, _client_portal_portal_v1_DeliverableSummary__Output>
        DeliverableSummaryList: MessageTypeDefinition<_client_portal_portal_v1_DeliverableSummaryList, _client_portal_portal_v1_DeliverableSummaryList__Output>
        ListAwaitingMyDecisionRequest: MessageTypeDefinition<_client_portal_portal_v1_ListAwaitingMyDecisionRequest, _client_portal_portal_v1_ListAwaitingMyDecisionRequest__Output>
      }
    }
  }
}

