// Original file: proto/portal/v1/deliverables.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CompleteVersionUploadRequest as _client_portal_portal_v1_CompleteVersionUploadRequest, CompleteVersionUploadRequest__Output as _client_portal_portal_v1_CompleteVersionUploadRequest__Output } from '../../../client_portal/portal/v1/CompleteVersionUploadRequest.js';
import type { CreateDeliverableRequest as _client_portal_portal_v1_CreateDeliverableRequest, CreateDeliverableRequest__Output as _client_portal_portal_v1_CreateDeliverableRequest__Output } from '../../../client_portal/portal/v1/CreateDeliverableRequest.js';
import type { DecideDeliverableRequest as _client_portal_portal_v1_DecideDeliverableRequest, DecideDeliverableRequest__Output as _client_portal_portal_v1_DecideDeliverableRequest__Output } from '../../../client_portal/portal/v1/DecideDeliverableRequest.js';
import type { DeliverableDecisionResult as _client_portal_portal_v1_DeliverableDecisionResult, DeliverableDecisionResult__Output as _client_portal_portal_v1_DeliverableDecisionResult__Output } from '../../../client_portal/portal/v1/DeliverableDecisionResult.js';
import type { DeliverableList as _client_portal_portal_v1_DeliverableList, DeliverableList__Output as _client_portal_portal_v1_DeliverableList__Output } from '../../../client_portal/portal/v1/DeliverableList.js';
import type { DeliverableSummaryList as _client_portal_portal_v1_DeliverableSummaryList, DeliverableSummaryList__Output as _client_portal_portal_v1_DeliverableSummaryList__Output } from '../../../client_portal/portal/v1/DeliverableSummaryList.js';
import type { DeliverableView as _client_portal_portal_v1_DeliverableView, DeliverableView__Output as _client_portal_portal_v1_DeliverableView__Output } from '../../../client_portal/portal/v1/DeliverableView.js';
import type { GetDeliverableRequest as _client_portal_portal_v1_GetDeliverableRequest, GetDeliverableRequest__Output as _client_portal_portal_v1_GetDeliverableRequest__Output } from '../../../client_portal/portal/v1/GetDeliverableRequest.js';
import type { GetPublicDeliverableDecisionRequest as _client_portal_portal_v1_GetPublicDeliverableDecisionRequest, GetPublicDeliverableDecisionRequest__Output as _client_portal_portal_v1_GetPublicDeliverableDecisionRequest__Output } from '../../../client_portal/portal/v1/GetPublicDeliverableDecisionRequest.js';
import type { GetVersionDownloadRequest as _client_portal_portal_v1_GetVersionDownloadRequest, GetVersionDownloadRequest__Output as _client_portal_portal_v1_GetVersionDownloadRequest__Output } from '../../../client_portal/portal/v1/GetVersionDownloadRequest.js';
import type { ListAwaitingMyDecisionRequest as _client_portal_portal_v1_ListAwaitingMyDecisionRequest, ListAwaitingMyDecisionRequest__Output as _client_portal_portal_v1_ListAwaitingMyDecisionRequest__Output } from '../../../client_portal/portal/v1/ListAwaitingMyDecisionRequest.js';
import type { ListDeliverablesRequest as _client_portal_portal_v1_ListDeliverablesRequest, ListDeliverablesRequest__Output as _client_portal_portal_v1_ListDeliverablesRequest__Output } from '../../../client_portal/portal/v1/ListDeliverablesRequest.js';
import type { PublicDeliverableDecision as _client_portal_portal_v1_PublicDeliverableDecision, PublicDeliverableDecision__Output as _client_portal_portal_v1_PublicDeliverableDecision__Output } from '../../../client_portal/portal/v1/PublicDeliverableDecision.js';
import type { RequestVersionUploadRequest as _client_portal_portal_v1_RequestVersionUploadRequest, RequestVersionUploadRequest__Output as _client_portal_portal_v1_RequestVersionUploadRequest__Output } from '../../../client_portal/portal/v1/RequestVersionUploadRequest.js';
import type { VersionDownload as _client_portal_portal_v1_VersionDownload, VersionDownload__Output as _client_portal_portal_v1_VersionDownload__Output } from '../../../client_portal/portal/v1/VersionDownload.js';
import type { VersionUploadTicket as _client_portal_portal_v1_VersionUploadTicket, VersionUploadTicket__Output as _client_portal_portal_v1_VersionUploadTicket__Output } from '../../../client_portal/portal/v1/VersionUploadTicket.js';

export interface DeliverableServiceClient extends grpc.Client {
  /**
   * Staff: the bytes were PUT; the service checks size and type, hashes them and makes the version current,
   * voiding earlier approvals.
   */
  CompleteVersionUpload(argument: _client_portal_portal_v1_CompleteVersionUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  CompleteVersionUpload(argument: _client_portal_portal_v1_CompleteVersionUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  CompleteVersionUpload(argument: _client_portal_portal_v1_CompleteVersionUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  CompleteVersionUpload(argument: _client_portal_portal_v1_CompleteVersionUploadRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff: the bytes were PUT; the service checks size and type, hashes them and makes the version current,
   * voiding earlier approvals.
   */
  completeVersionUpload(argument: _client_portal_portal_v1_CompleteVersionUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  completeVersionUpload(argument: _client_portal_portal_v1_CompleteVersionUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  completeVersionUpload(argument: _client_portal_portal_v1_CompleteVersionUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  completeVersionUpload(argument: _client_portal_portal_v1_CompleteVersionUploadRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (workspaces.share): a new deliverable in a workspace, without a file yet (client users see it
   * once its first version is uploaded). Approvers in order, or none: any client user with "approve".
   */
  CreateDeliverable(argument: _client_portal_portal_v1_CreateDeliverableRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  CreateDeliverable(argument: _client_portal_portal_v1_CreateDeliverableRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  CreateDeliverable(argument: _client_portal_portal_v1_CreateDeliverableRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  CreateDeliverable(argument: _client_portal_portal_v1_CreateDeliverableRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (workspaces.share): a new deliverable in a workspace, without a file yet (client users see it
   * once its first version is uploaded). Approvers in order, or none: any client user with "approve".
   */
  createDeliverable(argument: _client_portal_portal_v1_CreateDeliverableRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  createDeliverable(argument: _client_portal_portal_v1_CreateDeliverableRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  createDeliverable(argument: _client_portal_portal_v1_CreateDeliverableRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  createDeliverable(argument: _client_portal_portal_v1_CreateDeliverableRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  
  /**
   * A client user with "approve" decides on the current version (one decision per approver per version).
   */
  DecideDeliverable(argument: _client_portal_portal_v1_DecideDeliverableRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableDecisionResult__Output>): grpc.ClientUnaryCall;
  DecideDeliverable(argument: _client_portal_portal_v1_DecideDeliverableRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableDecisionResult__Output>): grpc.ClientUnaryCall;
  DecideDeliverable(argument: _client_portal_portal_v1_DecideDeliverableRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableDecisionResult__Output>): grpc.ClientUnaryCall;
  DecideDeliverable(argument: _client_portal_portal_v1_DecideDeliverableRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableDecisionResult__Output>): grpc.ClientUnaryCall;
  /**
   * A client user with "approve" decides on the current version (one decision per approver per version).
   */
  decideDeliverable(argument: _client_portal_portal_v1_DecideDeliverableRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableDecisionResult__Output>): grpc.ClientUnaryCall;
  decideDeliverable(argument: _client_portal_portal_v1_DecideDeliverableRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableDecisionResult__Output>): grpc.ClientUnaryCall;
  decideDeliverable(argument: _client_portal_portal_v1_DecideDeliverableRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableDecisionResult__Output>): grpc.ClientUnaryCall;
  decideDeliverable(argument: _client_portal_portal_v1_DecideDeliverableRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableDecisionResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * One deliverable with its versions and decisions (client users: no internal fields).
   */
  GetDeliverable(argument: _client_portal_portal_v1_GetDeliverableRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  GetDeliverable(argument: _client_portal_portal_v1_GetDeliverableRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  GetDeliverable(argument: _client_portal_portal_v1_GetDeliverableRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  GetDeliverable(argument: _client_portal_portal_v1_GetDeliverableRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  /**
   * One deliverable with its versions and decisions (client users: no internal fields).
   */
  getDeliverable(argument: _client_portal_portal_v1_GetDeliverableRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  getDeliverable(argument: _client_portal_portal_v1_GetDeliverableRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  getDeliverable(argument: _client_portal_portal_v1_GetDeliverableRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  getDeliverable(argument: _client_portal_portal_v1_GetDeliverableRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Public, no principal: what a decision records, by its id (a random UUID).
   */
  GetPublicDeliverableDecision(argument: _client_portal_portal_v1_GetPublicDeliverableDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_PublicDeliverableDecision__Output>): grpc.ClientUnaryCall;
  GetPublicDeliverableDecision(argument: _client_portal_portal_v1_GetPublicDeliverableDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_PublicDeliverableDecision__Output>): grpc.ClientUnaryCall;
  GetPublicDeliverableDecision(argument: _client_portal_portal_v1_GetPublicDeliverableDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_PublicDeliverableDecision__Output>): grpc.ClientUnaryCall;
  GetPublicDeliverableDecision(argument: _client_portal_portal_v1_GetPublicDeliverableDecisionRequest, callback: grpc.requestCallback<_client_portal_portal_v1_PublicDeliverableDecision__Output>): grpc.ClientUnaryCall;
  /**
   * Public, no principal: what a decision records, by its id (a random UUID).
   */
  getPublicDeliverableDecision(argument: _client_portal_portal_v1_GetPublicDeliverableDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_PublicDeliverableDecision__Output>): grpc.ClientUnaryCall;
  getPublicDeliverableDecision(argument: _client_portal_portal_v1_GetPublicDeliverableDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_PublicDeliverableDecision__Output>): grpc.ClientUnaryCall;
  getPublicDeliverableDecision(argument: _client_portal_portal_v1_GetPublicDeliverableDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_PublicDeliverableDecision__Output>): grpc.ClientUnaryCall;
  getPublicDeliverableDecision(argument: _client_portal_portal_v1_GetPublicDeliverableDecisionRequest, callback: grpc.requestCallback<_client_portal_portal_v1_PublicDeliverableDecision__Output>): grpc.ClientUnaryCall;
  
  /**
   * A presigned download URL of one version (staff: any; client users: the current and decided ones).
   */
  GetVersionDownload(argument: _client_portal_portal_v1_GetVersionDownloadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_VersionDownload__Output>): grpc.ClientUnaryCall;
  GetVersionDownload(argument: _client_portal_portal_v1_GetVersionDownloadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_VersionDownload__Output>): grpc.ClientUnaryCall;
  GetVersionDownload(argument: _client_portal_portal_v1_GetVersionDownloadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_VersionDownload__Output>): grpc.ClientUnaryCall;
  GetVersionDownload(argument: _client_portal_portal_v1_GetVersionDownloadRequest, callback: grpc.requestCallback<_client_portal_portal_v1_VersionDownload__Output>): grpc.ClientUnaryCall;
  /**
   * A presigned download URL of one version (staff: any; client users: the current and decided ones).
   */
  getVersionDownload(argument: _client_portal_portal_v1_GetVersionDownloadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_VersionDownload__Output>): grpc.ClientUnaryCall;
  getVersionDownload(argument: _client_portal_portal_v1_GetVersionDownloadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_VersionDownload__Output>): grpc.ClientUnaryCall;
  getVersionDownload(argument: _client_portal_portal_v1_GetVersionDownloadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_VersionDownload__Output>): grpc.ClientUnaryCall;
  getVersionDownload(argument: _client_portal_portal_v1_GetVersionDownloadRequest, callback: grpc.requestCallback<_client_portal_portal_v1_VersionDownload__Output>): grpc.ClientUnaryCall;
  
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
  
  /**
   * A workspace's deliverables, newest first (client users: those with a version, "view" right).
   */
  ListDeliverables(argument: _client_portal_portal_v1_ListDeliverablesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableList__Output>): grpc.ClientUnaryCall;
  ListDeliverables(argument: _client_portal_portal_v1_ListDeliverablesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableList__Output>): grpc.ClientUnaryCall;
  ListDeliverables(argument: _client_portal_portal_v1_ListDeliverablesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableList__Output>): grpc.ClientUnaryCall;
  ListDeliverables(argument: _client_portal_portal_v1_ListDeliverablesRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableList__Output>): grpc.ClientUnaryCall;
  /**
   * A workspace's deliverables, newest first (client users: those with a version, "view" right).
   */
  listDeliverables(argument: _client_portal_portal_v1_ListDeliverablesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableList__Output>): grpc.ClientUnaryCall;
  listDeliverables(argument: _client_portal_portal_v1_ListDeliverablesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableList__Output>): grpc.ClientUnaryCall;
  listDeliverables(argument: _client_portal_portal_v1_ListDeliverablesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableList__Output>): grpc.ClientUnaryCall;
  listDeliverables(argument: _client_portal_portal_v1_ListDeliverablesRequest, callback: grpc.requestCallback<_client_portal_portal_v1_DeliverableList__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff: a presigned PUT URL for the next version's bytes (nothing is visible until completed).
   */
  RequestVersionUpload(argument: _client_portal_portal_v1_RequestVersionUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_VersionUploadTicket__Output>): grpc.ClientUnaryCall;
  RequestVersionUpload(argument: _client_portal_portal_v1_RequestVersionUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_VersionUploadTicket__Output>): grpc.ClientUnaryCall;
  RequestVersionUpload(argument: _client_portal_portal_v1_RequestVersionUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_VersionUploadTicket__Output>): grpc.ClientUnaryCall;
  RequestVersionUpload(argument: _client_portal_portal_v1_RequestVersionUploadRequest, callback: grpc.requestCallback<_client_portal_portal_v1_VersionUploadTicket__Output>): grpc.ClientUnaryCall;
  /**
   * Staff: a presigned PUT URL for the next version's bytes (nothing is visible until completed).
   */
  requestVersionUpload(argument: _client_portal_portal_v1_RequestVersionUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_VersionUploadTicket__Output>): grpc.ClientUnaryCall;
  requestVersionUpload(argument: _client_portal_portal_v1_RequestVersionUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_VersionUploadTicket__Output>): grpc.ClientUnaryCall;
  requestVersionUpload(argument: _client_portal_portal_v1_RequestVersionUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_VersionUploadTicket__Output>): grpc.ClientUnaryCall;
  requestVersionUpload(argument: _client_portal_portal_v1_RequestVersionUploadRequest, callback: grpc.requestCallback<_client_portal_portal_v1_VersionUploadTicket__Output>): grpc.ClientUnaryCall;
  
}

export interface DeliverableServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Staff: the bytes were PUT; the service checks size and type, hashes them and makes the version current,
   * voiding earlier approvals.
   */
  CompleteVersionUpload: grpc.handleUnaryCall<_client_portal_portal_v1_CompleteVersionUploadRequest__Output, _client_portal_portal_v1_DeliverableView>;
  
  /**
   * Staff (workspaces.share): a new deliverable in a workspace, without a file yet (client users see it
   * once its first version is uploaded). Approvers in order, or none: any client user with "approve".
   */
  CreateDeliverable: grpc.handleUnaryCall<_client_portal_portal_v1_CreateDeliverableRequest__Output, _client_portal_portal_v1_DeliverableView>;
  
  /**
   * A client user with "approve" decides on the current version (one decision per approver per version).
   */
  DecideDeliverable: grpc.handleUnaryCall<_client_portal_portal_v1_DecideDeliverableRequest__Output, _client_portal_portal_v1_DeliverableDecisionResult>;
  
  /**
   * One deliverable with its versions and decisions (client users: no internal fields).
   */
  GetDeliverable: grpc.handleUnaryCall<_client_portal_portal_v1_GetDeliverableRequest__Output, _client_portal_portal_v1_DeliverableView>;
  
  /**
   * Public, no principal: what a decision records, by its id (a random UUID).
   */
  GetPublicDeliverableDecision: grpc.handleUnaryCall<_client_portal_portal_v1_GetPublicDeliverableDecisionRequest__Output, _client_portal_portal_v1_PublicDeliverableDecision>;
  
  /**
   * A presigned download URL of one version (staff: any; client users: the current and decided ones).
   */
  GetVersionDownload: grpc.handleUnaryCall<_client_portal_portal_v1_GetVersionDownloadRequest__Output, _client_portal_portal_v1_VersionDownload>;
  
  /**
   * Deliverable versions waiting for the calling client user's decision (they hold "approve" in the
   * workspace and it is their turn when approvers are ordered), oldest first. Staff: empty.
   * Feeds the client home's action inbox.
   */
  ListAwaitingMyDecision: grpc.handleUnaryCall<_client_portal_portal_v1_ListAwaitingMyDecisionRequest__Output, _client_portal_portal_v1_DeliverableSummaryList>;
  
  /**
   * A workspace's deliverables, newest first (client users: those with a version, "view" right).
   */
  ListDeliverables: grpc.handleUnaryCall<_client_portal_portal_v1_ListDeliverablesRequest__Output, _client_portal_portal_v1_DeliverableList>;
  
  /**
   * Staff: a presigned PUT URL for the next version's bytes (nothing is visible until completed).
   */
  RequestVersionUpload: grpc.handleUnaryCall<_client_portal_portal_v1_RequestVersionUploadRequest__Output, _client_portal_portal_v1_VersionUploadTicket>;
  
}

export interface DeliverableServiceDefinition extends grpc.ServiceDefinition {
  CompleteVersionUpload: MethodDefinition<_client_portal_portal_v1_CompleteVersionUploadRequest, _client_portal_portal_v1_DeliverableView, _client_portal_portal_v1_CompleteVersionUploadRequest__Output, _client_portal_portal_v1_DeliverableView__Output>
  CreateDeliverable: MethodDefinition<_client_portal_portal_v1_CreateDeliverableRequest, _client_portal_portal_v1_DeliverableView, _client_portal_portal_v1_CreateDeliverableRequest__Output, _client_portal_portal_v1_DeliverableView__Output>
  DecideDeliverable: MethodDefinition<_client_portal_portal_v1_DecideDeliverableRequest, _client_portal_portal_v1_DeliverableDecisionResult, _client_portal_portal_v1_DecideDeliverableRequest__Output, _client_portal_portal_v1_DeliverableDecisionResult__Output>
  GetDeliverable: MethodDefinition<_client_portal_portal_v1_GetDeliverableRequest, _client_portal_portal_v1_DeliverableView, _client_portal_portal_v1_GetDeliverableRequest__Output, _client_portal_portal_v1_DeliverableView__Output>
  GetPublicDeliverableDecision: MethodDefinition<_client_portal_portal_v1_GetPublicDeliverableDecisionRequest, _client_portal_portal_v1_PublicDeliverableDecision, _client_portal_portal_v1_GetPublicDeliverableDecisionRequest__Output, _client_portal_portal_v1_PublicDeliverableDecision__Output>
  GetVersionDownload: MethodDefinition<_client_portal_portal_v1_GetVersionDownloadRequest, _client_portal_portal_v1_VersionDownload, _client_portal_portal_v1_GetVersionDownloadRequest__Output, _client_portal_portal_v1_VersionDownload__Output>
  ListAwaitingMyDecision: MethodDefinition<_client_portal_portal_v1_ListAwaitingMyDecisionRequest, _client_portal_portal_v1_DeliverableSummaryList, _client_portal_portal_v1_ListAwaitingMyDecisionRequest__Output, _client_portal_portal_v1_DeliverableSummaryList__Output>
  ListDeliverables: MethodDefinition<_client_portal_portal_v1_ListDeliverablesRequest, _client_portal_portal_v1_DeliverableList, _client_portal_portal_v1_ListDeliverablesRequest__Output, _client_portal_portal_v1_DeliverableList__Output>
  RequestVersionUpload: MethodDefinition<_client_portal_portal_v1_RequestVersionUploadRequest, _client_portal_portal_v1_VersionUploadTicket, _client_portal_portal_v1_RequestVersionUploadRequest__Output, _client_portal_portal_v1_VersionUploadTicket__Output>
}
