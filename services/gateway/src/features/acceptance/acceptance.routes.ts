import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { binary, defineRoute, named } from '../../http/route.js';
import { idParams, minorUnits, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

const documentKinds = ['quote', 'proforma', 'invoice', 'credit_note', 'delivery_note'] as const;

const partySchema = named(
  'ClientDocumentParty',
  z.object({
    name: z.string(),
    legalName: z.string(),
    street: z.string(),
    postalCode: z.string(),
    city: z.string(),
    country: z.string(),
    taxId: z.string(),
    email: z.string(),
    phone: z.string(),
  }),
);

export const quoteAnswerViewSchema = named(
  'QuoteAnswerView',
  z.object({
    decision: z.enum(['accepted', 'rejected']),
    acceptanceId: z.string(),
    signerName: z.string(),
    comment: z.string(),
    answeredAt: z.string(),
    pdfSha256: z.string(),
    revision: z.number().int(),
  }),
);

export const clientDocumentSchema = named(
  'ClientDocument',
  z.object({
    id: z.string(),
    kind: z.enum(documentKinds),
    number: z.string(),
    status: z.enum(['draft', 'issued', 'accepted', 'rejected', 'paid', 'void']),
    displayStatus: z.enum([
      'draft',
      'issued',
      'sent',
      'viewed',
      'accepted',
      'rejected',
      'partially_paid',
      'paid',
      'overdue',
      'void',
    ]),
    clientId: z.string(),
    clientName: z.string(),
    issueDate: z.string(),
    dueDate: z.string(),
    currency: z.string(),
    seller: partySchema,
    buyer: partySchema,
    lines: z.array(
      named(
        'ClientDocumentLine',
        z.object({
          description: z.string(),
          unit: z.string(),
          quantityMilli: minorUnits.meta({ description: 'Thousandths of a unit: 1500 = 1.5' }),
          unitPriceMinor: minorUnits,
          taxRateBasisPoints: z.number().int(),
          totalMinor: minorUnits,
          taxMinor: minorUnits,
        }),
      ),
    ),
    subtotalMinor: minorUnits,
    taxMinor: minorUnits,
    totalMinor: minorUnits,
    paidMinor: minorUnits,
    amountDueMinor: minorUnits,
    notes: z.string(),
    terms: z.string(),
    answer: quoteAnswerViewSchema.nullable(),
    revision: z.number().int(),
    version: z.number().int(),
    answerable: z.boolean().meta({ description: 'A quote its client may still accept or reject today' }),
  }),
);

export const acceptanceEvidenceSchema = named(
  'AcceptanceEvidence',
  z.object({
    acceptanceId: z.string(),
    documentId: z.string(),
    number: z.string(),
    revision: z.number().int(),
    decision: z.enum(['accepted', 'rejected']),
    pdfSha256: z.string(),
    signerName: z.string(),
    comment: z.string(),
    userId: z.string(),
    userEmail: z.string(),
    answeredAt: z.string(),
    ipAddress: z.string(),
    userAgent: z.string(),
    state: z.enum(['valid', 'voided']),
    voidedAt: z.string(),
    voidReason: z.string(),
  }),
);

export const publicAcceptanceSchema = named(
  'PublicAcceptance',
  z.object({
    acceptanceId: z.string(),
    number: z.string(),
    revision: z.number().int(),
    decision: z.enum(['accepted', 'rejected']),
    signerName: z.string(),
    answeredAt: z.string(),
    pdfSha256: z.string(),
    state: z.enum(['valid', 'voided']),
    voidedAt: z.string(),
    voidReason: z.string(),
    sellerName: z.string(),
    buyerName: z.string(),
  }),
);

const answerBody = named(
  'QuoteAnswerInput',
  z.object({
    signerName: z
      .string()
      .meta({ maxLength: FIELD_LIMITS.billing.signerName })
      .default('')
      .meta({ description: 'The full name the client types to sign; required' }),
    comment: z.string().meta({ maxLength: FIELD_LIMITS.billing.answerComment }).default(''),
  }),
);

const answerResult = named(
  'QuoteAnswerResult',
  z.object({ document: clientDocumentSchema, evidence: acceptanceEvidenceSchema }),
);

export const documentCommentSchema = named(
  'DocumentComment',
  z.object({
    id: z.string(),
    documentId: z.string(),
    author: z.object({ kind: z.enum(['staff', 'client']), userId: z.string(), name: z.string() }),
    body: z.string(),
    postedAt: z.string(),
  }),
);

const answerRoute = (decision: 'accept' | 'reject') =>
  defineRoute({
    method: 'post',
    path: `/quotes/:documentId/${decision}`,
    access: 'client',
    clientRight: 'approve',
    summary: decision === 'accept' ? 'Accept a quote (client)' : 'Reject a quote (client)',
    description:
      'The quote must be issued, unexpired and unanswered; the evidence records the SHA-256 of its PDF, the typed name, the user, the time, the IP address and the user agent.',
    tags: ['acceptance'],
    params: idParams('documentId'),
    body: answerBody,
    response: answerResult,
    handler: ({ params, body, caller, onBehalf, request }, { backends }) => {
      const answer = {
        documentId: params.documentId,
        signerName: body.signerName,
        comment: body.comment,
        // req.ip honours the gateway's trust-proxy setting: the browser's address, not a proxy's.
        ipAddress: request.ip ?? '',
        userAgent: request.get('user-agent') ?? '',
        userEmail: caller.email,
      };
      return decision === 'accept'
        ? backends.acceptance.acceptQuote(answer, onBehalf)
        : backends.acceptance.rejectQuote(answer, onBehalf);
    },
  });

const acceptanceParams = idParams('acceptanceId');

/**
 * Quote answers, revisions, comments on documents, the client's read of its issued documents (to fold
 * into the documents API) and the public verification of an acceptance (no login, rate-limited).
 */
export const acceptanceRoutes = [
  defineRoute({
    method: 'get',
    path: '/portal/documents',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: "A client's issued documents (portal billing)",
    description:
      'Newest first; never drafts. Client users get their own client (clientId optional); staff name the client. Also the kinds and years the client has documents of.',
    tags: ['acceptance'],
    query: pageQuerySchema.extend({
      clientId: z.string().optional(),
      kind: z.enum(documentKinds).optional(),
      year: z.coerce.number().int().optional(),
      quarter: z.coerce.number().int().optional(),
    }),
    response: named(
      'ClientDocumentList',
      z.object({
        documents: z.array(clientDocumentSchema),
        page: pageInfoSchema,
        kinds: z.array(z.enum(documentKinds)),
        years: z.array(z.number().int()),
      }),
    ),
    handler: ({ query, onBehalf }, { backends }) =>
      backends.acceptance.listClientDocuments(
        {
          clientId: query.clientId ?? '',
          kind: query.kind ?? '',
          year: query.year ?? 0,
          quarter: query.quarter ?? 0,
          page: pageOf(query),
        },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/portal/documents/:documentId',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: 'An issued document as its client sees it',
    tags: ['acceptance'],
    params: idParams('documentId'),
    response: clientDocumentSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.acceptance.getClientDocument(params, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/portal/documents/:documentId/pdf',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: "An issued document's PDF",
    tags: ['acceptance'],
    params: idParams('documentId'),
    response: binary('application/pdf', 'The PDF, as an attachment'),
    handler: async ({ params, onBehalf }, { backends }) => {
      const rendered = await backends.acceptance.renderClientDocumentPdf(params, onBehalf);
      return { bytes: rendered.pdf, filename: rendered.filename };
    },
  }),
  answerRoute('accept'),
  answerRoute('reject'),
  defineRoute({
    method: 'post',
    path: '/quotes/:documentId/revise',
    access: { permission: 'documents.edit' },
    summary: 'Revise a quote: back to draft, same number, its answer voided',
    tags: ['acceptance'],
    params: idParams('documentId'),
    body: named(
      'ReviseQuote',
      z.object({
        expectedVersion: z
          .number()
          .int()
          .default(0)
          .meta({ description: 'The version read; 0 skips the check' }),
      }),
    ),
    response: clientDocumentSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.acceptance.reviseQuote(
        { documentId: params.documentId, expectedVersion: body.expectedVersion },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/quotes/:documentId/acceptances',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: "A quote's answers and their evidence, newest first (voided ones too)",
    tags: ['acceptance'],
    params: idParams('documentId'),
    response: named('QuoteAcceptanceList', z.object({ acceptances: z.array(acceptanceEvidenceSchema) })),
    handler: ({ params, onBehalf }, { backends }) =>
      backends.acceptance.listQuoteAcceptances(params, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/documents/:documentId/comments',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: "A document's comments, oldest first",
    tags: ['acceptance'],
    params: idParams('documentId'),
    query: pageQuerySchema,
    response: named(
      'DocumentCommentList',
      z.object({ comments: z.array(documentCommentSchema), page: pageInfoSchema }),
    ),
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.comments.listDocumentComments(
        { documentId: params.documentId, page: pageOf(query) },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/documents/:documentId/comments',
    access: 'staff-or-client',
    clientRight: 'comment',
    summary: 'Comment on a document (the other side is e-mailed)',
    tags: ['acceptance'],
    status: 201,
    params: idParams('documentId'),
    body: named(
      'NewDocumentComment',
      z.object({ body: z.string().meta({ maxLength: FIELD_LIMITS.billing.documentComment }).default('') }),
    ),
    response: documentCommentSchema,
    handler: ({ params, body, caller, onBehalf }, { backends }) =>
      backends.comments.postDocumentComment(
        {
          documentId: params.documentId,
          body: body.body,
          authorName: caller.displayName,
          tenantName: caller.tenantName,
        },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/public/acceptances/:acceptanceId',
    access: 'anonymous',
    summary: 'Public: what an acceptance records (no amounts)',
    tags: ['acceptance'],
    params: acceptanceParams,
    response: publicAcceptanceSchema,
    handler: ({ params }, { backends }) => backends.acceptance.getPublicAcceptance(params),
  }),
  defineRoute({
    method: 'post',
    path: '/public/acceptances/:acceptanceId/verify',
    access: 'anonymous',
    summary: 'Public: is this PDF exactly the one answered?',
    description: 'Send the PDF as the request body with Content-Type: application/pdf (at most 10 MB).',
    tags: ['acceptance'],
    params: acceptanceParams,
    body: z.custom<Buffer>((value) => Buffer.isBuffer(value) && value.length > 0, {
      message: 'Send the PDF as the body, with Content-Type: application/pdf',
    }),
    bodyContentType: 'application/pdf',
    response: named(
      'AcceptanceVerification',
      z.object({ matches: z.boolean(), pdfSha256: z.string(), acceptance: publicAcceptanceSchema }),
    ),
    handler: ({ params, body }, { backends }) =>
      backends.acceptance.verifyAcceptancePdf({ acceptanceId: params.acceptanceId, pdf: body }),
  }),
  defineRoute({
    method: 'get',
    path: '/public/acceptances/:acceptanceId/document.pdf',
    access: 'anonymous',
    summary: 'Public: the PDF exactly as answered',
    tags: ['acceptance'],
    params: acceptanceParams,
    response: binary('application/pdf', 'The answered PDF, as an attachment'),
    handler: async ({ params }, { backends }) => {
      const accepted = await backends.acceptance.getAcceptedPdf(params);
      return { bytes: accepted.pdf, filename: accepted.filename };
    },
  }),
];
