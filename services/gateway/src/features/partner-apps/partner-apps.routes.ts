import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { PARTNER_SCOPES } from '../../partner/contract.js';
import { idParams } from '../shared/shared.schemas.js';

const partnerAppSchema = named(
  'PartnerApp',
  z.object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    clientId: z
      .string()
      .meta({ description: 'The OAuth client id the application asks its tokens with (partner-<12 hex>)' }),
    scopes: z.array(z.string()),
    rateLimitPerMinute: z.number().int(),
    status: z.enum(['active', 'revoked']),
    secretHint: z.string().meta({ description: 'The first 4 characters of the current secret' }),
    createdAt: z.string(),
    createdByName: z.string(),
    secretRotatedAt: z.string().meta({ description: "'' until the first rotation" }),
    revokedAt: z.string(),
    lastUsedAt: z
      .string()
      .meta({ description: "When a token of the application was last accepted (±1 min); '' if never" }),
  }),
);

const partnerAppSecretSchema = named(
  'PartnerAppSecret',
  z.object({
    application: partnerAppSchema,
    clientSecret: z.string().meta({ description: 'Shown this once: only its hash is kept' }),
    tokenUrl: z.string().meta({ description: 'Where to ask tokens (client-credentials grant)' }),
  }),
);

const partnerAppInput = z.object({
  name: z
    .string({ message: 'Name the application' })
    .meta({ maxLength: FIELD_LIMITS.identity.partnerAppName }),
  description: z.string().meta({ maxLength: FIELD_LIMITS.identity.partnerAppDescription }).optional(),
  scopes: z
    .array(z.string().max(FIELD_LIMITS.common.code), { message: 'Choose at least one scope' })
    .max(FIELD_LIMITS.common.idList),
  rateLimitPerMinute: z
    .number()
    .int()
    .optional()
    .meta({ description: 'Calls per minute, 10..6000; 0 or absent: 600' }),
});

/** The request identity takes for both creating and changing an application (defaults spelt out). */
function applicationInput(body: z.infer<typeof partnerAppInput>) {
  return {
    name: body.name,
    description: body.description ?? '',
    scopes: body.scopes,
    rateLimitPerMinute: body.rateLimitPerMinute ?? 0,
  };
}

const appParams = idParams('appId');
const emptyBody = z.object({}).meta({ description: 'Nothing to send' });
// Admins and owners (identity refuses anyone else too).
const admins = { permission: 'portal.configure' } as const;

type PartnerAppView = z.infer<typeof partnerAppSchema>;
type PartnerAppSecret = z.infer<typeof partnerAppSecretSchema>;

function toApp(view: Omit<PartnerAppView, 'status'> & { status: string }): PartnerAppView {
  return { ...view, status: view.status === 'revoked' ? 'revoked' : 'active' };
}

function toSecret(secret: {
  application: (Omit<PartnerAppView, 'status'> & { status: string }) | null;
  clientSecret: string;
  tokenUrl: string;
}): PartnerAppSecret {
  if (!secret.application) throw new Error('identity answered a secret without its application');
  return {
    application: toApp(secret.application),
    clientSecret: secret.clientSecret,
    tokenUrl: secret.tokenUrl,
  };
}

/**
 * Partner applications (issue 13): the credentials a tenant's admins give outside tools for the partner
 * gRPC API (docs/partner-apps.md). Identity creates one Keycloak client per application.
 */
export const partnerAppsRoutes = [
  defineRoute({
    method: 'get',
    path: '/partner-apps',
    access: admins,
    summary:
      "The tenant's partner applications, newest first (revoked ones included), and the scopes there are",
    tags: ['partner-apps'],
    response: named(
      'PartnerAppList',
      z.object({ applications: z.array(partnerAppSchema), availableScopes: z.array(z.string()) }),
    ),
    handler: async ({ onBehalf }, { backends }) => ({
      applications: (
        await backends.partnerApplications.listPartnerApplications({}, onBehalf)
      ).applications.map(toApp),
      availableScopes: [...PARTNER_SCOPES],
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/partner-apps',
    access: admins,
    summary: 'Create a partner application; its client secret is answered this once',
    tags: ['partner-apps'],
    status: 201,
    body: named('NewPartnerApp', partnerAppInput),
    response: partnerAppSecretSchema,
    handler: async ({ body, onBehalf }, { backends }) =>
      toSecret(await backends.partnerApplications.createPartnerApplication(applicationInput(body), onBehalf)),
  }),
  defineRoute({
    method: 'get',
    path: '/partner-apps/:appId',
    access: admins,
    summary: 'One partner application',
    tags: ['partner-apps'],
    params: appParams,
    response: partnerAppSchema,
    handler: async ({ params, onBehalf }, { backends }) =>
      toApp(await backends.partnerApplications.getPartnerApplication({ id: params.appId }, onBehalf)),
  }),
  defineRoute({
    method: 'put',
    path: '/partner-apps/:appId',
    access: admins,
    summary: "Change an application's name, description, scopes and rate limit (from its next call on)",
    tags: ['partner-apps'],
    params: appParams,
    body: named('PartnerAppChanges', partnerAppInput),
    response: partnerAppSchema,
    handler: async ({ params, body, onBehalf }, { backends }) =>
      toApp(
        await backends.partnerApplications.updatePartnerApplication(
          { id: params.appId, ...applicationInput(body) },
          onBehalf,
        ),
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/partner-apps/:appId/rotate-secret',
    access: admins,
    summary: 'A new client secret (answered this once); the old one and its tokens stop working',
    tags: ['partner-apps'],
    params: appParams,
    body: emptyBody,
    response: partnerAppSecretSchema,
    handler: async ({ params, onBehalf }, { backends }) =>
      toSecret(await backends.partnerApplications.rotatePartnerSecret({ id: params.appId }, onBehalf)),
  }),
  defineRoute({
    method: 'post',
    path: '/partner-apps/:appId/revoke',
    access: admins,
    summary: 'Revoke an application for good: its next call is refused',
    tags: ['partner-apps'],
    params: appParams,
    body: emptyBody,
    response: partnerAppSchema,
    handler: async ({ params, onBehalf }, { backends }) =>
      toApp(await backends.partnerApplications.revokePartnerApplication({ id: params.appId }, onBehalf)),
  }),
];
