import { assertClientRight, assertSeesBilling } from './client-rights.js';
import { randomUUID } from 'node:crypto';
import {
  assertPermission,
  canSeeClient,
  DomainError,
  pageInfo,
  type EventOutbox,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { checkCommentBody, type DocumentComment } from '../domain/comment.js';
import type { BillingDocument } from '../domain/document.js';
import { CommentRepository } from '../store/comment.repository.js';
import type { DocumentRepository } from '../store/document.repository.js';
import type { PartyDirectory } from './parties.js';

/** Comments on a document: the client and the agency talk about it where it is; the other side is e-mailed. */
export class CommentService {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly comments: CommentRepository,
    private readonly parties: PartyDirectory,
    private readonly outbox: EventOutbox<ProducedBy<'billing'>>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async post(
    principal: Principal,
    input: { documentId: string; body: string; authorName: string; tenantName: string },
  ): Promise<DocumentComment> {
    const document = await this.visibleDocument(principal, input.documentId);
    assertClientRight(principal, 'comment');
    const body = checkCommentBody(input.body);
    const kind = principal.kind === 'client' ? 'client' : 'staff';
    const now = this.clock();
    const comment: DocumentComment = {
      id: randomUUID(),
      tenantId: document.tenantId,
      documentId: document.id,
      clientId: document.clientId,
      author: {
        kind,
        userId: principal.userId,
        name: input.authorName.trim() || principal.displayName || '',
      },
      body,
      postedAt: now,
    };
    // Staff comments reach the client's billing recipients, unless the document is still a draft the
    // client cannot see.
    const clientRecipients =
      kind === 'staff' && document.status !== 'draft'
        ? (await this.parties.buyer(document.tenantId, document.clientId, document.clientName)).recipients
        : [];
    const entry = this.outbox.entry({
      type: 'billing.document.commented',
      tenantId: document.tenantId,
      subject: document.id,
      data: {
        documentId: document.id,
        kind: document.kind,
        clientId: document.clientId,
        clientName: document.clientName,
        tenantName: input.tenantName || document.seller.name,
        number: document.number,
        commentId: comment.id,
        author: { kind, name: comment.author.name },
        body,
        clientRecipients,
        postedAt: now.toISOString(),
      },
    });
    await this.comments.insert(comment, entry);
    return comment;
  }

  async list(
    principal: Principal,
    input: { documentId: string; page: { pageSize?: number; pageToken?: string } | null },
  ): Promise<{ comments: DocumentComment[]; page: { nextPageToken: string; totalSize: number } }> {
    const document = await this.visibleDocument(principal, input.documentId);
    const page = CommentRepository.listOrder.read(input.page);
    const { comments, nextPageToken } = await this.comments.list(document.tenantId, document.id, page);
    // A client user is not told the agency's internal user ids.
    const shown =
      principal.kind === 'client'
        ? comments.map((comment) =>
            comment.author.kind === 'staff'
              ? { ...comment, author: { ...comment.author, userId: '' } }
              : comment,
          )
        : comments;
    return { comments: shown, page: pageInfo(nextPageToken) };
  }

  private async visibleDocument(principal: Principal, documentId: string): Promise<BillingDocument> {
    if (principal.kind === 'staff') assertPermission(principal, 'billing.view');
    const document = documentId ? await this.documents.find(principal.tenantId, documentId) : undefined;
    if (!document || !canSeeClient(principal, document.clientId))
      throw DomainError.notFound('Document', documentId);
    if (principal.kind === 'client' && document.status === 'draft')
      throw DomainError.notFound('Document', documentId);
    // Comments are about a billing document: a client user who may not see billing reads none of them
    // (the matrix found them listed without the right).
    assertSeesBilling(principal);
    return document;
  }
}
