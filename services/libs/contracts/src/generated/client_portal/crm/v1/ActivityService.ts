// Original file: proto/crm/v1/activity.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddNoteRequest as _client_portal_crm_v1_AddNoteRequest, AddNoteRequest__Output as _client_portal_crm_v1_AddNoteRequest__Output } from '../../../client_portal/crm/v1/AddNoteRequest.js';
import type { ClientMetrics as _client_portal_crm_v1_ClientMetrics, ClientMetrics__Output as _client_portal_crm_v1_ClientMetrics__Output } from '../../../client_portal/crm/v1/ClientMetrics.js';
import type { Dashboard as _client_portal_crm_v1_Dashboard, Dashboard__Output as _client_portal_crm_v1_Dashboard__Output } from '../../../client_portal/crm/v1/Dashboard.js';
import type { DeleteNoteRequest as _client_portal_crm_v1_DeleteNoteRequest, DeleteNoteRequest__Output as _client_portal_crm_v1_DeleteNoteRequest__Output } from '../../../client_portal/crm/v1/DeleteNoteRequest.js';
import type { DeleteNoteResponse as _client_portal_crm_v1_DeleteNoteResponse, DeleteNoteResponse__Output as _client_portal_crm_v1_DeleteNoteResponse__Output } from '../../../client_portal/crm/v1/DeleteNoteResponse.js';
import type { EditNoteRequest as _client_portal_crm_v1_EditNoteRequest, EditNoteRequest__Output as _client_portal_crm_v1_EditNoteRequest__Output } from '../../../client_portal/crm/v1/EditNoteRequest.js';
import type { GetClientMetricsRequest as _client_portal_crm_v1_GetClientMetricsRequest, GetClientMetricsRequest__Output as _client_portal_crm_v1_GetClientMetricsRequest__Output } from '../../../client_portal/crm/v1/GetClientMetricsRequest.js';
import type { GetDashboardRequest as _client_portal_crm_v1_GetDashboardRequest, GetDashboardRequest__Output as _client_portal_crm_v1_GetDashboardRequest__Output } from '../../../client_portal/crm/v1/GetDashboardRequest.js';
import type { ListTimelineRequest as _client_portal_crm_v1_ListTimelineRequest, ListTimelineRequest__Output as _client_portal_crm_v1_ListTimelineRequest__Output } from '../../../client_portal/crm/v1/ListTimelineRequest.js';
import type { ListTimelineResponse as _client_portal_crm_v1_ListTimelineResponse, ListTimelineResponse__Output as _client_portal_crm_v1_ListTimelineResponse__Output } from '../../../client_portal/crm/v1/ListTimelineResponse.js';
import type { TimelineEntry as _client_portal_crm_v1_TimelineEntry, TimelineEntry__Output as _client_portal_crm_v1_TimelineEntry__Output } from '../../../client_portal/crm/v1/TimelineEntry.js';

export interface ActivityServiceClient extends grpc.Client {
  /**
   * Internal notes: any staff member writes; only the author edits or deletes (notes.write).
   */
  AddNote(argument: _client_portal_crm_v1_AddNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  AddNote(argument: _client_portal_crm_v1_AddNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  AddNote(argument: _client_portal_crm_v1_AddNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  AddNote(argument: _client_portal_crm_v1_AddNoteRequest, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  /**
   * Internal notes: any staff member writes; only the author edits or deletes (notes.write).
   */
  addNote(argument: _client_portal_crm_v1_AddNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  addNote(argument: _client_portal_crm_v1_AddNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  addNote(argument: _client_portal_crm_v1_AddNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  addNote(argument: _client_portal_crm_v1_AddNoteRequest, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  
  DeleteNote(argument: _client_portal_crm_v1_DeleteNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteNoteResponse__Output>): grpc.ClientUnaryCall;
  DeleteNote(argument: _client_portal_crm_v1_DeleteNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteNoteResponse__Output>): grpc.ClientUnaryCall;
  DeleteNote(argument: _client_portal_crm_v1_DeleteNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteNoteResponse__Output>): grpc.ClientUnaryCall;
  DeleteNote(argument: _client_portal_crm_v1_DeleteNoteRequest, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteNoteResponse__Output>): grpc.ClientUnaryCall;
  deleteNote(argument: _client_portal_crm_v1_DeleteNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteNoteResponse__Output>): grpc.ClientUnaryCall;
  deleteNote(argument: _client_portal_crm_v1_DeleteNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteNoteResponse__Output>): grpc.ClientUnaryCall;
  deleteNote(argument: _client_portal_crm_v1_DeleteNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteNoteResponse__Output>): grpc.ClientUnaryCall;
  deleteNote(argument: _client_portal_crm_v1_DeleteNoteRequest, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteNoteResponse__Output>): grpc.ClientUnaryCall;
  
  EditNote(argument: _client_portal_crm_v1_EditNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  EditNote(argument: _client_portal_crm_v1_EditNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  EditNote(argument: _client_portal_crm_v1_EditNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  EditNote(argument: _client_portal_crm_v1_EditNoteRequest, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  editNote(argument: _client_portal_crm_v1_EditNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  editNote(argument: _client_portal_crm_v1_EditNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  editNote(argument: _client_portal_crm_v1_EditNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  editNote(argument: _client_portal_crm_v1_EditNoteRequest, callback: grpc.requestCallback<_client_portal_crm_v1_TimelineEntry__Output>): grpc.ClientUnaryCall;
  
  /**
   * A client's figures (metrics.view: manager and above).
   */
  GetClientMetrics(argument: _client_portal_crm_v1_GetClientMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ClientMetrics__Output>): grpc.ClientUnaryCall;
  GetClientMetrics(argument: _client_portal_crm_v1_GetClientMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ClientMetrics__Output>): grpc.ClientUnaryCall;
  GetClientMetrics(argument: _client_portal_crm_v1_GetClientMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ClientMetrics__Output>): grpc.ClientUnaryCall;
  GetClientMetrics(argument: _client_portal_crm_v1_GetClientMetricsRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ClientMetrics__Output>): grpc.ClientUnaryCall;
  /**
   * A client's figures (metrics.view: manager and above).
   */
  getClientMetrics(argument: _client_portal_crm_v1_GetClientMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ClientMetrics__Output>): grpc.ClientUnaryCall;
  getClientMetrics(argument: _client_portal_crm_v1_GetClientMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ClientMetrics__Output>): grpc.ClientUnaryCall;
  getClientMetrics(argument: _client_portal_crm_v1_GetClientMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ClientMetrics__Output>): grpc.ClientUnaryCall;
  getClientMetrics(argument: _client_portal_crm_v1_GetClientMetricsRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ClientMetrics__Output>): grpc.ClientUnaryCall;
  
  /**
   * The agency's home page; money figures only for callers holding metrics.view.
   */
  GetDashboard(argument: _client_portal_crm_v1_GetDashboardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Dashboard__Output>): grpc.ClientUnaryCall;
  GetDashboard(argument: _client_portal_crm_v1_GetDashboardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Dashboard__Output>): grpc.ClientUnaryCall;
  GetDashboard(argument: _client_portal_crm_v1_GetDashboardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Dashboard__Output>): grpc.ClientUnaryCall;
  GetDashboard(argument: _client_portal_crm_v1_GetDashboardRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Dashboard__Output>): grpc.ClientUnaryCall;
  /**
   * The agency's home page; money figures only for callers holding metrics.view.
   */
  getDashboard(argument: _client_portal_crm_v1_GetDashboardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Dashboard__Output>): grpc.ClientUnaryCall;
  getDashboard(argument: _client_portal_crm_v1_GetDashboardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Dashboard__Output>): grpc.ClientUnaryCall;
  getDashboard(argument: _client_portal_crm_v1_GetDashboardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Dashboard__Output>): grpc.ClientUnaryCall;
  getDashboard(argument: _client_portal_crm_v1_GetDashboardRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Dashboard__Output>): grpc.ClientUnaryCall;
  
  /**
   * A client's timeline, newest first (keyset pages); staff only.
   */
  ListTimeline(argument: _client_portal_crm_v1_ListTimelineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  ListTimeline(argument: _client_portal_crm_v1_ListTimelineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  ListTimeline(argument: _client_portal_crm_v1_ListTimelineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  ListTimeline(argument: _client_portal_crm_v1_ListTimelineRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A client's timeline, newest first (keyset pages); staff only.
   */
  listTimeline(argument: _client_portal_crm_v1_ListTimelineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  listTimeline(argument: _client_portal_crm_v1_ListTimelineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  listTimeline(argument: _client_portal_crm_v1_ListTimelineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  listTimeline(argument: _client_portal_crm_v1_ListTimelineRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface ActivityServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Internal notes: any staff member writes; only the author edits or deletes (notes.write).
   */
  AddNote: grpc.handleUnaryCall<_client_portal_crm_v1_AddNoteRequest__Output, _client_portal_crm_v1_TimelineEntry>;
  
  DeleteNote: grpc.handleUnaryCall<_client_portal_crm_v1_DeleteNoteRequest__Output, _client_portal_crm_v1_DeleteNoteResponse>;
  
  EditNote: grpc.handleUnaryCall<_client_portal_crm_v1_EditNoteRequest__Output, _client_portal_crm_v1_TimelineEntry>;
  
  /**
   * A client's figures (metrics.view: manager and above).
   */
  GetClientMetrics: grpc.handleUnaryCall<_client_portal_crm_v1_GetClientMetricsRequest__Output, _client_portal_crm_v1_ClientMetrics>;
  
  /**
   * The agency's home page; money figures only for callers holding metrics.view.
   */
  GetDashboard: grpc.handleUnaryCall<_client_portal_crm_v1_GetDashboardRequest__Output, _client_portal_crm_v1_Dashboard>;
  
  /**
   * A client's timeline, newest first (keyset pages); staff only.
   */
  ListTimeline: grpc.handleUnaryCall<_client_portal_crm_v1_ListTimelineRequest__Output, _client_portal_crm_v1_ListTimelineResponse>;
  
}

export interface ActivityServiceDefinition extends grpc.ServiceDefinition {
  AddNote: MethodDefinition<_client_portal_crm_v1_AddNoteRequest, _client_portal_crm_v1_TimelineEntry, _client_portal_crm_v1_AddNoteRequest__Output, _client_portal_crm_v1_TimelineEntry__Output>
  DeleteNote: MethodDefinition<_client_portal_crm_v1_DeleteNoteRequest, _client_portal_crm_v1_DeleteNoteResponse, _client_portal_crm_v1_DeleteNoteRequest__Output, _client_portal_crm_v1_DeleteNoteResponse__Output>
  EditNote: MethodDefinition<_client_portal_crm_v1_EditNoteRequest, _client_portal_crm_v1_TimelineEntry, _client_portal_crm_v1_EditNoteRequest__Output, _client_portal_crm_v1_TimelineEntry__Output>
  GetClientMetrics: MethodDefinition<_client_portal_crm_v1_GetClientMetricsRequest, _client_portal_crm_v1_ClientMetrics, _client_portal_crm_v1_GetClientMetricsRequest__Output, _client_portal_crm_v1_ClientMetrics__Output>
  GetDashboard: MethodDefinition<_client_portal_crm_v1_GetDashboardRequest, _client_portal_crm_v1_Dashboard, _client_portal_crm_v1_GetDashboardRequest__Output, _client_portal_crm_v1_Dashboard__Output>
  ListTimeline: MethodDefinition<_client_portal_crm_v1_ListTimelineRequest, _client_portal_crm_v1_ListTimelineResponse, _client_portal_crm_v1_ListTimelineRequest__Output, _client_portal_crm_v1_ListTimelineResponse__Output>
}
