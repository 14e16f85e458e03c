import { DomainError } from '@client-portal/kit';
import { amountDueMinor, displayStatus, type BillingDocument } from './document.js';
import {
  convertQuote,
  creditNoteFor,
  creditedTotal,
  duplicate,
  issue,
  lineAmounts,
  markViewed,
  newDraft,
  updateDraft,
  voidDocument,
  type DraftInput,
} from './document-rules.js';

const now = new Date('2026-11-20T10:00:00.000Z');
const seller = {
  name: 'Acme',
  legalName: 'Acme SAS',
  address: { street: '', postalCode: '', city: '', country: '' },
  taxId: '',
  email: '',
  phone: '',
};
const buyer = { ...seller, name: 'Globex', legalName: 'Globex Ltd' };
const input = (overrides: Partial<DraftInput> = {}): DraftInput => ({
  clientId: 'client-1',
  clientName: 'Globex',
  kind: 'invoice',
  currency: '',
  language: '',
  issueDate: '',
  dueDate: '',
  notes: '',
  terms: '',
  lines: [{ description: 'Design', quantityMilli: 1500, unitPriceMinor: 10_000, taxRateBasisPoints: 2000 }],
  ...overrides,
});

function refusal(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const issued = (document: BillingDocument, sequence = 1): BillingDocument =>
  issue(document, { seller, buyer }, { year: 2026, sequence }, now);
const accepted = (quote: BillingDocument): BillingDocument => ({ ...quote, status: 'accepted' });

describe('document amounts', () => {
  it('rounds each line half up, then its tax, in integer minor units (BigInt past 2^53)', () => {
    expect(lineAmounts({ quantityMilli: 1500, unitPriceMinor: 333, taxRateBasisPoints: 2000 })).toEqual({
      totalMinor: 500n,
      taxMinor: 100n,
    });
    expect(
      lineAmounts({ quantityMilli: 9_000_000_001, unitPriceMinor: 1_000_001, taxRateBasisPoints: 0 })
        .totalMinor,
    ).toBe(9_000_009_001_000n);
  });

  it('sums lines into subtotal, tax and total, in EUR and English by default', () => {
    const draft = newDraft(
      input({
        lines: [
          { description: ' Design ', quantityMilli: 1500, unitPriceMinor: 10_000, taxRateBasisPoints: 2000 },
          {
            description: 'Hosting',
            unit: 'month',
            quantityMilli: 1000,
            unitPriceMinor: 999,
            taxRateBasisPoints: 550,
          },
        ],
      }),
      'tenant-1',
      'staff-1',
      undefined,
      now,
    );
    expect(draft).toMatchObject({
      status: 'draft',
      number: '',
      currency: 'EUR',
      language: 'en',
      subtotalMinor: 15_999,
      taxMinor: 3055,
      totalMinor: 19_054,
      creditedMinor: 0,
    });
    expect(draft.lines.map((line) => [line.description, line.unit, line.totalMinor, line.taxMinor])).toEqual([
      ['Design', '', 15_000, 3000],
      ['Hosting', 'month', 999, 55],
    ]);
  });
});

describe('draft rules', () => {
  it('names every invalid field: negative or zero quantity, unknown currency, tax out of range, due before issue', () => {
    const error = refusal(() =>
      newDraft(
        input({
          clientId: ' ',
          kind: 'receipt',
          currency: 'XXY',
          language: 'de',
          issueDate: '2026-11-20',
          dueDate: '2026-11-19',
          lines: [{ description: '', quantityMilli: -1, unitPriceMinor: -1, taxRateBasisPoints: 10_001 }],
        }),
        'tenant-1',
        'staff-1',
      ),
    );
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.violations.map((violation) => `${violation.field}:${violation.code}`).sort()).toEqual([
      'clientId:required',
      'currency:invalid_value',
      'dueDate:before_issue_date',
      'kind:invalid_value',
      'language:invalid_value',
      'lines[0].description:required',
      'lines[0].quantityMilli:too_small',
      'lines[0].taxRateBasisPoints:invalid_value',
      'lines[0].unitPriceMinor:too_small',
    ]);
    expect(
      refusal(() =>
        newDraft(
          input({
            lines: [{ description: 'x', quantityMilli: 0, unitPriceMinor: 1, taxRateBasisPoints: 0 }],
          }),
          't',
          's',
        ),
      ).violations[0]?.field,
    ).toBe('lines[0].quantityMilli');
  });

  it("refuses a tax rate the tenant's list does not have", () => {
    const policy = { allowedTaxRates: [0, 550, 2000] };
    expect(() => newDraft(input(), 'tenant-1', 'staff-1', policy)).not.toThrow();
    const error = refusal(() =>
      newDraft(
        input({
          lines: [{ description: 'x', quantityMilli: 1000, unitPriceMinor: 1, taxRateBasisPoints: 1900 }],
        }),
        'tenant-1',
        'staff-1',
        policy,
      ),
    );
    expect(error.violations).toEqual([
      expect.objectContaining({ field: 'lines[0].taxRateBasisPoints', code: 'unknown_tax_rate' }),
    ]);
  });

  it('edits a draft (one version more) but never an issued document', () => {
    const draft = newDraft(input(), 'tenant-1', 'staff-1', undefined, now);
    const edited = updateDraft(draft, { ...input(), notes: 'Thanks', lines: [] });
    expect(edited).toMatchObject({ version: 2, notes: 'Thanks', totalMinor: 0, clientId: 'client-1' });
    const error = refusal(() => updateDraft(issued(draft), input()));
    expect(error).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'document.not_draft' });
  });
});

describe('issuing', () => {
  it('numbers, freezes both parties, adds a revision and a 30-day due date by default', () => {
    const document = issued(newDraft(input({ kind: 'quote' }), 'tenant-1', 'staff-1', undefined, now), 7);
    expect(document).toMatchObject({
      status: 'issued',
      number: 'QUO-2026-0007',
      revision: 1,
      version: 2,
      issueDate: '2026-11-20',
      dueDate: '2026-12-20',
      seller: { legalName: 'Acme SAS' },
      buyer: { legalName: 'Globex Ltd' },
    });
    expect(displayStatus(document, '2026-11-21')).toBe('issued');
    const delivery = issued(
      newDraft(input({ kind: 'delivery_note' }), 'tenant-1', 'staff-1', undefined, now),
    );
    expect(delivery.dueDate).toBe('');
    // A revised quote (back to draft, holding its number) keeps it and counts one more revision.
    const revised = issued({ ...document, status: 'draft' }, 7);
    expect(revised).toMatchObject({ number: 'QUO-2026-0007', revision: 2 });
  });

  it('refuses an empty draft and a due date before the issue date', () => {
    const empty = newDraft(input({ lines: [] }), 'tenant-1', 'staff-1', undefined, now);
    expect(refusal(() => issued(empty)).violations[0]?.field).toBe('lines');
    const late = { ...newDraft(input(), 'tenant-1', 'staff-1', undefined, now), dueDate: '2026-11-01' };
    expect(refusal(() => issued(late)).violations[0]).toMatchObject({
      field: 'dueDate',
      code: 'before_issue_date',
    });
  });

  it('derives overdue from the due date, and what is due from payments and credits', () => {
    const invoice = issued(newDraft(input({ dueDate: '2026-12-01' }), 'tenant-1', 'staff-1', undefined, now));
    expect(displayStatus(invoice, '2026-12-02')).toBe('overdue');
    expect(amountDueMinor(invoice)).toBe(18_000);
    expect(amountDueMinor({ ...invoice, paidMinor: 5000, creditedMinor: 3000 })).toBe(10_000);
    expect(displayStatus({ ...invoice, creditedMinor: 18_000 }, '2026-12-02')).toBe('issued');
  });
});

describe('duplicate, view, void', () => {
  it('duplicates into a new draft of the same or another kind', () => {
    const quote = issued(newDraft(input({ kind: 'quote' }), 'tenant-1', 'staff-1', undefined, now));
    const copy = duplicate(quote, 'proforma', 'staff-2');
    expect(copy).toMatchObject({
      status: 'draft',
      kind: 'proforma',
      number: '',
      revision: 0,
      totalMinor: quote.totalMinor,
      source: { kind: 'duplicate', id: quote.id },
      createdBy: 'staff-2',
    });
    expect(copy.id).not.toBe(quote.id);
  });

  it('marks the first view only', () => {
    const invoice = issued(newDraft(input(), 't', 's', undefined, now));
    const later = new Date(now.getTime() + 60_000);
    const viewed = markViewed(invoice, later);
    expect(viewed?.viewedAt).toEqual(later);
    // A partner syncing by updated_at sees the new status.
    expect(viewed?.updatedAt).toEqual(later);
    expect(viewed && markViewed(viewed)).toBeUndefined();
    expect(markViewed(newDraft(input(), 't', 's'))).toBeUndefined();
  });

  it('voids an unpaid issued document with a reason; keeps its number; refuses paid ones and drafts', () => {
    const invoice = issued(newDraft(input(), 't', 's', undefined, now));
    expect(refusal(() => voidDocument(invoice, ' ')).violations[0]?.field).toBe('reason');
    const voided = voidDocument(invoice, 'Wrong client');
    expect(voided).toMatchObject({ status: 'void', number: invoice.number, voidReason: 'Wrong client' });
    expect(amountDueMinor(voided)).toBe(0);
    expect(refusal(() => voidDocument({ ...invoice, paidMinor: 1 }, 'x')).reason).toBe('document.paid');
    expect(refusal(() => voidDocument(newDraft(input(), 't', 's'), 'x')).reason).toBe('document.draft');
    expect(refusal(() => voidDocument(voided, 'x')).reason).toBe('document.void');
  });
});

describe('accepted quote → invoices', () => {
  const quote = accepted(
    issued(
      newDraft(
        input({
          kind: 'quote',
          lines: [
            {
              description: 'Design',
              quantityMilli: 10_000,
              unitPriceMinor: 10_000,
              taxRateBasisPoints: 2000,
            },
            { description: 'Books', quantityMilli: 1000, unitPriceMinor: 5000, taxRateBasisPoints: 550 },
          ],
        }),
        'tenant-1',
        'staff-1',
        undefined,
        now,
      ),
      3,
    ),
  );

  it('only an accepted quote converts', () => {
    expect(
      refusal(() => convertQuote({ ...quote, status: 'issued' }, { mode: 'full' }, [], 's')).reason,
    ).toBe('quote.not_accepted');
  });

  it('in full: the same lines, once', () => {
    const invoice = convertQuote(quote, { mode: 'full' }, [], 's');
    expect(invoice).toMatchObject({
      kind: 'invoice',
      status: 'draft',
      totalMinor: quote.totalMinor,
      source: { kind: 'quote', id: quote.id },
      depositBasisPoints: 0,
    });
    expect(refusal(() => convertQuote(quote, { mode: 'full' }, [invoice], 's')).reason).toBe(
      'quote.already_invoiced',
    );
    // A void invoice no longer counts.
    expect(() => convertQuote(quote, { mode: 'full' }, [{ ...invoice, status: 'void' }], 's')).not.toThrow();
  });

  it('a deposit per tax rate, then the balance: together the quote, never past 100 %', () => {
    const deposit = issued(convertQuote(quote, { mode: 'deposit', depositBasisPoints: 3000 }, [], 's'), 10);
    expect(deposit.depositBasisPoints).toBe(3000);
    expect(
      deposit.lines.map((line) => [line.description, line.unitPriceMinor, line.taxRateBasisPoints]),
    ).toEqual([
      ['Deposit 30 % of QUO-2026-0003', 30_000, 2000],
      ['Deposit 30 % of QUO-2026-0003', 1500, 550],
    ]);
    const tooMuch = refusal(() =>
      convertQuote(quote, { mode: 'deposit', depositBasisPoints: 7001 }, [deposit], 's'),
    );
    expect(tooMuch.violations[0]).toMatchObject({ field: 'depositBasisPoints', code: 'too_big' });
    expect(refusal(() => convertQuote(quote, { mode: 'full' }, [deposit], 's')).reason).toBe(
      'quote.has_deposits',
    );
    const balance = convertQuote(quote, { mode: 'balance' }, [deposit], 's');
    expect(balance.subtotalMinor + deposit.subtotalMinor).toBe(quote.subtotalMinor);
    expect(balance.totalMinor + deposit.totalMinor).toBe(quote.totalMinor);
    expect(balance.lines[0]?.description).toBe('Balance of QUO-2026-0003 (less deposits INV-2026-0010)');
    expect(refusal(() => convertQuote(quote, { mode: 'balance' }, [deposit, balance], 's')).reason).toBe(
      'quote.already_invoiced',
    );
    expect(refusal(() => convertQuote(quote, { mode: 'balance' }, [], 's')).reason).toBe('quote.no_deposits');
  });
});

describe('credit notes', () => {
  const invoice = issued(newDraft(input(), 'tenant-1', 'staff-1', undefined, now), 4);

  it('credit all the lines of an issued invoice by default', () => {
    const note = creditNoteFor(invoice, [], [], 's');
    expect(note).toMatchObject({
      kind: 'credit_note',
      status: 'draft',
      totalMinor: invoice.totalMinor,
      source: { kind: 'invoice', id: invoice.id },
    });
  });

  it('never more than the invoice total minus credits already issued', () => {
    const part = issued(
      creditNoteFor(
        invoice,
        [{ description: 'Refund', quantityMilli: 1000, unitPriceMinor: 10_000, taxRateBasisPoints: 2000 }],
        [],
        's',
      ),
      1,
    );
    expect(creditedTotal([part, { ...part, status: 'void' }, { ...part, status: 'draft' }])).toBe(12_000);
    const error = refusal(() => creditNoteFor(invoice, [], [part], 's'));
    expect(error.violations[0]).toMatchObject({ field: 'lines', code: 'too_big' });
    expect(() =>
      creditNoteFor(
        invoice,
        [{ description: 'Rest', quantityMilli: 1000, unitPriceMinor: 5000, taxRateBasisPoints: 2000 }],
        [part],
        's',
      ),
    ).not.toThrow();
  });

  it('only against an issued invoice', () => {
    expect(refusal(() => creditNoteFor(newDraft(input(), 't', 's'), [], [], 's')).reason).toBe(
      'credit_note.invoice_not_issued',
    );
    expect(refusal(() => creditNoteFor({ ...invoice, kind: 'quote' }, [], [], 's')).reason).toBe(
      'credit_note.not_an_invoice',
    );
  });
});
