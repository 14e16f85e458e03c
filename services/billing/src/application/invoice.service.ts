import {
  assertPermission,
  assertStaff,
  canSeeClient,
  DomainError,
  pageInfo,
  type EventOutbox,
  type OutboxEntry,
  type OutboxRelay,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { draftInvoice, numberInvoice, type Invoice, type NewInvoiceInput } from '../domain/invoice.js';
import { InvoiceRepository } from '../store/invoice.repository.js';
import { renderInvoicePdf } from './invoice-pdf.js';

const MAX_NUMBERING_ATTEMPTS = 25;

/** Invoice use cases: access checks, numbering, events. */
export class InvoiceService {
  constructor(
    private readonly invoices: InvoiceRepository,
    private readonly outbox: EventOutbox<ProducedBy<'billing'>>,
    private readonly relay: OutboxRelay,
  ) {}

  async issue(principal: Principal, input: NewInvoiceInput): Promise<Invoice> {
    assertPermission(principal, 'invoices.issue');
    // Validated before a number is taken, so a refused invoice leaves no hole in the sequence.
    const draft = draftInvoice(input, principal.tenantId);
    // Concurrent issues may pick the same next number; the loser takes the following one. Each round
    // has a winner, so this only gives up under a burst far beyond a team invoicing by hand.
    for (let attempt = 1; attempt <= MAX_NUMBERING_ATTEMPTS; attempt++) {
      const invoice = numberInvoice(
        draft,
        (await this.invoices.lastSequence(draft.tenantId, draft.year)) + 1,
      );
      if (await this.invoices.insertNumbered(invoice, this.issuedEvent(invoice))) {
        this.relay.nudge();
        return invoice;
      }
    }
    throw new DomainError('UNAVAILABLE', 'Many invoices are being issued at this moment: try again');
  }

  private issuedEvent(invoice: Invoice): OutboxEntry {
    return this.outbox.entry({
      type: 'billing.invoice.issued',
      tenantId: invoice.tenantId,
      subject: invoice.id,
      data: {
        invoiceId: invoice.id,
        clientId: invoice.clientId,
        clientName: invoice.clientName,
        number: invoice.number,
        currency: invoice.currency,
        totalMinor: invoice.totalMinor,
        status: invoice.status,
        issuedAt: invoice.issuedAt.toISOString(),
        dueDate: invoice.dueDate,
      },
    });
  }

  async get(principal: Principal, invoiceId: string): Promise<Invoice> {
    const invoice = await this.invoices.find(principal.tenantId, invoiceId);
    // Another client's invoice gets the same answer as one that does not exist.
    if (!invoice || !canSeeClient(principal, invoice.clientId))
      throw DomainError.notFound('Invoice', invoiceId);
    return invoice;
  }

  /**
   * One client's invoices, newest first. Staff may leave the client out to see the whole tenant's;
   * a client user sees their own company's, and asking for another company's is refused.
   */
  async list(
    principal: Principal,
    request: { clientId: string; page: { pageSize?: number; pageToken?: string } | null },
  ) {
    let clientId = request.clientId.trim();
    if (principal.kind === 'client') {
      clientId ||= principal.clientId ?? '';
      if (!clientId || !canSeeClient(principal, clientId))
        throw DomainError.forbidden("You can only see your own company's invoices");
    } else assertStaff(principal, 'member');
    const page = InvoiceRepository.listOrder.read(request.page);
    const { invoices, nextPageToken } = await this.invoices.list(principal.tenantId, { clientId }, page);
    return { invoices, page: pageInfo(nextPageToken) };
  }

  async renderPdf(principal: Principal, invoiceId: string): Promise<{ pdf: Buffer; filename: string }> {
    const invoice = await this.get(principal, invoiceId);
    return { pdf: await renderInvoicePdf(invoice), filename: `${invoice.number}.pdf` };
  }
}
