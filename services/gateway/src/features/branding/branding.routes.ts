import type { Request } from 'express';
import { z } from 'zod';
import { DomainError, FIELD_LIMITS } from '@client-portal/kit';
import { binary, defineRoute, named } from '../../http/route.js';

/** identity refuses anything larger too; the gateway stops reading at the limit instead of buffering more. */
const MAX_LOGO_BYTES = 512 * 1024;

const languageSchema = z.enum(['en', 'fr', 'es', 'pt']);

const brandingSchema = named(
  'Branding',
  z.object({
    tenantId: z.string(),
    tenantSlug: z.string(),
    tenantName: z.string(),
    portalName: z.string().meta({ description: "Empty: the tenant's name is shown" }),
    primaryColor: z.string().meta({ description: '#rrggbb; white text on it reaches 4.5:1' }),
    accentColor: z.string().meta({ description: '#rrggbb; on white it reaches 4.5:1' }),
    defaultLanguage: languageSchema,
    subdomain: z.string().meta({ description: 'Empty: none claimed' }),
    senderName: z
      .string()
      .meta({ description: "The From name of the tenant's e-mails; empty: the portal's name" }),
    replyTo: z.string().meta({ description: "Where answers to the tenant's e-mails go; empty: none" }),
    logo: named(
      'BrandingLogoInfo',
      z.object({
        contentType: z.enum(['image/png', 'image/jpeg']),
        size: z.number().int(),
        sha256: z.string(),
        uploadedAt: z.string(),
      }),
    ).nullable(),
    version: z.number().int().meta({ description: '0 until the branding is first saved' }),
    updatedAt: z.string(),
    publicPath: z
      .string()
      .meta({ description: 'The public portal page, relative to the web app: /p/<slug>' }),
    subdomainUrl: z
      .string()
      .meta({ description: 'https://<subdomain>.<portal domain>/ when a sub-domain is claimed, else empty' }),
    logoUrl: z
      .string()
      .meta({ description: 'The public logo URL (relative to the origin), empty without a logo' }),
  }),
);

const publicBrandingSchema = named(
  'PublicBranding',
  z.object({
    slug: z.string(),
    name: z.string(),
    primaryColor: z.string(),
    accentColor: z.string(),
    defaultLanguage: languageSchema,
    logoUrl: z.string().meta({ description: 'Relative to the origin; empty without a logo' }),
  }),
);

/** The public logo's URL: the hash makes it a new URL whenever the logo changes, so it may be cached for good. */
export function publicLogoPath(slug: string, sha256: string): string {
  return sha256 ? `/api/branding/logos/${encodeURIComponent(slug)}?v=${sha256.slice(0, 16)}` : '';
}

/** The sub-domain a request's Host names under the portal domain (`acme.portal.localhost` → `acme`). */
export function subdomainOfHost(hostname: string, portalDomain: string): string {
  if (!portalDomain) return '';
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const suffix = `.${portalDomain}`;
  if (!host.endsWith(suffix)) return '';
  const label = host.slice(0, -suffix.length);
  return /^[a-z0-9-]+$/.test(label) ? label : '';
}

async function readLogo(request: Request): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_LOGO_BYTES)
      throw DomainError.invalid('The logo is larger than 512 KB', [
        { field: 'logo', code: 'too_big', message: 'At most 512 KB' },
      ]);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

interface BrandingAnswer {
  tenantSlug: string;
  subdomain: string;
  logo: { sha256: string } | null;
}

function withUrls<B extends BrandingAnswer>(branding: B, portalDomain: string | undefined) {
  return {
    ...branding,
    publicPath: `/p/${branding.tenantSlug}`,
    subdomainUrl: branding.subdomain && portalDomain ? `https://${branding.subdomain}.${portalDomain}/` : '',
    logoUrl: publicLogoPath(branding.tenantSlug, branding.logo?.sha256 ?? ''),
  };
}

/**
 * The tenant's branding (issue 10): read by everyone of the tenant, changed by staff with
 * portal.configure; a public projection (by sub-domain, slug or the request's Host) and the logo's
 * bytes for the public portal page, the Keycloak login theme and e-mails.
 */
export const brandingRoutes = [
  defineRoute({
    method: 'get',
    path: '/branding',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: "The tenant's branding",
    tags: ['branding'],
    response: brandingSchema,
    handler: async ({ onBehalf }, { backends, portalDomain }) =>
      withUrls(await backends.branding.getBranding({}, onBehalf), portalDomain),
  }),
  defineRoute({
    method: 'put',
    path: '/branding',
    access: { permission: 'portal.configure' },
    summary: "Save the tenant's branding",
    description:
      'The whole branding is sent on each save (an absent senderName or replyTo clears it). Colours are #RRGGBB: white text on the primary colour and the accent colour on white must reach the WCAG AA ratio 4.5:1 (the refusal names the field and the measured ratio). The sub-domain is a DNS label of 3 to 63 characters, not reserved and not taken (409). expectedVersion: the version read; a save in between answers 409.',
    tags: ['branding'],
    body: named(
      'UpdateBranding',
      z.object({
        portalName: z.string().meta({ maxLength: FIELD_LIMITS.identity.portalName }).default(''),
        primaryColor: z.string(),
        accentColor: z.string(),
        defaultLanguage: z.string(),
        subdomain: z.string().max(FIELD_LIMITS.identity.subdomain).default(''),
        senderName: z.string().meta({ maxLength: FIELD_LIMITS.identity.senderName }).default('').meta({
          description:
            "The From name of the tenant's e-mails, at most 100 characters; empty: the portal's name",
        }),
        replyTo: z
          .string()
          .meta({ maxLength: FIELD_LIMITS.identity.replyTo })
          .default('')
          .meta({ description: 'An e-mail address for answers; empty: none' }),
        expectedVersion: z.number().int().min(0),
      }),
    ),
    response: brandingSchema,
    handler: async ({ body, onBehalf }, { backends, portalDomain }) =>
      withUrls(await backends.branding.updateBranding(body, onBehalf), portalDomain),
  }),
  defineRoute({
    method: 'put',
    path: '/branding/logo',
    access: { permission: 'portal.configure' },
    summary: 'Upload the portal logo',
    description:
      'The request body is the image itself (PNG or JPEG, at most 512 KB), sent as image/png, image/jpeg or application/octet-stream; the type is recognised from the bytes, never the name.',
    tags: ['branding'],
    body: named(
      'BrandingLogoUpload',
      z.object({}).meta({
        description:
          'Not JSON: the request body is the image itself (image/png, image/jpeg or application/octet-stream)',
      }),
    ),
    response: brandingSchema,
    handler: async ({ request, onBehalf }, { backends, portalDomain }) => {
      const content = await readLogo(request);
      return withUrls(
        await backends.branding.setBrandingLogo({ content, expectedVersion: 0 }, onBehalf),
        portalDomain,
      );
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/branding/logo',
    access: { permission: 'portal.configure' },
    summary: 'Remove the portal logo',
    tags: ['branding'],
    response: brandingSchema,
    handler: async ({ onBehalf }, { backends, portalDomain }) =>
      withUrls(await backends.branding.removeBrandingLogo({ expectedVersion: 0 }, onBehalf), portalDomain),
  }),
  defineRoute({
    method: 'get',
    path: '/branding/subdomains/:subdomain',
    access: { permission: 'portal.configure' },
    summary: 'Whether a sub-domain can be claimed',
    tags: ['branding'],
    params: z.object({ subdomain: z.string().max(100) }),
    response: named(
      'SubdomainAvailability',
      z.object({
        subdomain: z.string(),
        available: z.boolean(),
        reason: z.enum(['', 'too_short', 'too_long', 'invalid_format', 'reserved', 'taken']),
        message: z.string(),
      }),
    ),
    handler: ({ params, onBehalf }, { backends }) =>
      backends.branding.checkSubdomain({ subdomain: params.subdomain }, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/public/branding',
    access: 'anonymous',
    summary: "A portal's public branding: name, logo URL, colours, language",
    description:
      "No login. By sub-domain or tenant slug; with neither, the tenant whose sub-domain the request's Host names (`<label>.<portal domain>`). Unknown: 404. Nothing else of the tenant is revealed.",
    tags: ['branding'],
    query: z.object({
      subdomain: z.string().max(63).optional(),
      slug: z.string().max(63).optional(),
    }),
    response: publicBrandingSchema,
    handler: async ({ query, request, response }, { backends, portalDomain }) => {
      const subdomain =
        query.subdomain ?? (query.slug ? '' : subdomainOfHost(request.hostname, portalDomain ?? ''));
      if (!subdomain && !query.slug) throw DomainError.notFound('Portal');
      const found = await backends.branding.getPublicBranding({ subdomain, slug: query.slug ?? '' });
      // Short: a change of colours shows within minutes on login pages without a reload storm.
      response.setHeader('cache-control', 'public, max-age=60');
      // The Keycloak login theme reads it from Keycloak's origin: public data, any origin may.
      response.setHeader('access-control-allow-origin', '*');
      return {
        slug: found.slug,
        name: found.name,
        primaryColor: found.primaryColor,
        accentColor: found.accentColor,
        defaultLanguage: found.defaultLanguage,
        logoUrl: publicLogoPath(found.slug, found.logoSha256),
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/branding/logos/:slug',
    access: 'anonymous',
    summary: "A portal's logo image (public)",
    description:
      'No login (e-mails, the login page and <img> tags carry no token). With ?v=<hash prefix> (the URL every answer gives), cached for a year: a new logo is a new URL.',
    tags: ['branding'],
    params: z.object({ slug: z.string().max(63) }),
    query: z.object({ v: z.string().max(64).optional() }),
    response: binary('image/png', 'The logo: image/png or image/jpeg'),
    handler: async ({ params, query, request, response }, { backends }) => {
      const logo = await backends.branding.getPublicBrandingLogo({ slug: params.slug });
      const etag = `"${logo.sha256}"`;
      const current = query.v !== undefined && logo.sha256.startsWith(query.v);
      response.setHeader(
        'cache-control',
        current ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      );
      response.setHeader('etag', etag);
      response.setHeader('x-content-type-options', 'nosniff');
      if (request.get('if-none-match') === etag) {
        response.status(304);
        return { bytes: new Uint8Array(), filename: 'logo', contentType: logo.contentType };
      }
      const extension = logo.contentType === 'image/jpeg' ? 'jpg' : 'png';
      return { bytes: logo.content, filename: `logo.${extension}`, contentType: logo.contentType };
    },
  }),
];
