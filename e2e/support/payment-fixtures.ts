import { randomUUID } from 'node:crypto';
import type { BillingDocument } from '../../services/billing/src/domain/document.js';
import { documentNumber } from '../../services/billing/src/domain/document.js';
import { EMPTY_PARTY } from '../../services/billing/src/application/parties.js';
import { DocumentRepository } from '../../services/billing/src/store/document.repository.js';
import type { Platform } from './platform.js';

/**
 * Issued invoices for the payment tests. Until the documents slice (which issues documents through its
 * API) is merged, they are written through billing's DocumentRepository as issuing does: a gap-free
 * number claimed, then the frozen document inserted.
 */
export class InvoiceFixtures {
  readonly documents: DocumentRepository;

  constructor(platform: Platform) {
    const billing = platform.runtimes.get('billing');
    if (!billing) throw new Error('billing is not running');
    this.documents = new DocumentRepository(billing.connection);
  }

  async issue(
    tenantId: string,
    client: { id: string; name: string },
    options: {
      totalMinor: number;
      currency?: string;
      status?: BillingDocument['status'];
      tenantName?: string;
    },
  ): Promise<BillingDocument> {
    const now = new Date();
    const year = now.getUTCFullYear();
    const id = randomUUID();
    const status = options.status ?? 'issued';
    const numbered = status !== 'draft';
    const { sequence } = numbered
      ? await this.documents.claimNumber({ id, tenantId, kind: 'invoice' }, year)
      : { sequence: 0 };
    const taxMinor = Math.round(options.totalMinor / 6);
    const document: BillingDocument = {
      id,
      tenantId,
      kind: 'invoice',
      status,
      number: numbered ? documentNumber('invoice', year, sequence) : '',
      year: numbered ? year : 0,
      sequence,
      version: 1,
      revision: numbered ? 1 : 0,
      clientId: client.id,
      clientName: client.name,
      seller: {
        ...EMPTY_PARTY,
        name: options.tenantName ?? 'Payments Agency',
        legalName: 'Payments Agency SARL',
      },
      buyer: { ...EMPTY_PARTY, name: client.name, legalName: client.name },
      language: 'en',
      currency: options.currency ?? 'EUR',
      lines: [
        {
          description: 'Design work',
          productId: '',
          unit: 'day',
          quantityMilli: 1000,
          unitPriceMinor: options.totalMinor - taxMinor,
          taxRateBasisPoints: 2000,
          totalMinor: options.totalMinor - taxMinor,
          taxMinor,
        },
      ],
      subtotalMinor: options.totalMinor - taxMinor,
      taxMinor,
      totalMinor: options.totalMinor,
      paidMinor: 0,
      creditedMinor: 0,
      issueDate: now.toISOString().slice(0, 10),
      dueDate: new Date(now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
      notes: '',
      terms: '',
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
      voidReason: status === 'void' ? 'Issued by mistake' : '',
      createdBy: 'fixture',
    };
    if (!(await this.documents.insert(document))) throw new Error('the invoice was not inserted');
    return document;
  }

  async read(tenantId: string, id: string): Promise<BillingDocument> {
    const document = await this.documents.find(tenantId, id);
    if (!document) throw new Error(`invoice ${id} is gone`);
    return document;
  }
}
