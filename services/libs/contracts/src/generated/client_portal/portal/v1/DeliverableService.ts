// Original file: proto/portal/v1/deliverables.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { DeliverableSummaryList as _client_portal_portal_v1_DeliverableSummaryList, DeliverableSummaryList__Output as _client_portal_portal_v1_DeliverableSummaryList__Output } from '../../../client_portal/portal/v1/DeliverableSummaryList.js';
import type { ListAwaitingMyDecisionRequest as _client_portal_portal_v1_ListAwaitingMyDecisionRequest, ListAwaitingMyDecisionRequest__Output as _client_portal_portal_v1_ListAwaitingMyDecisionRequest__Output } from '../../../client_portal/portal/v1/ListAwaitingMyDecisionRequest.js';

export interface DeliverableServiceClient extends grpc.Client {
  /**
   * Deliverable versions waiting for the calling client user's decision (they hold "approve" in the
   * workspace and it is their turn when approvers are ordered), oldest first. Staff: empty.
   * Feeds the client home's action inbox.
   */
  ListAwaitingMyDecision(argument: _client_portal_portal_v1_ListAwaitingMyDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableSummaryList__Output>): grpc.ClientUnaryCall;
  ListAwaitingMyDecision(argument: _client_portal_portal_v1_ListAwaitingMyDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableSummaryList__Output>): grpc.ClientUnaryCall;
  ListAwaitingMyDecision(argument: _client_portal_portal_v1_ListAwaitingMyDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableSummaryList__Output>): grpc.ClientUnaryCall;
  ListAwaitingMyDecision(argument: _client_portal_portal_v1_ListAwaitingMyDecisionRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableSummaryList__Output>): grpc.ClientUnaryCall;
  /**
   * Deliverable versions waiting for the calling client user's decision (they hold "approve" in the
   * workspace and it is their turn when approvers are ordered), oldest first. Staff: empty.
   * Feeds the client home's action inbox.
   */
  listAwaitingMyDecision(argument: _client_portal_portal_v1_ListAwaitingMyDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableSummaryList__Output>): grpc.ClientUnaryCall;
  listAwaitingMyDecision(argument: _client_portal_portal_v1_ListAwaitingMyDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableSummaryList__Output>): grpc.ClientUnaryCall;
  listAwaitingMyDecision(argument: _client_portal_portal_v1_ListAwaitingMyDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableSummaryList__Output>): grpc.ClientUnaryCall;
  listAwaitingMyDecision(argument: _client_portal_portal_v1_ListAwaitingMyDecisionRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableSummaryList__Output>): grpc.ClientUnaryCall;
  
}

export interface DeliverableServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Deliverable versions waiting for the calling client user's decision (they hold "approve" in the
   * workspace and it is their turn when approvers are ordered), oldest first. Staff: empty.
   * Feeds the client home's action inbox.
   */
  ListAwaitingMyDecision: grpc.handleUnaryCall<_client_portal_portal_v1_ListAwaitingMyDecisionRequest__Output, _client_portal_portal_v1_DeliverableSummaryList>;
  
}

export interface DeliverableServiceDefinition extends grpc.ServiceDefinition {
  ListAwaitingMyDecision: MethodDefinition<_client_portal_portal_v1_ListAwaitingMyDecisionRequest, _client_portal_portal_v1_DeliverableSummaryList, _client_portal_portal_v1_ListAwaitingMyDecisionRequest__Output, _client_portal_portal_v1_DeliverableSummaryList__Output>
}
