import { assertSeesBilling } from './client-rights.js';
import { createHash } from 'node:crypto';
import { assertPermission, canSeeClient, DomainError, type Principal } from '@client-portal/kit';
import {
  assertValidLogo,
  buyerParty,
  defaultBillingProfile,
  defaultClientBillingDetails,
  sellerParty,
  unknownTaxRateViolations,
  validBillingProfile,
  validClientBillingDetails,
  type BillingProfile,
  type BillingProfileInput,
  type ClientBillingDetails,
  type ClientBillingDetailsInput,
  type TaxRate,
} from '../domain/billing-profile.js';
import {
  DOCUMENT_KINDS,
  DOCUMENT_LANGUAGES,
  type DocumentKind,
  type DocumentLanguage,
  type PartySnapshot,
  type PostalAddress,
} from '../domain/document.js';
import type { BillingProfileRepository } from '../store/billing-profile.repository.js';
import { renderDocumentPdf, type PdfOptions } from './document-pdf.js';
import type { BuyerDetails, PartyDirectory } from './parties.js';
import { sampleDocument } from './sample-document.js';

const changedMeanwhile = (what: string): DomainError =>
  DomainError.precondition(
    `The ${what} was changed by someone else meanwhile: reload it and apply your change again`,
    'billing.changed_meanwhile',
  );

/**
 * The tenant's billing profile and its clients' billing details: who may read and change them, and
 * what the rest of billing reads from them (the parties of a document, its PDF extras, the allowed
 * tax rates).
 */
export class BillingProfileService {
  constructor(
    private readonly store: BillingProfileRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // --- Reads for the rest of billing (no principal: the caller has already checked access).

  /** The saved profile, or the defaults (version 0). */
  async profileOf(tenantId: string): Promise<BillingProfile> {
    const [saved, logo] = await Promise.all([
      this.store.findProfile(tenantId),
      this.store.findLogoInfo(tenantId),
    ]);
    return { ...(saved ?? defaultBillingProfile(tenantId)), tenantId, logo: logo ?? null };
  }

  async detailsOf(tenantId: string, clientId: string): Promise<ClientBillingDetails> {
    return (
      (await this.store.findDetails(tenantId, clientId)) ?? defaultClientBillingDetails(tenantId, clientId)
    );
  }

  /** The tax rates a tenant's document lines may use. */
  async taxRates(tenantId: string): Promise<TaxRate[]> {
    return (await this.profileOf(tenantId)).taxRates;
  }

  /**
   * Refuses lines whose tax rate the tenant does not allow: INVALID_ARGUMENT with one violation per
   * line (`lines[<i>].taxRateBasisPoints`, code `unknown_tax_rate`). For the documents slice.
   */
  async assertKnownTaxRates(
    tenantId: string,
    lines: readonly { taxRateBasisPoints: number }[],
    fieldPrefix = 'lines',
  ): Promise<void> {
    const violations = unknownTaxRateViolations(await this.taxRates(tenantId), lines, fieldPrefix);
    if (violations.length > 0)
      throw DomainError.invalid(
        'A line uses a tax rate this agency does not use',
        violations,
        'billing.unknown_tax_rate',
      );
  }

  /** What `renderDocumentPdf` needs from the profile: logo, bank details, footer, website. */
  async pdfOptions(tenantId: string): Promise<PdfOptions> {
    const [profile, logo] = await Promise.all([this.profileOf(tenantId), this.store.findLogo(tenantId)]);
    return {
      ...(logo ? { logo: logo.content } : {}),
      payment: profile.payment,
      footer: profile.footer,
      website: profile.website,
    };
  }

  // --- The profile.

  async getProfile(principal: Principal): Promise<BillingProfile> {
    assertPermission(principal, 'billing.view');
    return this.profileOf(principal.tenantId);
  }

  async updateProfile(
    principal: Principal,
    input: BillingProfileInput,
    expectedVersion: number,
  ): Promise<BillingProfile> {
    assertPermission(principal, 'billing.configure');
    const profile = validBillingProfile(input);
    const saved = await this.store.saveProfile(
      principal.tenantId,
      profile,
      expectedVersion,
      principal.userId,
      this.now(),
    );
    if (!saved) throw changedMeanwhile('billing profile');
    return this.profileOf(principal.tenantId);
  }

  async setLogo(principal: Principal, content: Buffer): Promise<BillingProfile> {
    assertPermission(principal, 'billing.configure');
    const contentType = assertValidLogo(content);
    await this.store.saveLogo(principal.tenantId, {
      contentType,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      uploadedAt: this.now(),
      content,
    });
    return this.profileOf(principal.tenantId);
  }

  /** The logo's bytes: anyone of the tenant (it is printed on every client's documents). */
  async getLogo(principal: Principal): Promise<{ content: Buffer; contentType: string; sha256: string }> {
    const logo = await this.store.findLogo(principal.tenantId);
    if (!logo) throw DomainError.notFound('Logo');
    return { content: logo.content, contentType: logo.contentType, sha256: logo.sha256 };
  }

  /** Idempotent: removing a logo that is not there leaves the profile as it is. */
  async removeLogo(principal: Principal): Promise<BillingProfile> {
    assertPermission(principal, 'billing.configure');
    await this.store.removeLogo(principal.tenantId);
    return this.profileOf(principal.tenantId);
  }

  /** A sample document with the tenant's profile: the look of its PDFs before anything is issued. */
  async previewPdf(
    principal: Principal,
    request: {
      language: string;
      kind: string;
      tenantName: string;
      clientId?: string;
      clientName?: string;
      clientAddress?: PostalAddress | null;
    },
  ): Promise<{ pdf: Buffer; filename: string }> {
    assertPermission(principal, 'billing.view');
    // Addressed to a client: its billing details as an issued document would freeze them.
    const buyer = request.clientId
      ? await new ProfilePartyDirectory(this).buyer(
          principal.tenantId,
          request.clientId,
          request.clientName || request.clientId,
          request.clientAddress ?? undefined,
        )
      : undefined;
    const language = (request.language || buyer?.language || 'en') as DocumentLanguage;
    if (!(DOCUMENT_LANGUAGES as readonly string[]).includes(language))
      throw DomainError.invalid('Unknown language', [
        { field: 'language', code: 'invalid_value', message: `One of ${DOCUMENT_LANGUAGES.join(', ')}` },
      ]);
    const kind = (request.kind || 'invoice') as DocumentKind;
    if (!(DOCUMENT_KINDS as readonly string[]).includes(kind))
      throw DomainError.invalid('Unknown document kind', [
        { field: 'kind', code: 'invalid_value', message: `One of ${DOCUMENT_KINDS.join(', ')}` },
      ]);
    const profile = await this.profileOf(principal.tenantId);
    const document = sampleDocument({
      tenantId: principal.tenantId,
      kind,
      language,
      seller: sellerParty(profile, request.tenantName),
      ...(buyer ? { buyer: buyer.party } : {}),
      taxRates: profile.taxRates.map((rate) => rate.basisPoints).filter((rate) => rate > 0),
      notes: profile.defaultNotes,
      terms: profile.defaultTerms,
    });
    const pdf = await renderDocumentPdf(document, await this.pdfOptions(principal.tenantId));
    return { pdf, filename: `preview-${kind}-${language}.pdf` };
  }

  // --- Client billing details.

  /** Staff with billing.view, or the client's own users; anyone else: NOT_FOUND. */
  async getDetails(principal: Principal, clientId: string): Promise<ClientBillingDetails> {
    this.assertCanReadDetails(principal, clientId);
    return this.detailsOf(principal.tenantId, clientId);
  }

  /**
   * Staff with documents.edit change everything; a client user changes their own company's address,
   * tax id and recipients (the legal name and language stay as the agency set them).
   */
  async updateDetails(
    principal: Principal,
    clientId: string,
    input: ClientBillingDetailsInput,
    expectedVersion: number,
  ): Promise<ClientBillingDetails> {
    // Found by the gRPC fuzzer: an empty client id reached the store, which refused it as INTERNAL.
    if (!clientId.trim())
      throw DomainError.invalid(
        'Say whose billing details these are',
        [{ field: 'clientId', message: 'The client is required', code: 'required' }],
        'billing.client_required',
      );
    if (principal.kind === 'client') {
      this.assertCanReadDetails(principal, clientId);
      const current = await this.detailsOf(principal.tenantId, clientId);
      input = { ...input, legalName: current.legalName, language: current.language };
    } else assertPermission(principal, 'documents.edit');
    const details = validClientBillingDetails(input);
    const saved = await this.store.saveDetails(
      principal.tenantId,
      clientId,
      details,
      expectedVersion,
      principal.userId,
      this.now(),
    );
    if (!saved) throw changedMeanwhile('billing details');
    return this.detailsOf(principal.tenantId, clientId);
  }

  private assertCanReadDetails(principal: Principal, clientId: string): void {
    if (principal.kind === 'client') {
      // Another client's details get the same answer as details that do not exist.
      if (!canSeeClient(principal, clientId)) throw DomainError.notFound('Billing details', clientId);
      assertSeesBilling(principal);
      return;
    }
    assertPermission(principal, 'billing.view');
  }
}

/**
 * The parties of a document from the tenant's billing profile and the client's billing details, each
 * falling back to the names (and the crm address) the caller passes.
 */
export class ProfilePartyDirectory implements PartyDirectory {
  constructor(private readonly profiles: BillingProfileService) {}

  async seller(tenantId: string, tenantName: string): Promise<PartySnapshot> {
    return sellerParty(await this.profiles.profileOf(tenantId), tenantName);
  }

  async buyer(
    tenantId: string,
    clientId: string,
    clientName: string,
    clientAddress?: PostalAddress,
  ): Promise<BuyerDetails> {
    const details = await this.profiles.detailsOf(tenantId, clientId);
    return {
      party: buyerParty(details, { name: clientName, ...(clientAddress ? { address: clientAddress } : {}) }),
      language: details.language,
      recipients: details.recipients.map((recipient) => ({
        email: recipient.email,
        name: recipient.name,
        language: details.language,
      })),
    };
  }
}
