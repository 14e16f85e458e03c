import { randomUUID } from 'node:crypto';
import {
  documentNumber,
  type BillingDocument,
  type DocumentKind,
} from '../../services/billing/src/domain/document.js';
import { EMPTY_PARTY } from '../../services/billing/src/application/parties.js';
import { DocumentRepository } from '../../services/billing/src/store/document.repository.js';
import type { Connection } from 'mongoose';
import type { Platform } from './platform.js';

/**
 * Issued documents for the acceptance tests, written through DocumentRepository (claimNumber + insert)
 * until the documents slice's API issues them. Each one is numbered like an issued document would be.
 */
export class DocumentFixtures {
  private readonly documents: DocumentRepository;

  constructor(platform: Platform | { billingConnection: Connection }) {
    if ('billingConnection' in platform) {
      // The benchmark: billing runs in another process; its database is reached directly.
      this.documents = new DocumentRepository(platform.billingConnection);
      return;
    }
    const billing = platform.runtimes.get('billing');
    if (!billing) throw new Error('billing is not running');
    this.documents = new DocumentRepository(billing.connection);
  }

  async issue(options: {
    tenantId: string;
    tenantName: string;
    clientId: string;
    clientName: string;
    kind?: DocumentKind;
    status?: BillingDocument['status'];
    issueDate?: string;
    dueDate?: string;
  }): Promise<BillingDocument> {
    const kind = options.kind ?? 'quote';
    const status = options.status ?? 'issued';
    const issueDate = options.issueDate ?? new Date().toISOString().slice(0, 10);
    const year = Number(issueDate.slice(0, 4));
    const id = randomUUID();
    const numbered = status !== 'draft';
    const { sequence } = numbered
      ? await this.documents.claimNumber({ id, tenantId: options.tenantId, kind }, year)
      : { sequence: 0 };
    const now = new Date();
    const document: BillingDocument = {
      id,
      tenantId: options.tenantId,
      kind,
      status,
      number: numbered ? documentNumber(kind, year, sequence) : '',
      year: numbered ? year : 0,
      sequence,
      version: 1,
      revision: numbered ? 1 : 0,
      clientId: options.clientId,
      clientName: options.clientName,
      seller: { ...EMPTY_PARTY, name: options.tenantName, legalName: `${options.tenantName} SARL` },
      buyer: { ...EMPTY_PARTY, name: options.clientName, legalName: options.clientName },
      language: 'en',
      currency: 'EUR',
      lines: [
        {
          description: 'Brand workshop',
          productId: '',
          unit: 'day',
          quantityMilli: 2000,
          unitPriceMinor: 75000,
          taxRateBasisPoints: 2000,
          totalMinor: 150000,
          taxMinor: 30000,
        },
      ],
      subtotalMinor: 150000,
      taxMinor: 30000,
      totalMinor: 180000,
      paidMinor: 0,
      creditedMinor: 0,
      issueDate,
      dueDate: options.dueDate ?? '2099-12-31',
      notes: 'Thank you.',
      terms: 'Valid until the date shown.',
      source: { kind: '', id: '' },
      depositBasisPoints: 0,
      answer: null,
      createdAt: now,
      updatedAt: now,
      issuedAt: numbered ? now : null,
      sentAt: null,
      viewedAt: null,
      paidAt: null,
      voidedAt: status === 'void' ? now : null,
      voidReason: status === 'void' ? 'Wrong client' : '',
      createdBy: 'internal-staff-id',
    };
    await this.documents.insert(document);
    return document;
  }

  find(tenantId: string, id: string): Promise<BillingDocument | undefined> {
    return this.documents.find(tenantId, id);
  }

  /** What the documents slice's issue does to a revised draft: same number, the next revision. */
  async reissue(
    tenantId: string,
    id: string,
    change: Partial<BillingDocument> = {},
  ): Promise<BillingDocument> {
    const current = await this.documents.find(tenantId, id);
    if (!current) throw new Error(`no document ${id}`);
    const next: BillingDocument = {
      ...current,
      ...change,
      status: 'issued',
      revision: current.revision + 1,
      version: current.version + 1,
      updatedAt: new Date(),
    };
    if (!(await this.documents.replace(next, current.version))) throw new Error('changed meanwhile');
    return next;
  }
}
