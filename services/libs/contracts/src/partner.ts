/**
 * The public partner API's vocabulary (proto/partner/v1), shared by identity (which grants scopes to
 * applications), the gateway (which enforces them per RPC) and the tests: one list, so they cannot drift.
 */
export const PARTNER_PACKAGE = 'client_portal.partner.v1';

/** Every scope an application may hold; each RPC needs exactly one (its proto comment names it). */
export const PARTNER_SCOPES = [
  'clients:read',
  'clients:write',
  'projects:read',
  'workspaces:read',
  'documents:read',
  'documents:write',
  'payments:read',
  'payments:write',
  'messages:read',
  'messages:write',
  'files:read',
] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

export const PARTNER_SERVICES = [
  'ClientService',
  'ProjectService',
  'WorkspaceService',
  'DocumentService',
  'PaymentService',
  'MessageService',
  'FileService',
] as const;
export type PartnerServiceName = (typeof PARTNER_SERVICES)[number];
