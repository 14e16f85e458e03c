import { FIELD_LIMITS } from '@client-portal/kit';
import type { Request } from 'express';
import { z } from 'zod';
import { DomainError } from '@client-portal/kit';
import { binary, defineRoute, named } from '../../http/route.js';
import { idParams } from '../shared/shared.schemas.js';

const MAX_LOGO_BYTES = 1024 * 1024;

/**
 * Requests fill what they leave out with defaults; answers always carry every field. Each side gets
 * its own named schema (the OpenAPI document tells them apart), built by the same function.
 */
function billingSchemas(side: 'Input' | '') {
  // The maximum is declared, and enforced by billing, which names every faulty field in one answer.
  const text = (max: number) => (side ? z.string().meta({ maxLength: max }).default('') : z.string());
  const emptyAddress = { street: '', postalCode: '', city: '', country: '' };
  const address = named(
    `BillingAddress${side}`,
    z.object({
      street: text(FIELD_LIMITS.billing.street),
      postalCode: text(FIELD_LIMITS.billing.postalCode),
      city: text(FIELD_LIMITS.billing.city),
      country: text(FIELD_LIMITS.billing.country),
    }),
  );
  const payment = named(
    `BillingPaymentInstructions${side}`,
    z.object({
      bankName: text(FIELD_LIMITS.billing.bankName),
      iban: text(FIELD_LIMITS.billing.bankCode).meta({ description: 'Spaces allowed; stored without them' }),
      bic: text(FIELD_LIMITS.billing.bankCode),
      text: text(FIELD_LIMITS.billing.paymentText),
    }),
  );
  const taxRate = named(
    `BillingTaxRate${side}`,
    z.object({
      basisPoints: z.number().int().meta({ description: '2000 = 20 %' }),
      label: side ? z.string().meta({ maxLength: FIELD_LIMITS.billing.taxRateLabel }) : z.string(),
    }),
  );
  const recipient = named(
    `BillingRecipient${side}`,
    z.object({
      email: side ? z.string().meta({ maxLength: FIELD_LIMITS.billing.email }) : z.string(),
      name: text(FIELD_LIMITS.billing.profileName),
    }),
  );
  const profile = named(
    `BillingProfileFields${side}`,
    z.object({
      tradingName: text(FIELD_LIMITS.billing.profileName),
      legalName: text(FIELD_LIMITS.billing.profileName),
      address: side ? address.default(emptyAddress) : address,
      taxId: text(FIELD_LIMITS.billing.taxId),
      email: text(FIELD_LIMITS.billing.email),
      phone: text(FIELD_LIMITS.billing.phone),
      website: text(FIELD_LIMITS.billing.website),
      payment: side ? payment.default({ bankName: '', iban: '', bic: '', text: '' }) : payment,
      paymentTermDays: (side ? z.number().int().default(30) : z.number().int()).meta({
        description: 'Due date = issue date + this many days',
      }),
      defaultNotes: text(FIELD_LIMITS.billing.profileNotes),
      defaultTerms: text(FIELD_LIMITS.billing.profileNotes),
      footer: text(FIELD_LIMITS.billing.footer).meta({
        description: 'Printed at the bottom of every PDF page',
      }),
      taxRates: side ? z.array(taxRate).max(FIELD_LIMITS.billing.taxRates).default([]) : z.array(taxRate),
    }),
  );
  const details = named(
    `ClientBillingDetailsFields${side}`,
    z.object({
      legalName: text(FIELD_LIMITS.billing.profileName),
      address: side ? address.default(emptyAddress) : address,
      taxId: text(FIELD_LIMITS.billing.taxId),
      recipients: side
        ? z.array(recipient).max(FIELD_LIMITS.billing.billingRecipients).default([])
        : z.array(recipient),
      language: (side ? z.string().default('en') : z.string()).meta({ description: 'en, fr, es or pt' }),
    }),
  );
  return { address, profile, details };
}

const input = billingSchemas('Input');
const output = billingSchemas('');

const profileSchema = named(
  'BillingProfile',
  z.object({
    profile: output.profile,
    logo: named(
      'BillingLogoInfo',
      z.object({
        contentType: z.enum(['image/png', 'image/jpeg']),
        size: z.number().int(),
        sha256: z.string(),
        uploadedAt: z.string(),
      }),
    ).nullable(),
    version: z.number().int().meta({ description: '0 until the profile is first saved' }),
    updatedAt: z.string(),
  }),
);

const detailsSchema = named(
  'ClientBillingDetails',
  z.object({
    clientId: z.string(),
    details: output.details,
    version: z.number().int(),
    updatedAt: z.string(),
    fallback: z.object({ name: z.string(), address: output.address }).meta({
      description: "What documents print where the details are empty: the crm client's name and address",
    }),
  }),
);

/** The raw bytes of an upload (any content type but JSON: the type is read from the bytes). */
async function readUpload(request: Request): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_LOGO_BYTES)
      throw DomainError.invalid('The logo is larger than 1 MB', [
        { field: 'logo', code: 'too_big', message: 'At most 1 MB' },
      ]);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const crmAddress = (
  address: { street: string; postalCode: string; city: string; country: string } | null,
) => ({
  street: address?.street ?? '',
  postalCode: address?.postalCode ?? '',
  city: address?.city ?? '',
  country: address?.country ?? '',
});

/** The tenant's billing profile (settings) and each client's billing details. */
export const billingProfileRoutes = [
  defineRoute({
    method: 'get',
    path: '/billing/profile',
    access: { permission: 'billing.view' },
    summary: "The agency's billing profile",
    tags: ['billing'],
    response: profileSchema,
    handler: ({ onBehalf }, { backends }) => backends.billingProfile.getBillingProfile({}, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/billing/profile',
    access: { permission: 'billing.configure' },
    summary: "Save the agency's billing profile",
    description: 'expectedVersion: the version read (0 for the first save); a save in between answers 409.',
    tags: ['billing'],
    body: named(
      'UpdateBillingProfile',
      z.object({ profile: input.profile, expectedVersion: z.number().int().min(0) }),
    ),
    response: profileSchema,
    handler: ({ body, onBehalf }, { backends }) =>
      backends.billingProfile.updateBillingProfile(body, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/billing/profile/logo',
    access: { permission: 'billing.configure' },
    summary: 'Upload the logo',
    description:
      'The request body is the image itself (PNG or JPEG, at most 1 MB), sent as image/png, image/jpeg or application/octet-stream; the type is recognised from the bytes, never the name.',
    tags: ['billing'],
    // Nothing JSON to parse: the image is the raw body (express.json leaves other types unread).
    body: named(
      'LogoUpload',
      z.object({}).meta({
        description:
          'Not JSON: the request body is the image itself (image/png, image/jpeg or application/octet-stream)',
      }),
    ),
    response: profileSchema,
    handler: async ({ request, onBehalf }, { backends }) => {
      const content = await readUpload(request);
      return backends.billingProfile.setBillingLogo({ content }, onBehalf);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/billing/profile/logo',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'The logo image',
    tags: ['billing'],
    response: binary('image/png', 'The logo: image/png or image/jpeg'),
    handler: async ({ onBehalf }, { backends }) => {
      const logo = await backends.billingProfile.getBillingLogo({}, onBehalf);
      const extension = logo.contentType === 'image/jpeg' ? 'jpg' : 'png';
      return { bytes: logo.content, filename: `logo.${extension}`, contentType: logo.contentType };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/billing/profile/logo',
    access: { permission: 'billing.configure' },
    summary: 'Remove the logo',
    tags: ['billing'],
    response: profileSchema,
    handler: ({ onBehalf }, { backends }) => backends.billingProfile.removeBillingLogo({}, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/billing/profile/preview.pdf',
    access: { permission: 'billing.view' },
    summary: 'A sample document rendered with the billing profile',
    tags: ['billing'],
    description:
      "With clientId, the sample is addressed to that client (its billing details, else the crm record) and speaks the client's language unless language is given.",
    query: z.object({
      language: z.enum(['en', 'fr', 'es', 'pt']).optional(),
      clientId: z.string().optional(),
      kind: z.enum(['quote', 'proforma', 'invoice', 'credit_note', 'delivery_note']).default('invoice'),
    }),
    response: binary('application/pdf', 'The sample PDF'),
    handler: async ({ query, caller, onBehalf }, { backends }) => {
      const client = query.clientId
        ? await backends.crm.getClient({ clientId: query.clientId }, onBehalf)
        : undefined;
      const rendered = await backends.billingProfile.previewBillingPdf(
        {
          language: query.language ?? '',
          kind: query.kind,
          tenantName: caller.tenantName,
          ...(client
            ? { clientId: client.id, clientName: client.name, clientAddress: crmAddress(client.address) }
            : {}),
        },
        onBehalf,
      );
      return { bytes: rendered.pdf, filename: rendered.filename };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/billing-details',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: "A client's billing details",
    description: "Staff with billing.view, or the client's own users; another client's answers 404.",
    tags: ['billing'],
    params: idParams('clientId'),
    response: detailsSchema,
    handler: async ({ params, onBehalf }, { backends }) => {
      // crm first: an unknown client (or another client's, for a client user) is a 404 before billing.
      const client = await backends.crm.getClient({ clientId: params.clientId }, onBehalf);
      const details = await backends.billingProfile.getClientBillingDetails(params, onBehalf);
      return { ...details, fallback: { name: client.name, address: crmAddress(client.address) } };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/clients/:clientId/billing-details',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: "Save a client's billing details",
    description:
      "Staff with documents.edit; a client user may change their own company's address, tax id and recipients (the legal name and language are kept).",
    tags: ['billing'],
    params: idParams('clientId'),
    body: named(
      'UpdateClientBillingDetails',
      z.object({ details: input.details, expectedVersion: z.number().int().min(0) }),
    ),
    response: detailsSchema,
    handler: async ({ params, body, onBehalf }, { backends }) => {
      const client = await backends.crm.getClient({ clientId: params.clientId }, onBehalf);
      const details = await backends.billingProfile.updateClientBillingDetails(
        { clientId: params.clientId, ...body },
        onBehalf,
      );
      return { ...details, fallback: { name: client.name, address: crmAddress(client.address) } };
    },
  }),
];
