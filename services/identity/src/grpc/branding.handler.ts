import { requirePrincipal } from '@client-portal/kit';
import type { BrandingView, HandlersOf } from '@client-portal/contracts';
import type { BrandingService, BrandingWithTenant } from '../application/branding.service.js';

export function toBrandingView({ branding, tenant }: BrandingWithTenant): BrandingView {
  return {
    tenantId: tenant.id,
    tenantSlug: tenant.slug,
    tenantName: tenant.name,
    portalName: branding.portalName,
    primaryColor: branding.primaryColor,
    accentColor: branding.accentColor,
    defaultLanguage: branding.defaultLanguage,
    subdomain: branding.subdomain,
    senderName: branding.senderName,
    replyTo: branding.replyTo,
    logo: branding.logo
      ? {
          contentType: branding.logo.contentType,
          size: branding.logo.size,
          sha256: branding.logo.sha256,
          uploadedAt: branding.logo.uploadedAt.toISOString(),
        }
      : null,
    version: branding.version,
    updatedAt: branding.updatedAt?.toISOString() ?? '',
  };
}

/** BrandingService: the tenant's own reads and writes carry a principal; the public ones none. */
export function brandingHandlers(service: BrandingService): HandlersOf<'branding'> {
  return {
    GetBranding: async (_request, call) => toBrandingView(await service.get(requirePrincipal(call.metadata))),
    UpdateBranding: async (request, call) =>
      toBrandingView(
        await service.update(
          requirePrincipal(call.metadata),
          {
            portalName: request.portalName,
            primaryColor: request.primaryColor,
            accentColor: request.accentColor,
            defaultLanguage: request.defaultLanguage,
            subdomain: request.subdomain,
            senderName: request.senderName,
            replyTo: request.replyTo,
          },
          request.expectedVersion,
        ),
      ),
    SetBrandingLogo: async (request, call) =>
      toBrandingView(
        await service.setLogo(requirePrincipal(call.metadata), request.content, request.expectedVersion),
      ),
    RemoveBrandingLogo: async (request, call) =>
      toBrandingView(await service.removeLogo(requirePrincipal(call.metadata), request.expectedVersion)),
    CheckSubdomain: async (request, call) =>
      service.checkSubdomain(requirePrincipal(call.metadata), request.subdomain),
    GetPublicBranding: async (request) => service.publicBranding(request),
    GetPublicBrandingLogo: async (request) => service.publicLogo(request.slug),
  };
}
