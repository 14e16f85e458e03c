import { createHash } from 'node:crypto';
import { DomainError } from '@client-portal/kit';
import type { BillingDocumentView__Output, PartnerApi } from '@client-portal/contracts';
import { on, type Backends } from '../../http/backends.js';
import { nextPageToken, readListOptions, requireField, type PartnerCall } from '../call.js';
import type { PartnerResource } from '../server.js';
import { integerOf, money, withPublicFields } from './billing-fields.js';

/** What a partner may create: a quote or an invoice (other kinds are made from these in the app). */
const CREATABLE_KINDS = ['quote', 'invoice'];

/**
 * The public document, field by field from billing's view. Left out on purpose: who created it, the
 * seller/buyer snapshots, version and revision, the source document, view and send tracking, void reason.
 */
export function toPartnerDocument(document: BillingDocumentView__Output): PartnerApi.Document {
  const { currency } = document;
  return {
    id: document.id,
    kind: document.kind,
    status: document.displayStatus,
    number: document.number,
    clientId: document.clientId,
    clientName: document.clientName,
    currency,
    lines: document.lines.map((line) => ({
      description: line.description,
      quantityMilli: line.quantityMilli,
      unit: line.unit,
      unitPriceMinor: line.unitPriceMinor,
      taxRateBasisPoints: line.taxRateBasisPoints,
      totalMinor: line.totalMinor,
      taxMinor: line.taxMinor,
    })),
    subtotal: money(document.subtotalMinor, currency),
    tax: money(document.taxMinor, currency),
    total: money(document.totalMinor, currency),
    paid: money(document.paidMinor, currency),
    amountDue: money(document.amountDueMinor, currency),
    issueDate: document.issueDate,
    dueDate: document.dueDate,
    notes: document.notes,
    terms: document.terms,
    language: document.language,
    issuedAt: document.issuedAt,
    paidAt: document.paidAt,
    voidedAt: document.voidedAt,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
  };
}

interface ListFilters {
  kind: string;
  clientId: string;
  status: string;
}

/**
 * One page in the sync order ((updated_at, id) ascending): billing's list with `by_update`, its page
 * token wrapped by the partner layer (bound to the list and its filters).
 */
async function listPage(
  backends: Backends,
  call: PartnerCall,
  list: 'ListDocuments' | 'ListInvoices',
  options: PartnerApi.ListOptions__Output | null | undefined,
  filters: ListFilters,
): Promise<PartnerApi.ListDocumentsResponse> {
  const window = readListOptions(options, list, { ...filters });
  const internal = await withPublicFields(
    () =>
      backends.documents.listDocuments(
        {
          clientId: filters.clientId,
          kind: filters.kind,
          displayStatus: filters.status,
          year: 0,
          quarter: 0,
          page: { pageSize: window.pageSize, pageToken: window.innerToken },
          updatedSince: window.updatedSince,
          byUpdate: true,
        },
        on(call.principal),
      ),
    { display_status: 'status' },
  );
  return {
    documents: internal.documents.map(toPartnerDocument),
    nextPageToken: nextPageToken(internal.page?.nextPageToken, list, { ...filters }, window),
  };
}

function lineInputs(lines: PartnerApi.DocumentLineInput__Output[]) {
  return lines.map((line, index) => ({
    description: line.description,
    productId: '',
    unit: line.unit,
    quantityMilli: integerOf(line.quantityMilli, `lines[${index}].quantity_milli`),
    unitPriceMinor: integerOf(line.unitPriceMinor, `lines[${index}].unit_price_minor`),
    taxRateBasisPoints: line.taxRateBasisPoints,
  }));
}

/** DocumentService of the partner API (proto/partner/v1/documents.proto) over billing's documents. */
export const documentsResource: PartnerResource = {
  service: 'DocumentService',
  methods: (backends) => ({
    ListDocuments: {
      scope: 'documents:read',
      handle: (request: PartnerApi.ListDocumentsRequest__Output, call) =>
        listPage(backends, call, 'ListDocuments', request.options, {
          kind: request.kind.trim(),
          clientId: request.clientId.trim(),
          status: request.status.trim(),
        }),
    },
    ListInvoices: {
      scope: 'documents:read',
      handle: (request: PartnerApi.ListInvoicesRequest__Output, call) =>
        listPage(backends, call, 'ListInvoices', request.options, {
          kind: 'invoice',
          clientId: request.clientId.trim(),
          status: request.status.trim(),
        }),
    },
    GetDocument: {
      scope: 'documents:read',
      handle: async (request: PartnerApi.GetDocumentRequest__Output, call) => {
        const documentId = requireField(request.id, 'id');
        return toPartnerDocument(await backends.documents.getDocument({ documentId }, on(call.principal)));
      },
    },
    GetDocumentPdf: {
      scope: 'documents:read',
      handle: async (
        request: PartnerApi.GetDocumentPdfRequest__Output,
        call,
      ): Promise<PartnerApi.DocumentPdf> => {
        const documentId = requireField(request.id, 'id');
        const rendered = await backends.documents.renderDocumentPdf({ documentId }, on(call.principal));
        return {
          fileName: rendered.filename,
          contentType: 'application/pdf',
          content: rendered.pdf,
          sha256: createHash('sha256').update(rendered.pdf).digest('hex'),
        };
      },
    },
    CreateDocument: {
      scope: 'documents:write',
      write: true,
      handle: async (request: PartnerApi.CreateDocumentRequest__Output, call) => {
        const kind = request.kind.trim();
        if (!CREATABLE_KINDS.includes(kind))
          throw DomainError.invalid('A partner creates quotes and invoices', [
            {
              field: 'kind',
              message: 'must be quote or invoice',
              code: kind ? 'invalid_value' : 'required',
            },
          ]);
        const clientId = requireField(request.clientId, 'client_id');
        const lines = lineInputs(request.lines);
        // Another tenant's client (or none) answers NOT_FOUND here, before anything is written.
        const client = await backends.crm.getClient({ clientId }, on(call.principal));
        let language = request.language.trim();
        if (!language) {
          const billing = await backends.billingProfile.getClientBillingDetails(
            { clientId },
            on(call.principal),
          );
          language = billing.details?.language ?? '';
        }
        const draft = await withPublicFields(() =>
          backends.documents.createDraft(
            {
              clientId: client.id,
              clientName: client.name,
              kind,
              currency: request.currency.trim(),
              language,
              lines,
              issueDate: '',
              dueDate: request.dueDate.trim(),
              notes: request.notes,
              terms: '',
            },
            on(call.principal),
          ),
        );
        return toPartnerDocument(draft);
      },
    },
    IssueDocument: {
      scope: 'documents:write',
      write: true,
      handle: async (request: PartnerApi.IssueDocumentRequest__Output, call) => {
        const documentId = requireField(request.id, 'id');
        const principal = on(call.principal);
        const draft = await backends.documents.getDocument({ documentId }, principal);
        // The seller's name when the tenant has no billing profile yet, as the staff app issues.
        const tenant = await backends.identity.getTenant({ tenantId: call.application.tenantId }, principal);
        const issued = await backends.documents.issueDocument(
          { documentId, expectedVersion: draft.version, tenantName: tenant.name },
          principal,
        );
        return toPartnerDocument(issued);
      },
    },
  }),
};
