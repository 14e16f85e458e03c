import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';

const securitySettingsSchema = named(
  'SecuritySettings',
  z.object({
    tenantId: z.string(),
    stepUpMaxAgeSeconds: z.number().int().meta({
      description:
        'Accepting a quote, approving a deliverable or paying needs a sign-in younger than this many seconds (0 = no limit). A refusal is 401 with reason auth.step_up_required.',
    }),
    version: z.number().int().meta({ description: '0 until the settings are first saved' }),
    updatedAt: z.string(),
    updatedBy: z.string().meta({ description: 'The staff member who last changed them; empty when never' }),
  }),
);

/**
 * The tenant's sign-in security settings (issue 11, passkeys-stepup slice): the step-up limit. Passkeys
 * themselves are Keycloak's (registered through kc_action=webauthn-register-passwordless, listed and
 * removed in Keycloak's account console): no route of ours touches a credential.
 */
export const passkeysRoutes = [
  defineRoute({
    method: 'get',
    path: '/security-settings',
    access: { staff: 'member' },
    summary: "The tenant's sign-in security settings (step-up limit)",
    tags: ['security'],
    response: securitySettingsSchema,
    handler: ({ onBehalf }, { backends }) => backends.securitySettings.getSecuritySettings({}, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/security-settings',
    access: { permission: 'portal.configure' },
    summary: "Change the tenant's step-up limit",
    description:
      'stepUpMaxAgeSeconds: a whole number from 0 (off) to 604800 (7 days); the staff screen offers minutes. expectedVersion: the version read; a save in between answers 409. Takes effect for signed-in users within the principal cache (a few seconds).',
    tags: ['security'],
    body: named(
      'UpdateSecuritySettings',
      z.object({
        stepUpMaxAgeSeconds: z.number().int(),
        expectedVersion: z.number().int().min(0),
      }),
    ),
    response: securitySettingsSchema,
    handler: ({ body, onBehalf }, { backends }) =>
      backends.securitySettings.updateSecuritySettings(body, onBehalf),
  }),
];
