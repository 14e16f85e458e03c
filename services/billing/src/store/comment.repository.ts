import { Schema, type Connection } from 'mongoose';
import {
  fromStored,
  insertWithEvents,
  Keyset,
  MongoStore,
  outboxPlugin,
  type OutboxEntry,
  type Page,
  type Stored,
} from '@client-portal/kit';
import type { DocumentComment } from '../domain/comment.js';

type CommentRecord = Stored<DocumentComment>;

const commentSchema = new Schema<CommentRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    documentId: { type: String, required: true },
    clientId: { type: String, required: true },
    author: {
      kind: { type: String, required: true },
      userId: { type: String, default: '' },
      name: { type: String, default: '' },
    },
    body: { type: String, required: true },
    postedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// A thread reads oldest first, so the newest comment is last, next to the composer.
const commentsOldestFirst = new Keyset('documentComments.oldestFirst', { postedAt: 1, _id: 1 });
commentSchema.index(commentsOldestFirst.index({ tenantId: 1, documentId: 1 }));
commentSchema.plugin(outboxPlugin);

export const COMMENTS_COLLECTION = 'document_comments';

/** Comments on billing documents: the only code that touches `document_comments`. */
export class CommentRepository extends MongoStore<CommentRecord> {
  static readonly listOrder = commentsOldestFirst;

  constructor(connection: Connection) {
    super(connection, 'DocumentComment', commentSchema, COMMENTS_COLLECTION);
  }

  async insert(comment: DocumentComment, ...events: OutboxEntry[]): Promise<boolean> {
    return insertWithEvents(this.model, comment, events);
  }

  async list(
    tenantId: string,
    documentId: string,
    page: Page,
  ): Promise<{ comments: DocumentComment[]; nextPageToken: string }> {
    const { documents, nextPageToken } = await this.findPage(
      { tenantId, documentId },
      commentsOldestFirst,
      page,
    );
    return { comments: documents.map((record) => fromStored<DocumentComment>(record)), nextPageToken };
  }
}
