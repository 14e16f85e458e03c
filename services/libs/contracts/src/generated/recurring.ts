import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateSubscriptionRequest as _client_portal_billing_v1_CreateSubscriptionRequest, CreateSubscriptionRequest__Output as _client_portal_billing_v1_CreateSubscriptionRequest__Output } from './client_portal/billing/v1/CreateSubscriptionRequest.js';
import type { GetReminderScheduleRequest as _client_portal_billing_v1_GetReminderScheduleRequest, GetReminderScheduleRequest__Output as _client_portal_billing_v1_GetReminderScheduleRequest__Output } from './client_portal/billing/v1/GetReminderScheduleRequest.js';
import type { GetSubscriptionRequest as _client_portal_billing_v1_GetSubscriptionRequest, GetSubscriptionRequest__Output as _client_portal_billing_v1_GetSubscriptionRequest__Output } from './client_portal/billing/v1/GetSubscriptionRequest.js';
import type { ListSubscriptionRunsRequest as _client_portal_billing_v1_ListSubscriptionRunsRequest, ListSubscriptionRunsRequest__Output as _client_portal_billing_v1_ListSubscriptionRunsRequest__Output } from './client_portal/billing/v1/ListSubscriptionRunsRequest.js';
import type { ListSubscriptionRunsResponse as _client_portal_billing_v1_ListSubscriptionRunsResponse, ListSubscriptionRunsResponse__Output as _client_portal_billing_v1_ListSubscriptionRunsResponse__Output } from './client_portal/billing/v1/ListSubscriptionRunsResponse.js';
import type { ListSubscriptionsRequest as _client_portal_billing_v1_ListSubscriptionsRequest, ListSubscriptionsRequest__Output as _client_portal_billing_v1_ListSubscriptionsRequest__Output } from './client_portal/billing/v1/ListSubscriptionsRequest.js';
import type { ListSubscriptionsResponse as _client_portal_billing_v1_ListSubscriptionsResponse, ListSubscriptionsResponse__Output as _client_portal_billing_v1_ListSubscriptionsResponse__Output } from './client_portal/billing/v1/ListSubscriptionsResponse.js';
import type { RecurringServiceClient as _client_portal_billing_v1_RecurringServiceClient, RecurringServiceDefinition as _client_portal_billing_v1_RecurringServiceDefinition } from './client_portal/billing/v1/RecurringService.js';
import type { ReminderScheduleView as _client_portal_billing_v1_ReminderScheduleView, ReminderScheduleView__Output as _client_portal_billing_v1_ReminderScheduleView__Output } from './client_portal/billing/v1/ReminderScheduleView.js';
import type { SubscriptionCommandRequest as _client_portal_billing_v1_SubscriptionCommandRequest, SubscriptionCommandRequest__Output as _client_portal_billing_v1_SubscriptionCommandRequest__Output } from './client_portal/billing/v1/SubscriptionCommandRequest.js';
import type { SubscriptionInput as _client_portal_billing_v1_SubscriptionInput, SubscriptionInput__Output as _client_portal_billing_v1_SubscriptionInput__Output } from './client_portal/billing/v1/SubscriptionInput.js';
import type { SubscriptionLine as _client_portal_billing_v1_SubscriptionLine, SubscriptionLine__Output as _client_portal_billing_v1_SubscriptionLine__Output } from './client_portal/billing/v1/SubscriptionLine.js';
import type { SubscriptionRunView as _client_portal_billing_v1_SubscriptionRunView, SubscriptionRunView__Output as _client_portal_billing_v1_SubscriptionRunView__Output } from './client_portal/billing/v1/SubscriptionRunView.js';
import type { SubscriptionView as _client_portal_billing_v1_SubscriptionView, SubscriptionView__Output as _client_portal_billing_v1_SubscriptionView__Output } from './client_portal/billing/v1/SubscriptionView.js';
import type { UpdateReminderScheduleRequest as _client_portal_billing_v1_UpdateReminderScheduleRequest, UpdateReminderScheduleRequest__Output as _client_portal_billing_v1_UpdateReminderScheduleRequest__Output } from './client_portal/billing/v1/UpdateReminderScheduleRequest.js';
import type { UpdateSubscriptionRequest as _client_portal_billing_v1_UpdateSubscriptionRequest, UpdateSubscriptionRequest__Output as _client_portal_billing_v1_UpdateSubscriptionRequest__Output } from './client_portal/billing/v1/UpdateSubscriptionRequest.js';
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
        CreateSubscriptionRequest: MessageTypeDefinition<_client_portal_billing_v1_CreateSubscriptionRequest, _client_portal_billing_v1_CreateSubscriptionRequest__Output>
        GetReminderScheduleRequest: MessageTypeDefinition<_client_portal_billing_v1_GetReminderScheduleRequest, _client_portal_billing_v1_GetReminderScheduleRequest__Output>
        GetSubscriptionRequest: MessageTypeDefinition<_client_portal_billing_v1_GetSubscriptionRequest, _client_portal_billing_v1_GetSubscriptionRequest__Output>
        ListSubscriptionRunsRequest: MessageTypeDefinition<_client_portal_billing_v1_ListSubscriptionRunsRequest, _client_portal_billing_v1_ListSubscriptionRunsRequest__Output>
        ListSubscriptionRunsResponse: MessageTypeDefinition<_client_portal_billing_v1_ListSubscriptionRunsResponse, _client_portal_billing_v1_ListSubscriptionRunsResponse__Output>
        ListSubscriptionsRequest: MessageTypeDefinition<_client_portal_billing_v1_ListSubscriptionsRequest, _client_portal_billing_v1_ListSubscriptionsRequest__Output>
        ListSubscriptionsResponse: MessageTypeDefinition<_client_portal_billing_v1_ListSubscriptionsResponse, _client_portal_billing_v1_ListSubscriptionsResponse__Output>
        RecurringService: SubtypeConstructor<typeof grpc.Client, _client_portal_billing_v1_RecurringServiceClient> & { service: _client_portal_billing_v1_RecurringServiceDefinition }
        ReminderScheduleView: MessageTypeDefinition<_client_portal_billing_v1_ReminderScheduleView, _client_portal_billing_v1_ReminderScheduleView__Output>
        SubscriptionCommandRequest: MessageTypeDefinition<_client_portal_billing_v1_SubscriptionCommandRequest, _client_portal_billing_v1_SubscriptionCommandRequest__Output>
        SubscriptionInput: MessageTypeDefinition<_client_portal_billing_v1_SubscriptionInput, _client_portal_billing_v1_SubscriptionInput__Output>
        SubscriptionLine: MessageTypeDefinition<_client_portal_billing_v1_SubscriptionLine, _client_portal_billing_v1_SubscriptionLine__Output>
        SubscriptionRunView: MessageTypeDefinition<_client_portal_billing_v1_SubscriptionRunView, _client_portal_billing_v1_SubscriptionRunView__Output>
        SubscriptionView: MessageTypeDefinition<_client_portal_billing_v1_SubscriptionView, _client_portal_billing_v1_SubscriptionView__Output>
        UpdateReminderScheduleRequest: MessageTypeDefinition<_client_portal_billing_v1_UpdateReminderScheduleRequest, _client_portal_billing_v1_UpdateReminderScheduleRequest__Output>
        UpdateSubscriptionRequest: MessageTypeDefinition<_client_portal_billing_v1_UpdateSubscriptionRequest, _client_portal_billing_v1_UpdateSubscriptionRequest__Output>
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

