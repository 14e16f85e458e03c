// Original file: proto/billing/v1/recurring.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateSubscriptionRequest as _client_portal_billing_v1_CreateSubscriptionRequest, CreateSubscriptionRequest__Output as _client_portal_billing_v1_CreateSubscriptionRequest__Output } from '../../../client_portal/billing/v1/CreateSubscriptionRequest.js';
import type { GetReminderScheduleRequest as _client_portal_billing_v1_GetReminderScheduleRequest, GetReminderScheduleRequest__Output as _client_portal_billing_v1_GetReminderScheduleRequest__Output } from '../../../client_portal/billing/v1/GetReminderScheduleRequest.js';
import type { GetSubscriptionRequest as _client_portal_billing_v1_GetSubscriptionRequest, GetSubscriptionRequest__Output as _client_portal_billing_v1_GetSubscriptionRequest__Output } from '../../../client_portal/billing/v1/GetSubscriptionRequest.js';
import type { ListSubscriptionRunsRequest as _client_portal_billing_v1_ListSubscriptionRunsRequest, ListSubscriptionRunsRequest__Output as _client_portal_billing_v1_ListSubscriptionRunsRequest__Output } from '../../../client_portal/billing/v1/ListSubscriptionRunsRequest.js';
import type { ListSubscriptionRunsResponse as _client_portal_billing_v1_ListSubscriptionRunsResponse, ListSubscriptionRunsResponse__Output as _client_portal_billing_v1_ListSubscriptionRunsResponse__Output } from '../../../client_portal/billing/v1/ListSubscriptionRunsResponse.js';
import type { ListSubscriptionsRequest as _client_portal_billing_v1_ListSubscriptionsRequest, ListSubscriptionsRequest__Output as _client_portal_billing_v1_ListSubscriptionsRequest__Output } from '../../../client_portal/billing/v1/ListSubscriptionsRequest.js';
import type { ListSubscriptionsResponse as _client_portal_billing_v1_ListSubscriptionsResponse, ListSubscriptionsResponse__Output as _client_portal_billing_v1_ListSubscriptionsResponse__Output } from '../../../client_portal/billing/v1/ListSubscriptionsResponse.js';
import type { ReminderScheduleView as _client_portal_billing_v1_ReminderScheduleView, ReminderScheduleView__Output as _client_portal_billing_v1_ReminderScheduleView__Output } from '../../../client_portal/billing/v1/ReminderScheduleView.js';
import type { SubscriptionCommandRequest as _client_portal_billing_v1_SubscriptionCommandRequest, SubscriptionCommandRequest__Output as _client_portal_billing_v1_SubscriptionCommandRequest__Output } from '../../../client_portal/billing/v1/SubscriptionCommandRequest.js';
import type { SubscriptionView as _client_portal_billing_v1_SubscriptionView, SubscriptionView__Output as _client_portal_billing_v1_SubscriptionView__Output } from '../../../client_portal/billing/v1/SubscriptionView.js';
import type { UpdateReminderScheduleRequest as _client_portal_billing_v1_UpdateReminderScheduleRequest, UpdateReminderScheduleRequest__Output as _client_portal_billing_v1_UpdateReminderScheduleRequest__Output } from '../../../client_portal/billing/v1/UpdateReminderScheduleRequest.js';
import type { UpdateSubscriptionRequest as _client_portal_billing_v1_UpdateSubscriptionRequest, UpdateSubscriptionRequest__Output as _client_portal_billing_v1_UpdateSubscriptionRequest__Output } from '../../../client_portal/billing/v1/UpdateSubscriptionRequest.js';

export interface RecurringServiceClient extends grpc.Client {
  /**
   * Staff with documents.edit: final; the invoices already issued stay.
   */
  CancelSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  CancelSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  CancelSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  CancelSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with documents.edit: final; the invoices already issued stay.
   */
  cancelSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  cancelSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  cancelSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  cancelSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with documents.edit: a recurring invoice for a client.
   */
  CreateSubscription(argument: _client_portal_billing_v1_CreateSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  CreateSubscription(argument: _client_portal_billing_v1_CreateSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  CreateSubscription(argument: _client_portal_billing_v1_CreateSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  CreateSubscription(argument: _client_portal_billing_v1_CreateSubscriptionRequest, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with documents.edit: a recurring invoice for a client.
   */
  createSubscription(argument: _client_portal_billing_v1_CreateSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  createSubscription(argument: _client_portal_billing_v1_CreateSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  createSubscription(argument: _client_portal_billing_v1_CreateSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  createSubscription(argument: _client_portal_billing_v1_CreateSubscriptionRequest, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with billing.view: the tenant's overdue-reminder schedule (the default when never set).
   */
  GetReminderSchedule(argument: _client_portal_billing_v1_GetReminderScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  GetReminderSchedule(argument: _client_portal_billing_v1_GetReminderScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  GetReminderSchedule(argument: _client_portal_billing_v1_GetReminderScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  GetReminderSchedule(argument: _client_portal_billing_v1_GetReminderScheduleRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with billing.view: the tenant's overdue-reminder schedule (the default when never set).
   */
  getReminderSchedule(argument: _client_portal_billing_v1_GetReminderScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  getReminderSchedule(argument: _client_portal_billing_v1_GetReminderScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  getReminderSchedule(argument: _client_portal_billing_v1_GetReminderScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  getReminderSchedule(argument: _client_portal_billing_v1_GetReminderScheduleRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with billing.view; a client user only their own client's (another client's: NOT_FOUND).
   */
  GetSubscription(argument: _client_portal_billing_v1_GetSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  GetSubscription(argument: _client_portal_billing_v1_GetSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  GetSubscription(argument: _client_portal_billing_v1_GetSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  GetSubscription(argument: _client_portal_billing_v1_GetSubscriptionRequest, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with billing.view; a client user only their own client's (another client's: NOT_FOUND).
   */
  getSubscription(argument: _client_portal_billing_v1_GetSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  getSubscription(argument: _client_portal_billing_v1_GetSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  getSubscription(argument: _client_portal_billing_v1_GetSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  getSubscription(argument: _client_portal_billing_v1_GetSubscriptionRequest, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  
  /**
   * The periods a subscription issued (or is issuing), newest first, with their invoices.
   */
  ListSubscriptionRuns(argument: _client_portal_billing_v1_ListSubscriptionRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionRunsResponse__Output>): grpc.ClientUnaryCall;
  ListSubscriptionRuns(argument: _client_portal_billing_v1_ListSubscriptionRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionRunsResponse__Output>): grpc.ClientUnaryCall;
  ListSubscriptionRuns(argument: _client_portal_billing_v1_ListSubscriptionRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionRunsResponse__Output>): grpc.ClientUnaryCall;
  ListSubscriptionRuns(argument: _client_portal_billing_v1_ListSubscriptionRunsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionRunsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The periods a subscription issued (or is issuing), newest first, with their invoices.
   */
  listSubscriptionRuns(argument: _client_portal_billing_v1_ListSubscriptionRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionRunsResponse__Output>): grpc.ClientUnaryCall;
  listSubscriptionRuns(argument: _client_portal_billing_v1_ListSubscriptionRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionRunsResponse__Output>): grpc.ClientUnaryCall;
  listSubscriptionRuns(argument: _client_portal_billing_v1_ListSubscriptionRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionRunsResponse__Output>): grpc.ClientUnaryCall;
  listSubscriptionRuns(argument: _client_portal_billing_v1_ListSubscriptionRunsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionRunsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The tenant's or one client's subscriptions; a client user sees their own client's only.
   */
  ListSubscriptions(argument: _client_portal_billing_v1_ListSubscriptionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  ListSubscriptions(argument: _client_portal_billing_v1_ListSubscriptionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  ListSubscriptions(argument: _client_portal_billing_v1_ListSubscriptionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  ListSubscriptions(argument: _client_portal_billing_v1_ListSubscriptionsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The tenant's or one client's subscriptions; a client user sees their own client's only.
   */
  listSubscriptions(argument: _client_portal_billing_v1_ListSubscriptionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  listSubscriptions(argument: _client_portal_billing_v1_ListSubscriptionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  listSubscriptions(argument: _client_portal_billing_v1_ListSubscriptionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  listSubscriptions(argument: _client_portal_billing_v1_ListSubscriptionsRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with documents.edit: no period is issued while paused.
   */
  PauseSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  PauseSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  PauseSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  PauseSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with documents.edit: no period is issued while paused.
   */
  pauseSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  pauseSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  pauseSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  pauseSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with documents.edit: issuing goes on from the first period not yet past.
   */
  ResumeSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  ResumeSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  ResumeSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  ResumeSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with documents.edit: issuing goes on from the first period not yet past.
   */
  resumeSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  resumeSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  resumeSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  resumeSubscription(argument: _client_portal_billing_v1_SubscriptionCommandRequest, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with billing.configure.
   */
  UpdateReminderSchedule(argument: _client_portal_billing_v1_UpdateReminderScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  UpdateReminderSchedule(argument: _client_portal_billing_v1_UpdateReminderScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  UpdateReminderSchedule(argument: _client_portal_billing_v1_UpdateReminderScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  UpdateReminderSchedule(argument: _client_portal_billing_v1_UpdateReminderScheduleRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with billing.configure.
   */
  updateReminderSchedule(argument: _client_portal_billing_v1_UpdateReminderScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  updateReminderSchedule(argument: _client_portal_billing_v1_UpdateReminderScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  updateReminderSchedule(argument: _client_portal_billing_v1_UpdateReminderScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  updateReminderSchedule(argument: _client_portal_billing_v1_UpdateReminderScheduleRequest, callback: grpc.requestCallback<_client_portal_billing_v1_ReminderScheduleView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with documents.edit: changes apply to the periods not issued yet (optimistic concurrency).
   */
  UpdateSubscription(argument: _client_portal_billing_v1_UpdateSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  UpdateSubscription(argument: _client_portal_billing_v1_UpdateSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  UpdateSubscription(argument: _client_portal_billing_v1_UpdateSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  UpdateSubscription(argument: _client_portal_billing_v1_UpdateSubscriptionRequest, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with documents.edit: changes apply to the periods not issued yet (optimistic concurrency).
   */
  updateSubscription(argument: _client_portal_billing_v1_UpdateSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  updateSubscription(argument: _client_portal_billing_v1_UpdateSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  updateSubscription(argument: _client_portal_billing_v1_UpdateSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  updateSubscription(argument: _client_portal_billing_v1_UpdateSubscriptionRequest, callback: grpc.requestCallback<_client_portal_billing_v1_SubscriptionView__Output>): grpc.ClientUnaryCall;
  
}

export interface RecurringServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Staff with documents.edit: final; the invoices already issued stay.
   */
  CancelSubscription: grpc.handleUnaryCall<_client_portal_billing_v1_SubscriptionCommandRequest__Output, _client_portal_billing_v1_SubscriptionView>;
  
  /**
   * Staff with documents.edit: a recurring invoice for a client.
   */
  CreateSubscription: grpc.handleUnaryCall<_client_portal_billing_v1_CreateSubscriptionRequest__Output, _client_portal_billing_v1_SubscriptionView>;
  
  /**
   * Staff with billing.view: the tenant's overdue-reminder schedule (the default when never set).
   */
  GetReminderSchedule: grpc.handleUnaryCall<_client_portal_billing_v1_GetReminderScheduleRequest__Output, _client_portal_billing_v1_ReminderScheduleView>;
  
  /**
   * Staff with billing.view; a client user only their own client's (another client's: NOT_FOUND).
   */
  GetSubscription: grpc.handleUnaryCall<_client_portal_billing_v1_GetSubscriptionRequest__Output, _client_portal_billing_v1_SubscriptionView>;
  
  /**
   * The periods a subscription issued (or is issuing), newest first, with their invoices.
   */
  ListSubscriptionRuns: grpc.handleUnaryCall<_client_portal_billing_v1_ListSubscriptionRunsRequest__Output, _client_portal_billing_v1_ListSubscriptionRunsResponse>;
  
  /**
   * The tenant's or one client's subscriptions; a client user sees their own client's only.
   */
  ListSubscriptions: grpc.handleUnaryCall<_client_portal_billing_v1_ListSubscriptionsRequest__Output, _client_portal_billing_v1_ListSubscriptionsResponse>;
  
  /**
   * Staff with documents.edit: no period is issued while paused.
   */
  PauseSubscription: grpc.handleUnaryCall<_client_portal_billing_v1_SubscriptionCommandRequest__Output, _client_portal_billing_v1_SubscriptionView>;
  
  /**
   * Staff with documents.edit: issuing goes on from the first period not yet past.
   */
  ResumeSubscription: grpc.handleUnaryCall<_client_portal_billing_v1_SubscriptionCommandRequest__Output, _client_portal_billing_v1_SubscriptionView>;
  
  /**
   * Staff with billing.configure.
   */
  UpdateReminderSchedule: grpc.handleUnaryCall<_client_portal_billing_v1_UpdateReminderScheduleRequest__Output, _client_portal_billing_v1_ReminderScheduleView>;
  
  /**
   * Staff with documents.edit: changes apply to the periods not issued yet (optimistic concurrency).
   */
  UpdateSubscription: grpc.handleUnaryCall<_client_portal_billing_v1_UpdateSubscriptionRequest__Output, _client_portal_billing_v1_SubscriptionView>;
  
}

export interface RecurringServiceDefinition extends grpc.ServiceDefinition {
  CancelSubscription: MethodDefinition<_client_portal_billing_v1_SubscriptionCommandRequest, _client_portal_billing_v1_SubscriptionView, _client_portal_billing_v1_SubscriptionCommandRequest__Output, _client_portal_billing_v1_SubscriptionView__Output>
  CreateSubscription: MethodDefinition<_client_portal_billing_v1_CreateSubscriptionRequest, _client_portal_billing_v1_SubscriptionView, _client_portal_billing_v1_CreateSubscriptionRequest__Output, _client_portal_billing_v1_SubscriptionView__Output>
  GetReminderSchedule: MethodDefinition<_client_portal_billing_v1_GetReminderScheduleRequest, _client_portal_billing_v1_ReminderScheduleView, _client_portal_billing_v1_GetReminderScheduleRequest__Output, _client_portal_billing_v1_ReminderScheduleView__Output>
  GetSubscription: MethodDefinition<_client_portal_billing_v1_GetSubscriptionRequest, _client_portal_billing_v1_SubscriptionView, _client_portal_billing_v1_GetSubscriptionRequest__Output, _client_portal_billing_v1_SubscriptionView__Output>
  ListSubscriptionRuns: MethodDefinition<_client_portal_billing_v1_ListSubscriptionRunsRequest, _client_portal_billing_v1_ListSubscriptionRunsResponse, _client_portal_billing_v1_ListSubscriptionRunsRequest__Output, _client_portal_billing_v1_ListSubscriptionRunsResponse__Output>
  ListSubscriptions: MethodDefinition<_client_portal_billing_v1_ListSubscriptionsRequest, _client_portal_billing_v1_ListSubscriptionsResponse, _client_portal_billing_v1_ListSubscriptionsRequest__Output, _client_portal_billing_v1_ListSubscriptionsResponse__Output>
  PauseSubscription: MethodDefinition<_client_portal_billing_v1_SubscriptionCommandRequest, _client_portal_billing_v1_SubscriptionView, _client_portal_billing_v1_SubscriptionCommandRequest__Output, _client_portal_billing_v1_SubscriptionView__Output>
  ResumeSubscription: MethodDefinition<_client_portal_billing_v1_SubscriptionCommandRequest, _client_portal_billing_v1_SubscriptionView, _client_portal_billing_v1_SubscriptionCommandRequest__Output, _client_portal_billing_v1_SubscriptionView__Output>
  UpdateReminderSchedule: MethodDefinition<_client_portal_billing_v1_UpdateReminderScheduleRequest, _client_portal_billing_v1_ReminderScheduleView, _client_portal_billing_v1_UpdateReminderScheduleRequest__Output, _client_portal_billing_v1_ReminderScheduleView__Output>
  UpdateSubscription: MethodDefinition<_client_portal_billing_v1_UpdateSubscriptionRequest, _client_portal_billing_v1_SubscriptionView, _client_portal_billing_v1_UpdateSubscriptionRequest__Output, _client_portal_billing_v1_SubscriptionView__Output>
}
