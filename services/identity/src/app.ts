import { producerSchemas } from '@client-portal/events';
import { ServiceRuntime } from '@client-portal/kit';
import { viewAsHandlers } from './grpc/view-as.handler.js';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { BrandingService } from './application/branding.service.js';
import { InvitationService } from './application/invitation.service.js';
import { PrincipalService } from './application/principal.service.js';
import { CodeActivationService } from './application/code-activation.service.js';
import { TeamService } from './application/team.service.js';
import { TenantService } from './application/tenant.service.js';
import { WorkspaceAccessService } from './application/workspace-access.service.js';
import { workspaceAccessHandlers } from './grpc/workspace-access.handler.js';
import { RevocationService } from './application/revocation.service.js';
import { revocationHandlers } from './grpc/revocation.handler.js';
import { ACCESS_LOG_COLLECTION, AccessLogRepository } from './store/access-log.repository.js';
import { JoinLinkService } from './application/join-link.service.js';
import { joinLinkHandlers } from './grpc/join-link.handler.js';
import { JoinLinkRepository } from './store/join-link.repository.js';
import { clientInvitationHandlers } from './grpc/client-invitations.handler.js';
import { identitySubscriptions } from './events/subscriptions.js';
import type { IdentityConfig } from './config.js';
import { brandingHandlers } from './grpc/branding.handler.js';
import { identityHandlers } from './grpc/identity.handler.js';
import { BRANDINGS_COLLECTION, BrandingRepository } from './store/branding.repository.js';
import { EXTERNAL_USERS_COLLECTION, ExternalUserRepository } from './store/external-user.repository.js';
import { INVITATIONS_COLLECTION, InvitationRepository } from './store/invitation.repository.js';
import { KeycloakGateway } from './adapters/keycloak.gateway.js';
import { STAFF_COLLECTION, StaffRepository } from './store/staff.repository.js';
import { TENANTS_COLLECTION, TenantRepository } from './store/tenant.repository.js';
import { SecuritySettingsRepository } from './store/security-settings.repository.js';
import { SecuritySettingsService } from './application/security-settings.service.js';
import { securitySettingsHandlers } from './grpc/security-settings.handler.js';
import { PortalAccessService } from './application/portal-access.service.js';
import { portalAccessHandlers } from './grpc/portal-access.handler.js';
import { PortalAccessRepository } from './store/portal-access.repository.js';
import { RecipientDirectoryService } from './application/recipient-directory.service.js';
import { recipientDirectoryHandlers } from './grpc/recipient-directory.handler.js';
import { PartnerApplicationService } from './application/partner-application.service.js';
import { PartnerIdempotencyService } from './application/partner-idempotency.service.js';
import { partnerApplicationHandlers, partnerIdempotencyHandlers } from './grpc/partner-apps.handler.js';
import { PartnerApplicationRepository } from './store/partner-application.repository.js';
import { PartnerIdempotencyRepository } from './store/partner-idempotency.repository.js';

// The package's entry point also gives the config loader, so a harness can start the service as main.ts does.
export { loadIdentityConfig, type IdentityConfig } from './config.js';

/** Wires identity: runtime → repositories and Keycloak → use cases (tenants, principals, client invitations, team) → gRPC → consumers (crm contacts' mobiles) → SERVING. */
export async function startIdentity(config: IdentityConfig): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'identity',
    config,
    outboxCollections: [
      TENANTS_COLLECTION,
      EXTERNAL_USERS_COLLECTION,
      INVITATIONS_COLLECTION,
      STAFF_COLLECTION,
      BRANDINGS_COLLECTION,
      ACCESS_LOG_COLLECTION,
    ],
    produces: producerSchemas('identity'),
  });
  const tenants = new TenantRepository(runtime.connection);
  const staff = new StaffRepository(runtime.connection);
  const externalUsers = new ExternalUserRepository(runtime.connection);
  const invitations = new InvitationRepository(runtime.connection);
  const brandings = new BrandingRepository(runtime.connection);
  const securitySettings = new SecuritySettingsRepository(runtime.connection);
  const accessLog = new AccessLogRepository(runtime.connection);
  const joinLinks = new JoinLinkRepository(runtime.connection);
  const portalAccess = new PortalAccessRepository(runtime.connection);
  const partnerApplications = new PartnerApplicationRepository(runtime.connection);
  const partnerIdempotencyKeys = new PartnerIdempotencyRepository(runtime.connection);
  await runtime.ensureIndexes([
    tenants,
    staff,
    externalUsers,
    invitations,
    brandings,
    securitySettings,
    accessLog,
    joinLinks,
    portalAccess,
    partnerApplications,
    partnerIdempotencyKeys,
  ]);
  const portalAccessService = new PortalAccessService(portalAccess, externalUsers, invitations);
  const keycloak = new KeycloakGateway(
    {
      url: config.KEYCLOAK_URL,
      realm: config.KEYCLOAK_REALM,
      clientId: config.KEYCLOAK_CLIENT_ID,
      clientSecret: config.KEYCLOAK_CLIENT_SECRET,
    },
    runtime.logger,
  );
  const tenantService = new TenantService(tenants, staff, keycloak, runtime.outbox);
  const securitySettingsService = new SecuritySettingsService(securitySettings);
  const codeActivation = new CodeActivationService(externalUsers, invitations, keycloak, runtime.outbox);
  const principalService = new PrincipalService(
    tenants,
    staff,
    externalUsers,
    (tenantId) => securitySettingsService.stepUpMaxAgeSeconds(tenantId),
    codeActivation,
    portalAccessService,
  );
  const invitationService = new InvitationService(
    tenants,
    staff,
    externalUsers,
    invitations,
    keycloak,
    runtime.outbox,
    config.WEB_URL,
    portalAccessService,
  );
  const teamService = new TeamService(
    tenants,
    staff,
    externalUsers,
    invitations,
    keycloak,
    runtime.outbox,
    config.WEB_URL,
  );
  const workspaceAccessService = new WorkspaceAccessService(
    externalUsers,
    invitations,
    invitationService,
    runtime.outbox,
    accessLog,
    portalAccessService,
  );
  const revocationService = new RevocationService(
    externalUsers,
    staff,
    invitations,
    accessLog,
    keycloak,
    runtime.outbox,
    { webUrl: config.WEB_URL, webClientId: config.KEYCLOAK_WEB_CLIENT_ID },
  );
  const brandingService = new BrandingService(brandings, tenants, runtime.outbox);
  const joinLinkService = new JoinLinkService(
    joinLinks,
    tenants,
    staff,
    externalUsers,
    keycloak,
    runtime.outbox,
    {
      perLink: config.JOIN_LIMIT_PER_LINK,
      perLinkWindowMs: config.JOIN_LIMIT_WINDOW_MINUTES * 60_000,
      perAddress: config.JOIN_LIMIT_PER_ADDRESS,
      perAddressWindowMs: config.JOIN_LIMIT_WINDOW_MINUTES * 60_000,
    },
    portalAccessService,
  );
  // Issue 12: whom to notify (notification service only).
  const recipientDirectory = new RecipientDirectoryService(
    tenants,
    staff,
    externalUsers,
    portalAccessService,
  );
  // Issue 13: partner applications (one Keycloak client each) and the partner API's idempotency keys.
  const partnerApplicationService = new PartnerApplicationService(
    partnerApplications,
    staff,
    keycloak,
    runtime.logger,
  );
  const partnerIdempotencyService = new PartnerIdempotencyService(partnerIdempotencyKeys, runtime.logger);
  await runtime.serveGrpc(
    [
      contractOf('identity').packageDefinition,
      contractOf('workspaceAccess').packageDefinition,
      contractOf('branding').packageDefinition,
      contractOf('viewAs').packageDefinition,
      contractOf('securitySettings').packageDefinition,
      contractOf('accessRevocation').packageDefinition,
      contractOf('joinLinks').packageDefinition,
      contractOf('clientInvitations').packageDefinition,
      contractOf('externalRoles').packageDefinition,
      contractOf('recipientDirectory').packageDefinition,
      contractOf('partnerApplications').packageDefinition,
    ],
    [
      {
        definition: serviceDefinition('identity'),
        handlers: identityHandlers(tenantService, principalService, invitationService, teamService),
      },
      {
        definition: serviceDefinition('workspaceAccess'),
        handlers: workspaceAccessHandlers(workspaceAccessService),
      },
      { definition: serviceDefinition('branding'), handlers: brandingHandlers(brandingService) },
      { definition: serviceDefinition('viewAs'), handlers: viewAsHandlers(principalService) },
      {
        definition: serviceDefinition('securitySettings'),
        handlers: securitySettingsHandlers(securitySettingsService),
      },
      {
        definition: serviceDefinition('accessRevocation'),
        handlers: revocationHandlers(revocationService),
      },
      { definition: serviceDefinition('joinLinks'), handlers: joinLinkHandlers(joinLinkService) },
      {
        definition: serviceDefinition('clientInvitations'),
        handlers: clientInvitationHandlers(invitationService, teamService),
      },
      {
        definition: serviceDefinition('externalRoles'),
        handlers: portalAccessHandlers(portalAccessService),
      },
      {
        definition: serviceDefinition('recipientDirectory'),
        handlers: recipientDirectoryHandlers(recipientDirectory),
      },
      {
        definition: serviceDefinition('partnerApplications'),
        handlers: partnerApplicationHandlers(partnerApplicationService),
      },
      {
        definition: serviceDefinition('partnerIdempotency'),
        handlers: partnerIdempotencyHandlers(partnerIdempotencyService),
      },
    ],
  );
  await runtime.consume(identitySubscriptions(invitationService));
  runtime.ready();
  return runtime;
}
