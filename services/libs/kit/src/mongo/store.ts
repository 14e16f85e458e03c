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
  /** The store's other collections (claims, runs, details…), made ready with the main one. */
  private readonly secondaryModels: Model<never>[] = [];

  protected constructor(
    private readonly connection: Connection,
    name: string,
    schema: Schema<Document>,
    collection: string,
  ) {
    this.model = modelFor<Document>(connection, name, schema, collection);
  }

  /**
   * A further collection this store owns: its model, whose collection and declared indexes
   * `ensureIndexes` creates after the main one's, in the order they were declared.
   */
  protected secondaryModel<Secondary>(
    name: string,
    schema: Schema<Secondary>,
    collection: string,
  ): Model<Secondary> {
    const model = modelFor<Secondary>(this.connection, name, schema, collection);
    this.secondaryModels.push(model as unknown as Model<never>);
    return model;
  }

  /** Creates the collections and the indexes their schemas declare (idempotent). */
  async ensureIndexes(): Promise<void> {
    for (const model of [this.model as unknown as Model<never>, ...this.secondaryModels]) {
      await model.init();
      await model.createIndexes();
    }
  }

  /**
   * One keyset page of `query` in the keyset's order: reads `limit + 1` documents from the cursor on,
   * so "has more" needs no count. `total`, when the list counts, rides in the next token; a count still
   * running is awaited alongside the page, so the store answers both at once instead of one after the
   * other (on FerretDB each reads every row of the tenant: a first page takes one read's time, not two).
   */
  protected async findPage(
    query: Record<string, unknown>,
    keyset: Keyset,
    page: Page,
    total?: number | Promise<number>,
  ): Promise<{ documents: Document[]; nextPageToken: string }> {
    const [documents, counted] = await Promise.all([
      this.model
        .find(keyset.filter(query, page))
        .sort({ ...keyset.sort })
        .limit(page.limit + 1)
        .lean<Document[]>()
        .exec(),
      total,
    ]);
    const { items, nextPageToken } = keyset.page(documents as object[], page, counted);
    return { documents: items as Document[], nextPageToken };
  }
}
