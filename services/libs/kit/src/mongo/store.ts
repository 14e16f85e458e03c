import type { Connection, Model, Schema } from 'mongoose';
import type { Keyset, Page } from '../pagination.js';
import { modelFor } from './documents.js';

/** A store whose indexes the runtime creates before the service reports SERVING. */
export interface IndexedStore {
  ensureIndexes(): Promise<void>;
}

/**
 * Base of every repository: it owns its model (protected, so nothing outside `store/` touches the
 * collection) and declares its indexes on its schema, next to the queries that need them.
 */
export abstract class MongoStore<Document> implements IndexedStore {
  protected readonly model: Model<Document>;

  protected constructor(connection: Connection, name: string, schema: Schema<Document>, collection: string) {
    this.model = modelFor<Document>(connection, name, schema, collection);
  }

  /** Creates the collection and the indexes its schema declares (idempotent). */
  async ensureIndexes(): Promise<void> {
    await this.model.init();
    await this.model.createIndexes();
  }

  /**
   * One keyset page of `query` in the keyset's order: reads `limit + 1` documents from the cursor on,
   * so "has more" needs no count. `total`, when the list counts, rides in the next token.
   */
  protected async findPage(
    query: Record<string, unknown>,
    keyset: Keyset,
    page: Page,
    total?: number,
  ): Promise<{ documents: Document[]; nextPageToken: string }> {
    const documents = await this.model
      .find(keyset.filter(query, page))
      .sort({ ...keyset.sort })
      .limit(page.limit + 1)
      .lean<Document[]>();
    const { items, nextPageToken } = keyset.page(documents as object[], page, total);
    return { documents: items as Document[], nextPageToken };
  }
}
