import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CompleteVersionUploadRequest as _client_portal_portal_v1_CompleteVersionUploadRequest, CompleteVersionUploadRequest__Output as _client_portal_portal_v1_CompleteVersionUploadRequest__Output } from './client_portal/portal/v1/CompleteVersionUploadRequest.js';
import type { CreateDeliverableRequest as _client_portal_portal_v1_CreateDeliverableRequest, CreateDeliverableRequest__Output as _client_portal_portal_v1_CreateDeliverableRequest__Output } from './client_portal/portal/v1/CreateDeliverableRequest.js';
import type { DecideDeliverableRequest as _client_portal_portal_v1_DecideDeliverableRequest, DecideDeliverableRequest__Output as _client_portal_portal_v1_DecideDeliverableRequest__Output } from './client_portal/portal/v1/DecideDeliverableRequest.js';
import type { DeliverableApprover as _client_portal_portal_v1_DeliverableApprover, DeliverableApprover__Output as _client_portal_portal_v1_DeliverableApprover__Output } from './client_portal/portal/v1/DeliverableApprover.js';
import type { DeliverableDecisionResult as _client_portal_portal_v1_DeliverableDecisionResult, DeliverableDecisionResult__Output as _client_portal_portal_v1_DeliverableDecisionResult__Output } from './client_portal/portal/v1/DeliverableDecisionResult.js';
import type { DeliverableDecisionView as _client_portal_portal_v1_DeliverableDecisionView, DeliverableDecisionView__Output as _client_portal_portal_v1_DeliverableDecisionView__Output } from './client_portal/portal/v1/DeliverableDecisionView.js';
import type { DeliverableList as _client_portal_portal_v1_DeliverableList, DeliverableList__Output as _client_portal_portal_v1_DeliverableList__Output } from './client_portal/portal/v1/DeliverableList.js';
import type { DeliverableServiceClient as _client_portal_portal_v1_DeliverableServiceClient, DeliverableServiceDefinition as _client_portal_portal_v1_DeliverableServiceDefinition } from './client_portal/portal/v1/DeliverableService.js';
import type { DeliverableSummary as _client_portal_portal_v1_DeliverableSummary, DeliverableSummary__Output as _client_portal_portal_v1_DeliverableSummary__Output } from './client_portal/portal/v1/DeliverableSummary.js';
import type { DeliverableSummaryList as _client_portal_portal_v1_DeliverableSummaryList, DeliverableSummaryList__Output as _client_portal_portal_v1_DeliverableSummaryList__Output } from './client_portal/portal/v1/DeliverableSummaryList.js';
import type { DeliverableVersionView as _client_portal_portal_v1_DeliverableVersionView, DeliverableVersionView__Output as _client_portal_portal_v1_DeliverableVersionView__Output } from './client_portal/portal/v1/DeliverableVersionView.js';
import type { DeliverableView as _client_portal_portal_v1_DeliverableView, DeliverableView__Output as _client_portal_portal_v1_DeliverableView__Output } from './client_portal/portal/v1/DeliverableView.js';
import type { GetDeliverableRequest as _client_portal_portal_v1_GetDeliverableRequest, GetDeliverableRequest__Output as _client_portal_portal_v1_GetDeliverableRequest__Output } from './client_portal/portal/v1/GetDeliverableRequest.js';
import type { GetPublicDeliverableDecisionRequest as _client_portal_portal_v1_GetPublicDeliverableDecisionRequest, GetPublicDeliverableDecisionRequest__Output as _client_portal_portal_v1_GetPublicDeliverableDecisionRequest__Output } from './client_portal/portal/v1/GetPublicDeliverableDecisionRequest.js';
import type { GetVersionDownloadRequest as _client_portal_portal_v1_GetVersionDownloadRequest, GetVersionDownloadRequest__Output as _client_portal_portal_v1_GetVersionDownloadRequest__Output } from './client_portal/portal/v1/GetVersionDownloadRequest.js';
import type { ListAwaitingMyDecisionRequest as _client_portal_portal_v1_ListAwaitingMyDecisionRequest, ListAwaitingMyDecisionRequest__Output as _client_portal_portal_v1_ListAwaitingMyDecisionRequest__Output } from './client_portal/portal/v1/ListAwaitingMyDecisionRequest.js';
import type { ListDeliverablesRequest as _client_portal_portal_v1_ListDeliverablesRequest, ListDeliverablesRequest__Output as _client_portal_portal_v1_ListDeliverablesRequest__Output } from './client_portal/portal/v1/ListDeliverablesRequest.js';
import type { PublicDeliverableDecision as _client_portal_portal_v1_PublicDeliverableDecision, PublicDeliverableDecision__Output as _client_portal_portal_v1_PublicDeliverableDecision__Output } from './client_portal/portal/v1/PublicDeliverableDecision.js';
import type { RequestVersionUploadRequest as _client_portal_portal_v1_RequestVersionUploadRequest, RequestVersionUploadRequest__Output as _client_portal_portal_v1_RequestVersionUploadRequest__Output } from './client_portal/portal/v1/RequestVersionUploadRequest.js';
import type { VersionDownload as _client_portal_portal_v1_VersionDownload, VersionDownload__Output as _client_portal_portal_v1_VersionDownload__Output } from './client_portal/portal/v1/VersionDownload.js';
import type { VersionUploadTicket as _client_portal_portal_v1_VersionUploadTicket, VersionUploadTicket__Output as _client_portal_portal_v1_VersionUploadTicket__Output } from './client_portal/portal/v1/VersionUploadTicket.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    portal: {
      v1: {
        CompleteVersionUploadRequest: MessageTypeDefinition<_client_portal_portal_v1_CompleteVersionUploadRequest, _client_portal_portal_v1_CompleteVersionUploadRequest__Output>
        CreateDeliverableRequest: MessageTypeDefinition<_client_portal_portal_v1_CreateDeliverableRequest, _client_portal_portal_v1_CreateDeliverableRequest__Output>
        DecideDeliverableRequest: MessageTypeDefinition<_client_portal_portal_v1_DecideDeliverableRequest, _client_portal_portal_v1_DecideDeliverableRequest__Output>
        DeliverableApprover: MessageTypeDefinition<_client_portal_portal_v1_DeliverableApprover, _client_portal_portal_v1_DeliverableApprover__Output>
        DeliverableDecisionResult: MessageTypeDefinition<_client_portal_portal_v1_DeliverableDecisionResult, _client_portal_portal_v1_DeliverableDecisionResult__Output>
        DeliverableDecisionView: MessageTypeDefinition<_client_portal_portal_v1_DeliverableDecisionView, _client_portal_portal_v1_DeliverableDecisionView__Output>
        DeliverableList: MessageTypeDefinition<_client_portal_portal_v1_DeliverableList, _client_portal_portal_v1_DeliverableList__Output>
        DeliverableService: SubtypeConstructor<typeof grpc.Client, _client_portal_portal_v1_DeliverableServiceClient> & { service: _client_portal_portal_v1_DeliverableServiceDefinition }
        DeliverableSummary: MessageTypeDefinition<_client_portal_portal_v1_DeliverableSummary, _client_portal_portal_v1_DeliverableSummary__Output>
        DeliverableSummaryList: MessageTypeDefinition<_client_portal_portal_v1_DeliverableSummaryList, _client_portal_portal_v1_DeliverableSummaryList__Output>
        DeliverableVersionView: MessageTypeDefinition<_client_portal_portal_v1_DeliverableVersionView, _client_portal_portal_v1_DeliverableVersionView__Output>
        DeliverableView: MessageTypeDefinition<_client_portal_portal_v1_DeliverableView, _client_portal_portal_v1_DeliverableView__Output>
        GetDeliverableRequest: MessageTypeDefinition<_client_portal_portal_v1_GetDeliverableRequest, _client_portal_portal_v1_GetDeliverableRequest__Output>
        GetPublicDeliverableDecisionRequest: MessageTypeDefinition<_client_portal_portal_v1_GetPublicDeliverableDecisionRequest, _client_portal_portal_v1_GetPublicDeliverableDecisionRequest__Output>
        GetVersionDownloadRequest: MessageTypeDefinition<_client_portal_portal_v1_GetVersionDownloadRequest, _client_portal_portal_v1_GetVersionDownloadRequest__Output>
        ListAwaitingMyDecisionRequest: MessageTypeDefinition<_client_portal_portal_v1_ListAwaitingMyDecisionRequest, _client_portal_portal_v1_ListAwaitingMyDecisionRequest__Output>
        ListDeliverablesRequest: MessageTypeDefinition<_client_portal_portal_v1_ListDeliverablesRequest, _client_portal_portal_v1_ListDeliverablesRequest__Output>
        PublicDeliverableDecision: MessageTypeDefinition<_client_portal_portal_v1_PublicDeliverableDecision, _client_portal_portal_v1_PublicDeliverableDecision__Output>
        RequestVersionUploadRequest: MessageTypeDefinition<_client_portal_portal_v1_RequestVersionUploadRequest, _client_portal_portal_v1_RequestVersionUploadRequest__Output>
        VersionDownload: MessageTypeDefinition<_client_portal_portal_v1_VersionDownload, _client_portal_portal_v1_VersionDownload__Output>
        VersionUploadTicket: MessageTypeDefinition<_client_portal_portal_v1_VersionUploadTicket, _client_portal_portal_v1_VersionUploadTicket__Output>
      }
    }
  }
}

