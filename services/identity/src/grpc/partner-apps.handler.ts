import { requirePrincipal } from '@client-portal/kit';
import type { HandlersOf, PartnerApplicationSecret, PartnerApplicationView } from '@client-portal/contracts';
import type { IssuedSecret, PartnerApplicationService } from '../application/partner-application.service.js';
import type { PartnerIdempotencyService } from '../application/partner-idempotency.service.js';
import type { PartnerApplication } from '../domain/partner-application.js';

const iso = (date: Date | null): string => (date ? date.toISOString() : '');

/** The admin's view: never the secret's hash nor Keycloak's internal id. */
function toView(application: PartnerApplication): PartnerApplicationView {
  return {
    id: application.id,
    name: application.name,
    description: application.description,
    clientId: application.clientId,
    scopes: application.scopes,
    rateLimitPerMinute: application.rateLimitPerMinute,
    status: application.status,
    secretHint: application.secretHint,
    createdAt: iso(application.createdAt),
    createdByName: application.createdByName,
    secretRotatedAt: iso(application.secretRotatedAt),
    revokedAt: iso(application.revokedAt),
    lastUsedAt: iso(application.lastUsedAt),
  };
}

function toSecret(issued: IssuedSecret): PartnerApplicationSecret {
  return {
    application: toView(issued.application),
    clientSecret: issued.clientSecret,
    tokenUrl: issued.tokenUrl,
  };
}

/** Partner applications and their idempotency keys (issue 13). */
export function partnerApplicationHandlers(
  applications: PartnerApplicationService,
): HandlersOf<'partnerApplications'> {
  return {
    CreatePartnerApplication: async (request, call) =>
      toSecret(await applications.create(requirePrincipal(call.metadata), request)),
    ListPartnerApplications: async (_request, call) => ({
      applications: (await applications.list(requirePrincipal(call.metadata))).map(toView),
    }),
    GetPartnerApplication: async (request, call) =>
      toView(await applications.get(requirePrincipal(call.metadata), request.id)),
    UpdatePartnerApplication: async (request, call) =>
      toView(await applications.update(requirePrincipal(call.metadata), request.id, request)),
    RotatePartnerSecret: async (request, call) =>
      toSecret(await applications.rotate(requirePrincipal(call.metadata), request.id)),
    RevokePartnerApplication: async (request, call) =>
      toView(await applications.revoke(requirePrincipal(call.metadata), request.id)),
    ResolvePartnerClient: async (request, call) => {
      const application = await applications.resolve(requirePrincipal(call.metadata), request.clientId);
      return {
        applicationId: application.id,
        tenantId: application.tenantId,
        name: application.name,
        scopes: application.scopes,
        status: application.status,
        rateLimitPerMinute: application.rateLimitPerMinute,
        tokensValidAfter: application.tokensValidAfter,
      };
    },
  };
}

export function partnerIdempotencyHandlers(
  keys: PartnerIdempotencyService,
): HandlersOf<'partnerIdempotency'> {
  return {
    ClaimIdempotencyKey: async (request, call) => {
      const claim = await keys.claim(requirePrincipal(call.metadata), request);
      return { outcome: claim.outcome, responseJson: 'responseJson' in claim ? claim.responseJson : '' };
    },
    CompleteIdempotencyKey: async (request, call) => {
      await keys.complete(requirePrincipal(call.metadata), request);
      return {};
    },
    ReleaseIdempotencyKey: async (request, call) => {
      await keys.release(requirePrincipal(call.metadata), request);
      return {};
    },
  };
}
