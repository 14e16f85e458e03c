import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import {
  createGrpcClient,
  findServiceClient,
  type GrpcClient,
  type GrpcClientOptions,
  type UnaryHandler,
} from '@client-portal/kit';
import type { DocumentServiceDefinition } from './generated/client_portal/billing/v1/DocumentService.js';
import type { BillingProfileServiceDefinition } from './generated/client_portal/billing/v1/BillingProfileService.js';
import type { AcceptanceServiceDefinition } from './generated/client_portal/billing/v1/AcceptanceService.js';
import type { CommentServiceDefinition } from './generated/client_portal/billing/v1/CommentService.js';
import type { PaymentServiceDefinition } from './generated/client_portal/billing/v1/PaymentService.js';
import type { RecurringServiceDefinition } from './generated/client_portal/billing/v1/RecurringService.js';
import type { CatalogServiceDefinition } from './generated/client_portal/billing/v1/CatalogService.js';
import type { KpiServiceDefinition } from './generated/client_portal/billing/v1/KpiService.js';
import type { ActivityServiceDefinition } from './generated/client_portal/crm/v1/ActivityService.js';
import type { CrmServiceDefinition } from './generated/client_portal/crm/v1/CrmService.js';
import type { ProjectServiceDefinition } from './generated/client_portal/crm/v1/ProjectService.js';
import type { IdentityServiceDefinition } from './generated/client_portal/identity/v1/IdentityService.js';
import type { MessagingServiceDefinition } from './generated/client_portal/messaging/v1/MessagingService.js';
import type { NotificationServiceDefinition } from './generated/client_portal/notification/v1/NotificationService.js';
import type { PortalServiceDefinition } from './generated/client_portal/portal/v1/PortalService.js';
import type { TaskServiceDefinition } from './generated/client_portal/portal/v1/TaskService.js';
import type { DeliverableServiceDefinition } from './generated/client_portal/portal/v1/DeliverableService.js';
import type { FileServiceDefinition } from './generated/client_portal/portal/v1/FileService.js';
import type { ContentServiceDefinition } from './generated/client_portal/portal/v1/ContentService.js';
import type { PortalSettingsServiceDefinition } from './generated/client_portal/portal/v1/PortalSettingsService.js';
import type { ExternalRoleServiceDefinition } from './generated/client_portal/identity/v1/ExternalRoleService.js';
import type { WorkspaceAccessServiceDefinition } from './generated/client_portal/identity/v1/WorkspaceAccessService.js';
import type { BrandingServiceDefinition } from './generated/client_portal/identity/v1/BrandingService.js';
import type { ViewAsServiceDefinition } from './generated/client_portal/identity/v1/ViewAsService.js';
import type { SecuritySettingsServiceDefinition } from './generated/client_portal/identity/v1/SecuritySettingsService.js';
import type { AccessRevocationServiceDefinition } from './generated/client_portal/identity/v1/AccessRevocationService.js';
import type { JoinLinkServiceDefinition } from './generated/client_portal/identity/v1/JoinLinkService.js';
import type { ClientInvitationServiceDefinition } from './generated/client_portal/identity/v1/ClientInvitationService.js';
import type { ConversationServiceDefinition } from './generated/client_portal/messaging/v1/ConversationService.js';
import type { RecipientDirectoryServiceDefinition } from './generated/client_portal/identity/v1/RecipientDirectoryService.js';
import type { InboxServiceDefinition } from './generated/client_portal/notification/v1/InboxService.js';
import type { MessageActionServiceDefinition } from './generated/client_portal/messaging/v1/MessageActionService.js';
import type { NotificationPreferenceServiceDefinition } from './generated/client_portal/notification/v1/NotificationPreferenceService.js';
import type { NotificationTemplateServiceDefinition } from './generated/client_portal/notification/v1/NotificationTemplateService.js';
import type { PartnerApplicationServiceDefinition } from './generated/client_portal/identity/v1/PartnerApplicationService.js';
import type { PartnerIdempotencyServiceDefinition } from './generated/client_portal/identity/v1/PartnerIdempotencyService.js';
import type { WebhookServiceDefinition } from './generated/client_portal/notification/v1/WebhookService.js';
import { loadContracts } from './index.js';

/**
 * Every gRPC API: its proto file, fully-qualified service name and the deployable (`host`) serving
 * it. A service whose contract grew past one screen serves one API per aggregate (crm: clients,
 * projects, activity); principal tokens are addressed to the host, which verifies them for all its APIs.
 */
export const SERVICES = {
  identity: {
    proto: 'identity/v1/identity.proto',
    name: 'client_portal.identity.v1.IdentityService',
    host: 'identity',
  },
  crm: { proto: 'crm/v1/crm.proto', name: 'client_portal.crm.v1.CrmService', host: 'crm' },
  projects: {
    proto: 'crm/v1/projects.proto',
    name: 'client_portal.crm.v1.ProjectService',
    host: 'crm',
  },
  activity: {
    proto: 'crm/v1/activity.proto',
    name: 'client_portal.crm.v1.ActivityService',
    host: 'crm',
  },
  portal: { proto: 'portal/v1/portal.proto', name: 'client_portal.portal.v1.PortalService', host: 'portal' },
  documents: {
    proto: 'billing/v1/documents.proto',
    name: 'client_portal.billing.v1.DocumentService',
    host: 'billing',
  },
  billingProfile: {
    proto: 'billing/v1/profile.proto',
    name: 'client_portal.billing.v1.BillingProfileService',
    host: 'billing',
  },
  acceptance: {
    proto: 'billing/v1/acceptance.proto',
    name: 'client_portal.billing.v1.AcceptanceService',
    host: 'billing',
  },
  comments: {
    proto: 'billing/v1/comments.proto',
    name: 'client_portal.billing.v1.CommentService',
    host: 'billing',
  },
  payments: {
    proto: 'billing/v1/payments.proto',
    name: 'client_portal.billing.v1.PaymentService',
    host: 'billing',
  },
  recurring: {
    proto: 'billing/v1/recurring.proto',
    name: 'client_portal.billing.v1.RecurringService',
    host: 'billing',
  },
  catalog: {
    proto: 'billing/v1/catalog.proto',
    name: 'client_portal.billing.v1.CatalogService',
    host: 'billing',
  },
  kpis: {
    proto: 'billing/v1/kpis.proto',
    name: 'client_portal.billing.v1.KpiService',
    host: 'billing',
  },
  messaging: {
    proto: 'messaging/v1/messaging.proto',
    name: 'client_portal.messaging.v1.MessagingService',
    host: 'messaging',
  },
  notification: {
    proto: 'notification/v1/notification.proto',
    name: 'client_portal.notification.v1.NotificationService',
    host: 'notification',
  },
  tasks: {
    proto: 'portal/v1/tasks.proto',
    name: 'client_portal.portal.v1.TaskService',
    host: 'portal',
  },
  deliverables: {
    proto: 'portal/v1/deliverables.proto',
    name: 'client_portal.portal.v1.DeliverableService',
    host: 'portal',
  },
  files: {
    proto: 'portal/v1/files.proto',
    name: 'client_portal.portal.v1.FileService',
    host: 'portal',
  },
  content: {
    proto: 'portal/v1/content.proto',
    name: 'client_portal.portal.v1.ContentService',
    host: 'portal',
  },
  portalSettings: {
    proto: 'portal/v1/settings.proto',
    name: 'client_portal.portal.v1.PortalSettingsService',
    host: 'portal',
  },
  workspaceAccess: {
    proto: 'identity/v1/access.proto',
    name: 'client_portal.identity.v1.WorkspaceAccessService',
    host: 'identity',
  },
  branding: {
    proto: 'identity/v1/branding.proto',
    name: 'client_portal.identity.v1.BrandingService',
    host: 'identity',
  },
  viewAs: {
    proto: 'identity/v1/view_as.proto',
    name: 'client_portal.identity.v1.ViewAsService',
    host: 'identity',
  },
  securitySettings: {
    proto: 'identity/v1/security.proto',
    name: 'client_portal.identity.v1.SecuritySettingsService',
    host: 'identity',
  },
  accessRevocation: {
    proto: 'identity/v1/revocation.proto',
    name: 'client_portal.identity.v1.AccessRevocationService',
    host: 'identity',
  },
  joinLinks: {
    proto: 'identity/v1/join_links.proto',
    name: 'client_portal.identity.v1.JoinLinkService',
    host: 'identity',
  },
  clientInvitations: {
    proto: 'identity/v1/invitations.proto',
    name: 'client_portal.identity.v1.ClientInvitationService',
    host: 'identity',
  },
  externalRoles: {
    proto: 'identity/v1/roles.proto',
    name: 'client_portal.identity.v1.ExternalRoleService',
    host: 'identity',
  },
  conversations: {
    proto: 'messaging/v1/conversations.proto',
    name: 'client_portal.messaging.v1.ConversationService',
    host: 'messaging',
  },
  recipientDirectory: {
    proto: 'identity/v1/directory.proto',
    name: 'client_portal.identity.v1.RecipientDirectoryService',
    host: 'identity',
  },
  inbox: {
    proto: 'notification/v1/inbox.proto',
    name: 'client_portal.notification.v1.InboxService',
    host: 'notification',
  },
  messageActions: {
    proto: 'messaging/v1/message_actions.proto',
    name: 'client_portal.messaging.v1.MessageActionService',
    host: 'messaging',
  },
  notificationPreferences: {
    proto: 'notification/v1/preferences.proto',
    name: 'client_portal.notification.v1.NotificationPreferenceService',
    host: 'notification',
  },
  notificationTemplates: {
    proto: 'notification/v1/templates.proto',
    name: 'client_portal.notification.v1.NotificationTemplateService',
    host: 'notification',
  },
  partnerApplications: {
    proto: 'identity/v1/partner_apps.proto',
    name: 'client_portal.identity.v1.PartnerApplicationService',
    host: 'identity',
  },
  partnerIdempotency: {
    proto: 'identity/v1/partner_apps.proto',
    name: 'client_portal.identity.v1.PartnerIdempotencyService',
    host: 'identity',
  },
  webhooks: {
    proto: 'notification/v1/webhooks.proto',
    name: 'client_portal.notification.v1.WebhookService',
    host: 'notification',
  },
} as const;
/** A gRPC API (one proto service). */
export type ServiceName = keyof typeof SERVICES;
/** A deployable: what serves one or more APIs. */
export type HostName = (typeof SERVICES)[ServiceName]['host'];

interface Definitions {
  identity: IdentityServiceDefinition;
  crm: CrmServiceDefinition;
  projects: ProjectServiceDefinition;
  activity: ActivityServiceDefinition;
  portal: PortalServiceDefinition;
  documents: DocumentServiceDefinition;
  billingProfile: BillingProfileServiceDefinition;
  acceptance: AcceptanceServiceDefinition;
  comments: CommentServiceDefinition;
  payments: PaymentServiceDefinition;
  recurring: RecurringServiceDefinition;
  catalog: CatalogServiceDefinition;
  kpis: KpiServiceDefinition;
  messaging: MessagingServiceDefinition;
  notification: NotificationServiceDefinition;
  tasks: TaskServiceDefinition;
  deliverables: DeliverableServiceDefinition;
  files: FileServiceDefinition;
  content: ContentServiceDefinition;
  portalSettings: PortalSettingsServiceDefinition;
  clientInvitations: ClientInvitationServiceDefinition;
  workspaceAccess: WorkspaceAccessServiceDefinition;
  branding: BrandingServiceDefinition;
  viewAs: ViewAsServiceDefinition;
  securitySettings: SecuritySettingsServiceDefinition;
  accessRevocation: AccessRevocationServiceDefinition;
  joinLinks: JoinLinkServiceDefinition;
  externalRoles: ExternalRoleServiceDefinition;
  recipientDirectory: RecipientDirectoryServiceDefinition;
  inbox: InboxServiceDefinition;
  conversations: ConversationServiceDefinition;
  messageActions: MessageActionServiceDefinition;
  notificationPreferences: NotificationPreferenceServiceDefinition;
  notificationTemplates: NotificationTemplateServiceDefinition;
  partnerApplications: PartnerApplicationServiceDefinition;
  partnerIdempotency: PartnerIdempotencyServiceDefinition;
  webhooks: WebhookServiceDefinition;
}

/** What a caller sees: camelCase methods taking the permissive request type, returning the full output type. */
export type ClientApi<Definition> = {
  [
    Method in keyof Definition as string extends Method ? never : Uncapitalize<Method & string>
  ]: Definition[Method] extends MethodDefinition<
    infer Request,
    infer _Response,
    infer _RequestOutput,
    infer ResponseOutput
  >
    ? (request: Request) => ResponseOutput
    : never;
};

/** What a service implements: one async handler per RPC, receiving the defaulted request type. */
export type ServiceHandlers<Definition> = {
  // grpc.ServiceDefinition has a string index signature; only the named RPCs are kept.
  [
    Method in keyof Definition as string extends Method ? never : Method
  ]: Definition[Method] extends MethodDefinition<
    infer _Request,
    infer Response,
    infer RequestOutput,
    infer _ResponseOutput
  >
    ? UnaryHandler<RequestOutput, Response>
    : never;
};

export type ServiceClient<Name extends ServiceName> = GrpcClient<ClientApi<Definitions[Name]>>;
export type HandlersOf<Name extends ServiceName> = ServiceHandlers<Definitions[Name]>;

const loaded = new Map<ServiceName, ReturnType<typeof loadContracts>>();

export function contractOf(name: ServiceName): ReturnType<typeof loadContracts> {
  let contract = loaded.get(name);
  if (!contract) {
    contract = loadContracts([SERVICES[name].proto]);
    loaded.set(name, contract);
  }
  return contract;
}

export function serviceDefinition(name: ServiceName): grpc.ServiceDefinition {
  return findServiceClient(contractOf(name).grpcObject, SERVICES[name].name).service;
}

/** A typed promise client for another service's API; principal tokens it sends are addressed to its host. */
export function createServiceClient<Name extends ServiceName>(
  name: Name,
  address: string,
  options?: GrpcClientOptions,
): ServiceClient<Name> {
  return createGrpcClient<ClientApi<Definitions[Name]>>(
    findServiceClient(contractOf(name).grpcObject, SERVICES[name].name),
    address,
    { audience: SERVICES[name].host, ...options },
  );
}
