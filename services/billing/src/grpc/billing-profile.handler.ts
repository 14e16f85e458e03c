import { requirePrincipal } from '@client-portal/kit';
import type {
  BillingAddress__Output,
  BillingProfileFields__Output,
  BillingProfileView,
  ClientBillingDetailsFields__Output,
  ClientBillingDetailsView,
  HandlersOf,
} from '@client-portal/contracts';
import type { BillingProfileService } from '../application/billing-profile.service.js';
import {
  defaultBillingProfile,
  EMPTY_ADDRESS,
  type BillingProfile,
  type BillingProfileInput,
  type ClientBillingDetails,
  type ClientBillingDetailsInput,
} from '../domain/billing-profile.js';
import type { DocumentLanguage, PostalAddress } from '../domain/document.js';

export function toBillingProfileView(profile: BillingProfile): BillingProfileView {
  return {
    profile: {
      tradingName: profile.tradingName,
      legalName: profile.legalName,
      address: profile.address,
      taxId: profile.taxId,
      email: profile.email,
      phone: profile.phone,
      website: profile.website,
      payment: profile.payment,
      paymentTermDays: profile.paymentTermDays,
      defaultNotes: profile.defaultNotes,
      defaultTerms: profile.defaultTerms,
      footer: profile.footer,
      taxRates: profile.taxRates,
    },
    logo: profile.logo
      ? {
          contentType: profile.logo.contentType,
          size: profile.logo.size,
          sha256: profile.logo.sha256,
          uploadedAt: profile.logo.uploadedAt.toISOString(),
        }
      : null,
    version: profile.version,
    updatedAt: profile.updatedAt?.toISOString() ?? '',
  };
}

export function toClientBillingDetailsView(details: ClientBillingDetails): ClientBillingDetailsView {
  return {
    clientId: details.clientId,
    details: {
      legalName: details.legalName,
      address: details.address,
      taxId: details.taxId,
      recipients: details.recipients,
      language: details.language,
    },
    version: details.version,
    updatedAt: details.updatedAt?.toISOString() ?? '',
  };
}

const addressInput = (address: BillingAddress__Output | null): PostalAddress =>
  address
    ? { street: address.street, postalCode: address.postalCode, city: address.city, country: address.country }
    : { ...EMPTY_ADDRESS };

// A missing message is an empty form: the domain then names every required field.
function profileInput(fields: BillingProfileFields__Output | null): BillingProfileInput {
  const defaults = defaultBillingProfile('');
  if (!fields) return { ...defaults, tradingName: '' };
  return {
    tradingName: fields.tradingName,
    legalName: fields.legalName,
    address: addressInput(fields.address),
    taxId: fields.taxId,
    email: fields.email,
    phone: fields.phone,
    website: fields.website,
    payment: fields.payment
      ? {
          bankName: fields.payment.bankName,
          iban: fields.payment.iban,
          bic: fields.payment.bic,
          text: fields.payment.text,
        }
      : defaults.payment,
    paymentTermDays: fields.paymentTermDays,
    defaultNotes: fields.defaultNotes,
    defaultTerms: fields.defaultTerms,
    footer: fields.footer,
    taxRates: fields.taxRates.map((rate) => ({ basisPoints: rate.basisPoints, label: rate.label })),
  };
}

function detailsInput(fields: ClientBillingDetailsFields__Output | null): ClientBillingDetailsInput {
  return {
    legalName: fields?.legalName ?? '',
    address: addressInput(fields?.address ?? null),
    taxId: fields?.taxId ?? '',
    recipients: (fields?.recipients ?? []).map((recipient) => ({
      email: recipient.email,
      name: recipient.name,
    })),
    // Checked by the domain, which names the field when it is not one of the four.
    language: (fields?.language || 'en') as DocumentLanguage,
  };
}

export function billingProfileHandlers(profiles: BillingProfileService): HandlersOf<'billingProfile'> {
  return {
    GetBillingProfile: async (_request, call) =>
      toBillingProfileView(await profiles.getProfile(requirePrincipal(call.metadata))),
    UpdateBillingProfile: async (request, call) =>
      toBillingProfileView(
        await profiles.updateProfile(
          requirePrincipal(call.metadata),
          profileInput(request.profile),
          request.expectedVersion,
        ),
      ),
    SetBillingLogo: async (request, call) =>
      toBillingProfileView(await profiles.setLogo(requirePrincipal(call.metadata), request.content)),
    GetBillingLogo: async (_request, call) => profiles.getLogo(requirePrincipal(call.metadata)),
    RemoveBillingLogo: async (_request, call) =>
      toBillingProfileView(await profiles.removeLogo(requirePrincipal(call.metadata))),
    PreviewBillingPdf: async (request, call) =>
      profiles.previewPdf(requirePrincipal(call.metadata), {
        ...request,
        clientAddress: request.clientAddress ? addressInput(request.clientAddress) : null,
      }),
    GetClientBillingDetails: async (request, call) =>
      toClientBillingDetailsView(
        await profiles.getDetails(requirePrincipal(call.metadata), request.clientId),
      ),
    UpdateClientBillingDetails: async (request, call) =>
      toClientBillingDetailsView(
        await profiles.updateDetails(
          requirePrincipal(call.metadata),
          request.clientId,
          detailsInput(request.details),
          request.expectedVersion,
        ),
      ),
  };
}
